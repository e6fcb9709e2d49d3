import './kit.css';

/** A labelled text or number field with a hint, an optional unit and its error next to it. */
export function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  numeric?: boolean;
  unit?: string;
  inputRef?: (element: HTMLInputElement | null) => void;
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class="field">
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      <div class={props.numeric ? 'number-field' : undefined}>
        <input
          id={props.id}
          name={props.id}
          type="text"
          inputMode={props.numeric ? 'decimal' : undefined}
          autoComplete="off"
          class={props.numeric ? undefined : 'text-input--wide'}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          aria-describedby={describedBy || undefined}
          aria-invalid={props.error ? 'true' : undefined}
          ref={props.inputRef}
        />
        {props.unit && (
          <span class="unit" aria-hidden="true">
            {props.unit}
          </span>
        )}
      </div>
      {props.error && (
        <p id={`${props.id}-error`} class="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
