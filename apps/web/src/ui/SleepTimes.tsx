import type { FieldIssue } from '@veerkracht/core';
import { useI18n } from '../i18n/i18n';
import { issueText } from '../i18n/issueText';
import './kit.css';

/**
 * Bedtime and wake time as two native time fields in one group (the check-in
 * and the sleep diary both ask them). Optional: a person may type the hours
 * only. Each change is passed on; the form computes the hours from them.
 */
export function SleepTimes(props: {
  bedtime: string;
  wakeTime: string;
  onBedtime: (value: string) => void;
  onWakeTime: (value: string) => void;
  /** The form's issues: the first about bedtime or wake time is shown at its field. */
  issues: readonly FieldIssue[];
  inputRef?: (field: 'bedtime' | 'wakeTime', element: HTMLInputElement | null) => void;
}) {
  const { t } = useI18n();
  const field = (name: 'bedtime' | 'wakeTime', value: string, onInput: (value: string) => void) => {
    const issue = props.issues.find((candidate) => candidate.field === name);
    const error = issue ? issueText(t, issue) : undefined;
    return (
      <div class="sleep-times-field">
        <label class="field-label" for={name}>
          {t(name === 'bedtime' ? 'sleepTimes.bedtime' : 'sleepTimes.wakeTime')}
        </label>
        <input
          id={name}
          name={name}
          type="time"
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
          aria-describedby={error ? `sleep-times-hint ${name}-error` : 'sleep-times-hint'}
          aria-invalid={error ? 'true' : undefined}
          ref={(element) => props.inputRef?.(name, element)}
        />
        {error && (
          <p id={`${name}-error`} class="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset class="field sleep-times">
      <legend class="field-label">
        {t('sleepTimes.legend')} <span class="optional">({t('checkin.optional')})</span>
      </legend>
      <p id="sleep-times-hint" class="hint">
        {t('sleepTimes.hint')}
      </p>
      <div class="sleep-times-row">
        {field('bedtime', props.bedtime, props.onBedtime)}
        {field('wakeTime', props.wakeTime, props.onWakeTime)}
      </div>
    </fieldset>
  );
}
