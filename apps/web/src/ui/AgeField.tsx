/**
 * The person's age in whole years, as the safety check and the settings ask
 * it. The texts come in as props because each place takes them from its own
 * catalogue. The hint is `<id>-hint` and the error `<id>-error`, so a form
 * can point at either.
 */
export function AgeField(props: {
  /** The input's id and name. */
  id: string;
  label: string;
  hint: string;
  /** The unit after the field ("years"), hidden from screen readers because the label names it. */
  unit: string;
  /** The age as typed. */
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  /** Gets the input, for the form to focus when the age is the first field with an error. */
  inputRef?: ((element: HTMLInputElement | null) => void) | undefined;
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div class="field">
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      <p id={hintId} class="hint">
        {props.hint}
      </p>
      <div class="number-field">
        <input
          id={props.id}
          name={props.id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={props.error ? 'true' : undefined}
          ref={props.inputRef}
        />
        <span class="unit" aria-hidden="true">
          {props.unit}
        </span>
      </div>
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
