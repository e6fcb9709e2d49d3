import {
  type DatePart,
  type DateParts,
  dateFromParts,
  datePartOrder,
  datePartsOf,
  dateTextFromParts,
  type FieldIssue,
} from '@veerkracht/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { localeOf, monthNames, type Translate, useI18n } from '../i18n/i18n';

export type DateFieldProps = {
  /** Base id: the parts are `<id>-day`, `<id>-month` and `<id>-year`; the hint `<id>-hint`, the error `<id>-error`. */
  id: string;
  /** The question, shown as the group's legend. */
  label: string;
  hint?: string | undefined;
  /**
   * The date: an ISO day (`YYYY-MM-DD`), `''` when empty, or the text that
   * `onChange` gave for a date that is not complete yet (never a valid ISO day).
   */
  value: string;
  /** Called on every change with `dateTextFromParts` of the parts: the ISO day once they make a real day. */
  onChange: (value: string) => void;
  /** The earliest and latest day allowed (ISO), used to name the part that is wrong. */
  min?: string | undefined;
  max?: string | undefined;
  /**
   * The form's message when it found the date not valid. The field then shows,
   * where it can, one message per part (day, month, year) instead; otherwise this one.
   */
  error?: string | undefined;
  /** Gets the element to focus for an error: the first part that is wrong, or the first part. */
  inputRef?: ((element: HTMLElement | null) => void) | undefined;
};

/** The message for an issue with one part of a date, naming that part. */
function partIssueText(t: Translate, issue: FieldIssue, exampleYear: string): string {
  if (issue.field === 'month') return t('date.month.required');
  if (issue.field === 'year') {
    if (issue.code === 'required') return t('date.year.required', { example: exampleYear });
    if (issue.code === 'out_of_range') return t('date.year.range', { min: issue.min ?? '', max: issue.max ?? '' });
    return t('date.year.format', { example: exampleYear });
  }
  if (issue.code === 'required') return t('date.day.required');
  if (issue.code === 'out_of_range') return t('date.day.range', { max: issue.max ?? 31 });
  return t('date.day.number');
}

/**
 * A date as day, month and year, in the order the person's language writes
 * them (day first in Dutch and British English), each part with its own
 * visible label. The month is chosen by name, so "3/4" can never be read the
 * wrong way round. Replaces `<input type="date">`, whose picker shows the
 * browser's locale (mm/dd/yyyy) instead of the app's language.
 */
export function DateField(props: DateFieldProps) {
  const { t, lang } = useI18n();
  const [typed, setTyped] = useState<DateParts>(() => datePartsOf(props.value));
  // A value set from outside (e.g. an "about when" button) replaces what was typed.
  const parts = dateTextFromParts(typed) === props.value ? typed : datePartsOf(props.value);
  const elements = useRef(new Map<DatePart, HTMLInputElement | HTMLSelectElement>());
  const order = datePartOrder(localeOf(lang));
  const months = monthNames(lang);

  const check = dateFromParts(parts, { min: props.min, max: props.max });
  const partIssues =
    props.error !== undefined && !check.ok ? check.issues.filter((issue) => issue.field !== 'date') : [];
  const issueOf = (part: DatePart) => partIssues.find((issue) => issue.field === part);
  const groupError = props.error !== undefined && partIssues.length === 0 ? props.error : undefined;
  const exampleYear = (props.max ?? '2000').slice(0, 4);
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;

  const change = (part: DatePart, text: string) => {
    const next = { ...parts, [part]: text };
    setTyped(next);
    props.onChange(dateTextFromParts(next));
  };

  const focusTarget = order.find((part) => issueOf(part)) ?? order[0] ?? 'day';
  const { inputRef } = props;
  useLayoutEffect(() => {
    inputRef?.(elements.current.get(focusTarget) ?? null);
  });

  const describedBy = (part: DatePart) =>
    [props.hint ? hintId : '', issueOf(part) ? `${props.id}-${part}-error` : '', groupError ? errorId : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const register = (part: DatePart) => (element: HTMLInputElement | HTMLSelectElement | null) => {
    if (element) elements.current.set(part, element);
    else elements.current.delete(part);
  };
  const invalid = (part: DatePart) => (issueOf(part) || groupError ? 'true' : undefined);

  return (
    <fieldset class="field date-field" data-date-field={props.id}>
      <legend class="field-label">{props.label}</legend>
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
      <div class="date-parts">
        {order.map((part) => {
          const id = `${props.id}-${part}`;
          return (
            <div key={part} class={`date-part date-part--${part}`}>
              <label for={id}>{t(`date.${part}`)}</label>
              {part === 'month' ? (
                <select
                  id={id}
                  value={parts.month}
                  onChange={(event) => change('month', event.currentTarget.value)}
                  aria-describedby={describedBy('month')}
                  aria-invalid={invalid('month')}
                  ref={register('month')}
                >
                  <option value="">{t('date.month.choose')}</option>
                  {months.map((name, index) => (
                    <option key={name} value={String(index + 1)}>
                      {name}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  size={part === 'year' ? 4 : 2}
                  value={parts[part]}
                  onInput={(event) => change(part, event.currentTarget.value)}
                  aria-describedby={describedBy(part)}
                  aria-invalid={invalid(part)}
                  ref={register(part)}
                />
              )}
            </div>
          );
        })}
      </div>
      {order.map((part) => {
        const issue = issueOf(part);
        return (
          issue && (
            <p key={part} id={`${props.id}-${part}-error`} class="field-error">
              {partIssueText(t, issue, exampleYear)}
            </p>
          )
        );
      })}
      {groupError && (
        <p id={errorId} class="field-error">
          {groupError}
        </p>
      )}
    </fieldset>
  );
}
