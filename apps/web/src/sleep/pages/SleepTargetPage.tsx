import { PERSONAL_SLEEP_TARGET_RANGE, SLEEP_TARGET_STEP, validateSleepTarget } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { issueText } from '../../i18n/issueText';
import { FormFooter } from '../../ui/FormFooter';
import { PageHeading } from '../../ui/PageHeading';
import { SavedConfirmation } from '../../ui/SavedConfirmation';
import { useSaveForm } from '../../ui/useSaveForm';
import { saveSleepTarget, useSleep } from '../state';
import '../sleep.css';

const CHOICES = Array.from(
  { length: (PERSONAL_SLEEP_TARGET_RANGE.maxHours - PERSONAL_SLEEP_TARGET_RANGE.minHours) / SLEEP_TARGET_STEP + 1 },
  (_, i) => PERSONAL_SLEEP_TARGET_RANGE.minHours + i * SLEEP_TARGET_STEP,
);

/** `/sleep/target`: the advice for the person's age, or a target of their own within 6–10 hours. */
export function SleepTargetPage() {
  const { t, lang } = useI18n();
  const app = useApp();
  const { target, ownTarget } = useSleep();
  const [minHours, setMin] = useState(String(target.minHours));
  const [maxHours, setMax] = useState(String(target.maxHours));
  const [issue, setIssue] = useState<string | undefined>();
  const [done, setDone] = useState<'saved' | 'reset'>('saved');
  const { phase, save, statusRef } = useSaveForm<HTMLDivElement>();

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateSleepTarget({ minHours: Number(minHours), maxHours: Number(maxHours) });
    if (!result.ok) {
      setIssue(result.issues[0] ? issueText(t, result.issues[0]) : undefined);
      document.getElementById('maxHours')?.focus();
      return;
    }
    setIssue(undefined);
    setDone('saved');
    await save(() => saveSleepTarget(app, result.value, ownTarget));
  }

  async function resetToAdvice() {
    setIssue(undefined);
    setDone('reset');
    await save(() => saveSleepTarget(app, undefined, ownTarget));
  }

  const select = (id: 'minHours' | 'maxHours', value: string, onChange: (value: string) => void) => (
    <div class="field">
      <label class="field-label" for={id}>
        {t(id === 'minHours' ? 'sleep.targetPage.min' : 'sleep.targetPage.max')}
      </label>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-describedby={issue && id === 'maxHours' ? 'target-error' : undefined}
        aria-invalid={issue && id === 'maxHours' ? 'true' : undefined}
      >
        {CHOICES.map((hours) => (
          <option key={hours} value={String(hours)}>
            {t('sleep.targetPage.hours', { hours: formatNumber(hours, lang) })}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div class="page page--sleep-target">
      <PageHeading title={t('sleep.targetPage.title')} />
      <SavedConfirmation
        statusRef={statusRef}
        saved={phase === 'saved'}
        text={t(done === 'reset' ? 'sleep.targetPage.resetDone' : 'sleep.targetPage.saved')}
        backHref="/sleep"
        backText={t('sleep.targetPage.back')}
      />
      {phase !== 'saved' && (
        <>
          <p class="lead">{t('sleep.targetPage.advice')}</p>
          <p>{t('sleep.targetPage.own')}</p>
          <form noValidate onSubmit={submit}>
            <div class="sleep-target-row">
              {select('minHours', minHours, setMin)}
              {select('maxHours', maxHours, setMax)}
            </div>
            {issue && (
              <p id="target-error" class="field-error">
                {issue}
              </p>
            )}
            <FormFooter
              phase={phase}
              submit={t('sleep.targetPage.save')}
              saving={t('sleep.night.saving')}
              saveFailed={t('sleep.night.saveFailed')}
              invalid={issue ? t('sleep.night.invalid') : undefined}
              large={false}
            />
          </form>
          {ownTarget && (
            <p class="actions">
              <button
                type="button"
                class="button button--secondary"
                onClick={resetToAdvice}
                disabled={phase === 'saving'}
              >
                {t('sleep.targetPage.reset')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
