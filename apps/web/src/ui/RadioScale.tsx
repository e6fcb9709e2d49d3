import { useI18n } from '../i18n/i18n';

export type ScaleAnchor = { value: number; text: string };

/**
 * A 0–10 (or 1–5) scale as a group of native radio buttons with large,
 * button-like labels. Native radios give arrow-key movement, Space to choose
 * and screen-reader support for free; the words at the anchors are part of
 * those options' names, and shown under the scale for sighted people.
 */
export function RadioScale(props: {
  name: string;
  label: string;
  /** Words added to the group's name for screen readers only (e.g. which movement a repeated question is about). */
  labelHidden?: string;
  min: number;
  max: number;
  /** Distance between options; default 1 (e.g. 10 for a 0–100 scale in tens). */
  step?: number;
  value: string;
  anchors: ScaleAnchor[];
  optional?: boolean;
  error?: string | undefined;
  onChange: (value: string) => void;
  inputRef?: (element: HTMLInputElement | null, value: number) => void;
}) {
  const { t } = useI18n();
  const legendId = `${props.name}-label`;
  const errorId = `${props.name}-error`;
  const step = props.step ?? 1;
  const values = Array.from({ length: Math.floor((props.max - props.min) / step) + 1 }, (_, i) => props.min + i * step);
  const anchorOf = (value: number) => props.anchors.find((anchor) => anchor.value === value)?.text;
  return (
    <div
      class={`field scale scale--${values.length > 6 ? 'wide' : 'narrow'}`}
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={props.error ? errorId : undefined}
      aria-invalid={props.error ? 'true' : undefined}
    >
      <p id={legendId} class="field-label">
        {props.label}
        {props.labelHidden && <span class="visually-hidden"> ({props.labelHidden})</span>}
        {props.optional && <span class="optional"> ({t('checkin.optional')})</span>}
      </p>
      <div class="scale-options">
        {values.map((value) => {
          const id = `${props.name}-${value}`;
          const anchor = anchorOf(value);
          return (
            <div class="scale-option" key={value}>
              <input
                type="radio"
                id={id}
                name={props.name}
                value={String(value)}
                checked={props.value === String(value)}
                onChange={() => props.onChange(String(value))}
                ref={props.inputRef ? (element) => props.inputRef?.(element, value) : undefined}
              />
              <label for={id}>
                {value}
                {anchor && <span class="visually-hidden">, {anchor}</span>}
              </label>
            </div>
          );
        })}
      </div>
      <div class="scale-anchors" aria-hidden="true">
        {props.anchors.map((anchor) => (
          <span key={anchor.value}>
            <b>{anchor.value}</b> {anchor.text}
          </span>
        ))}
      </div>
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
