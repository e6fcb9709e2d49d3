import './kit.css';
import type { Ref } from 'preact';

/** How the answers sit: rows with room for a hint, large answers stacked, or two side by side (yes/no). */
export type ChoicesLayout = 'rows' | 'stacked' | 'inline';

/**
 * The one choice control: a question with a few answers as native radio
 * buttons in a fieldset whose legend is the question. Native radios give
 * arrow keys, Space and screen-reader support; the fieldset (a group named
 * by its legend) tells a screen reader which question the answers belong to. A hint sits under the question, an error right
 * under the answers, both linked with aria-describedby.
 */
export function Choices<V extends string>(props: {
  name: string;
  legend: string;
  /** A hint under the question, for all options. */
  hint?: string | undefined;
  options: readonly { value: V; label: string; hint?: string }[];
  value: V | string | undefined;
  onChange: (value: V) => void;
  error?: string | undefined;
  layout?: ChoicesLayout;
  /** Receives the radio that should take focus when this question has an error: the chosen one, else the first. */
  focusRef?: Ref<HTMLInputElement> | undefined;
}) {
  const layout = props.layout ?? 'rows';
  const legendId = `${props.name}-question`;
  const errorId = `${props.name}-error`;
  const hintId = `${props.name}-hint`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  const chosen = props.options.some((option) => option.value === props.value);
  const focusValue = chosen ? props.value : props.options[0]?.value;
  const options = props.options.map((option) => {
    const id = `${props.name}-${option.value}`;
    const input = (
      <input
        type="radio"
        id={id}
        name={props.name}
        value={option.value}
        checked={props.value === option.value}
        onChange={() => props.onChange(option.value)}
        aria-describedby={option.hint ? `${id}-hint` : undefined}
        ref={option.value === focusValue ? props.focusRef : undefined}
      />
    );
    return layout === 'rows' ? (
      <div class="option-row" key={option.value}>
        {input}
        <label for={id}>
          <span class="option-row-label">{option.label}</span>
          {option.hint && (
            <span class="option-row-hint" id={`${id}-hint`}>
              {option.hint}
            </span>
          )}
        </label>
      </div>
    ) : (
      <div class="choice" key={option.value}>
        {input}
        <label for={id}>{option.label}</label>
      </div>
    );
  });
  return (
    <fieldset
      class={layout === 'rows' ? 'field option-rows' : 'field'}
      aria-describedby={describedBy || undefined}
      aria-invalid={props.error ? 'true' : undefined}
      data-question={props.name}
    >
      <legend id={legendId} class="field-label">
        {props.legend}
      </legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {layout === 'rows' ? (
        options
      ) : (
        <div class={`choices${layout === 'stacked' ? ' choices--stacked' : ''}`}>{options}</div>
      )}
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
