import './kit.css';
import type { Ref } from 'preact';

/**
 * One question with a few answers as native radio buttons under large labels,
 * stacked so long answers stay readable on a phone. The error sits right
 * under the question, linked with aria-describedby.
 */
export function ChoiceGroup<V extends string>(props: {
  name: string;
  question: string;
  options: readonly { value: V; label: string }[];
  value: V | undefined;
  error?: string | undefined;
  onChange: (value: V) => void;
  focusRef?: Ref<HTMLInputElement> | undefined;
}) {
  const legendId = `${props.name}-question`;
  const errorId = `${props.name}-error`;
  const focusValue = props.value ?? props.options[0]?.value;
  return (
    <div
      class="field choice-group"
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={props.error ? errorId : undefined}
      aria-invalid={props.error ? 'true' : undefined}
      data-question={props.name}
    >
      <p id={legendId} class="field-label">
        {props.question}
      </p>
      <div class="choices choices--stacked">
        {props.options.map((option) => {
          const id = `${props.name}-${option.value}`;
          return (
            <div class="choice" key={option.value}>
              <input
                type="radio"
                id={id}
                name={props.name}
                value={option.value}
                checked={props.value === option.value}
                onChange={() => props.onChange(option.value)}
                ref={option.value === focusValue ? props.focusRef : undefined}
              />
              <label for={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
