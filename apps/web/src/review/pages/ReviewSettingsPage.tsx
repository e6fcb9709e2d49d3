import { validateReviewSettings, type Weekday } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { useToday } from '../../data/useCheckIns';
import { useI18n, weekdayNames } from '../../i18n/i18n';
import { issueText } from '../../i18n/issueText';
import { Choices } from '../../ui/Choices';
import { FormFooter } from '../../ui/FormFooter';
import { PageHeading } from '../../ui/PageHeading';
import { SavedConfirmation } from '../../ui/SavedConfirmation';
import { useSaveForm } from '../../ui/useSaveForm';
import { saveReviewSettings, useReview } from '../state';
import '../review.css';

const DAY_COUNTS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** `/review/settings`: the day of the weekly review and how many active days make a week count. */
export function ReviewSettingsPage() {
  const { t, tn, lang } = useI18n();
  const app = useApp();
  const { settings, settingsRecord } = useReview(useToday());
  const [reviewDay, setReviewDay] = useState(String(settings.reviewDay));
  const [daysPerWeek, setDaysPerWeek] = useState(String(settings.activeDaysPerWeek));
  const [issue, setIssue] = useState<string | undefined>();
  const { phase, save, statusRef } = useSaveForm<HTMLDivElement>();
  const names = weekdayNames(lang);

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateReviewSettings({ reviewDay: Number(reviewDay), activeDaysPerWeek: Number(daysPerWeek) });
    if (!result.ok) {
      setIssue(result.issues[0] ? issueText(t, result.issues[0]) : undefined);
      return;
    }
    setIssue(undefined);
    await save(() => saveReviewSettings(app, result.value, settingsRecord));
  }

  return (
    <div class="page page--review-settings">
      <PageHeading title={t('review.settings.title')} />
      <SavedConfirmation
        statusRef={statusRef}
        saved={phase === 'saved'}
        text={t('review.settings.saved', { day: names[Number(reviewDay) - 1] ?? '' })}
        backHref="/review"
        backText={t('review.settings.back')}
      />
      {phase !== 'saved' && (
        <form noValidate onSubmit={submit}>
          <div class="field">
            <label class="field-label" for="reviewDay">
              {t('review.settings.day.label')}
            </label>
            <select
              id="reviewDay"
              name="reviewDay"
              value={reviewDay}
              onChange={(event) => setReviewDay(event.currentTarget.value)}
            >
              {names.map((name, index) => (
                <option key={name} value={String((index + 1) as Weekday)}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <Choices
            name="activeDaysPerWeek"
            legend={t('review.settings.days.legend')}
            hint={t('review.settings.days.hint')}
            options={DAY_COUNTS.map((count) => ({ value: count, label: tn('review.settings.days', Number(count)) }))}
            value={daysPerWeek}
            onChange={setDaysPerWeek}
            error={issue}
            layout="inline"
          />
          <FormFooter
            phase={phase}
            submit={t('review.settings.save')}
            saving={t('review.week.saving')}
            saveFailed={t('review.week.saveFailed')}
            large={false}
          />
        </form>
      )}
    </div>
  );
}
