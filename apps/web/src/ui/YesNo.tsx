import './kit.css';
import type { Ref } from 'preact';

/**
 * One yes/no question as a group of two native radio buttons under large,
 * button-like labels. Native radios give arrow keys, Space and screen-reader
 * support; the question is the group's name, and an error sits right under
 * it, linked with aria-describedby.
 */
export function YesNo(props: {
  name: string;
  question: string;
  hint?: string | undefined;
  value: boolean | undefined;
  yes: string;
  no: string;
  error?: string | undefined;
  onChange: (value: boolean) => void;
  /** Receives the radio that should take focus when this question has an error. */
  focusRef?: Ref<HTMLInputElement> | undefined;
}) {
  const legendId = `${props.name}-question`;
  const hintId = `${props.name}-hint`;
  const errorId = `${props.name}-error`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  const option = (value: boolean) => {
    const id = `${props.name}-${value ? 'yes' : 'no'}`;
    // Focus goes to the chosen answer, or to "yes" when none is chosen.
    const focus = props.value === undefined ? value : props.value === value;
    return (
      <div class="choice">
        <input
          type="radio"
          id={id}
          name={props.name}
          value={value ? 'yes' : 'no'}
          checked={props.value === value}
          onChange={() => props.onChange(value)}
          ref={focus ? props.focusRef : undefined}
        />
        <label for={id}>{value ? props.yes : props.no}</label>
      </div>
    );
  };
  return (
    <div
      class="field yes-no"
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={describedBy || undefined}
      aria-invalid={props.error ? 'true' : undefined}
      data-question={props.name}
    >
      <p id={legendId} class="field-label">
        {props.question}
      </p>
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
      <div class="choices">
        {option(true)}
        {option(false)}
      </div>
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
