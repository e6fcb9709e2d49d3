/**
 * A question with a few options as native radio buttons in a fieldset: the
 * legend is the question, each option a large tappable row, an optional hint
 * under an option. Arrow keys move between options, as with any radio group.
 */
export function Choices<V extends string>(props: {
  name: string;
  legend: string;
  /** A hint under the question, for all options. */
  hint?: string;
  options: { value: V; label: string; hint?: string }[];
  value: string;
  onChange: (value: V) => void;
  error?: string | undefined;
}) {
  const errorId = `${props.name}-error`;
  const hintId = `${props.name}-hint`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class="field ga-options"
      aria-describedby={describedBy || undefined}
      aria-invalid={props.error ? 'true' : undefined}
    >
      <legend class="field-label">{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.options.map((option) => {
        const id = `${props.name}-${option.value}`;
        return (
          <div class="ga-option" key={option.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
            />
            <label for={id}>
              <span class="ga-option-label">{option.label}</span>
              {option.hint && (
                <span class="ga-option-hint" id={`${id}-hint`}>
                  {option.hint}
                </span>
              )}
            </label>
          </div>
        );
      })}
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

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
          class={props.numeric ? undefined : 'ga-wide-input'}
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
