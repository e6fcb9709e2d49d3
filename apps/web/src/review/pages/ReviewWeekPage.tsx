import {
  intentionChoices,
  previousReview,
  reviewOfWeek,
  reviewWeekEnd,
  type WeeklyReviewForm,
  weekInNumbers,
  weeklyReviewForm,
  weeklyReviewFromForm,
} from '@veerkracht/core';
import { useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { nowInstant } from '../../data/records';
import { useToday } from '../../data/useCheckIns';
import { formatDayMonth, useI18n } from '../../i18n/i18n';
import { issueText } from '../../i18n/issueText';
import { FormFooter } from '../../ui/FormFooter';
import { PageHeading } from '../../ui/PageHeading';
import { SavedConfirmation } from '../../ui/SavedConfirmation';
import { TextField } from '../../ui/TextField';
import { useSaveForm } from '../../ui/useSaveForm';
import { INTENTION_TEXT, IntentionList } from '../components/IntentionList';
import { WeekInNumbers } from '../components/WeekInNumbers';
import { saveReview, useReview } from '../state';
import '../review.css';

type Errors = { intentions?: string; wentWell?: string; ownWords?: string };

/**
 * `/review/week`: the weekly review of the seven days that end on the latest
 * review day: last week's intentions, the week in numbers, what went well,
 * and one to three intentions for next week. Doing it again changes it.
 */
export function ReviewWeekPage() {
  const { t, lang } = useI18n();
  const app = useApp();
  const today = useToday();
  const { settings, reviews, days, plans } = useReview(today);
  const lastDay = reviewWeekEnd(settings.reviewDay, today);
  const existing = reviewOfWeek(reviews, lastDay);
  const earlier = previousReview(reviews, lastDay);
  const week = useMemo(() => weekInNumbers(days, lastDay), [days, lastDay]);
  const [form, setForm] = useState<WeeklyReviewForm>(() => weeklyReviewForm(existing?.data));
  const [errors, setErrors] = useState<Errors>({});
  const { phase, save, statusRef } = useSaveForm<HTMLDivElement>();
  const firstChoice = useRef<HTMLInputElement>(null);
  const choices = intentionChoices(plans).filter((kind) => kind !== 'own');
  const day = (value: string) => formatDayMonth(value, lang, { withYearIfNot: today });
  const range = { first: day(week.firstDay), last: day(week.lastDay) };

  function toggle(kind: (typeof choices)[number]) {
    setForm((current) => ({
      ...current,
      chosen: current.chosen.includes(kind)
        ? current.chosen.filter((other) => other !== kind)
        : choices.filter((other) => other === kind || current.chosen.includes(other)),
    }));
  }

  async function submit(event: Event) {
    event.preventDefault();
    const result = weeklyReviewFromForm(form, lastDay, nowInstant(app));
    if (!result.ok) {
      const next: Errors = {};
      for (const issue of result.issues) {
        if (issue.field === 'intentions') next.intentions = t('review.week.tooMany');
        else if (issue.field === 'wentWell') next.wentWell = issueText(t, issue);
        else if (issue.field.startsWith('intentions.')) next.ownWords = issueText(t, issue);
      }
      setErrors(next);
      if (next.wentWell) document.getElementById('wentWell')?.focus();
      else if (next.intentions) firstChoice.current?.focus();
      else document.getElementById('ownWords')?.focus();
      return;
    }
    setErrors({});
    await save(() => saveReview(app, result.value, existing));
  }

  const invalid = Object.keys(errors).length > 0;
  return (
    <div class="page page--review-week">
      <PageHeading title={t('review.week.title', range)} />
      <SavedConfirmation
        statusRef={statusRef}
        saved={phase === 'saved'}
        text={t('review.week.saved')}
        backHref="/review"
        backText={t('review.week.back')}
      />
      {phase !== 'saved' && (
        <>
          {earlier && earlier.data.intentions.length > 0 && (
            <section class="card" aria-labelledby="last-time">
              <h2 id="last-time">{t('review.week.lastTime')}</h2>
              <IntentionList intentions={earlier.data.intentions} />
            </section>
          )}

          <section class="card" aria-labelledby="week-numbers">
            <h2 id="week-numbers">{t('review.week.numbers')}</h2>
            <WeekInNumbers week={week} />
          </section>

          <form noValidate onSubmit={submit}>
            <div class="field">
              <label class="field-label" for="wentWell">
                {t('review.week.wentWell.label')}
              </label>
              <p id="wentWell-hint" class="hint">
                {t('review.week.wentWell.hint')}
              </p>
              <textarea
                id="wentWell"
                name="wentWell"
                rows={3}
                value={form.wentWell}
                onInput={(event) => setForm({ ...form, wentWell: event.currentTarget.value })}
                aria-describedby={errors.wentWell ? 'wentWell-hint wentWell-error' : 'wentWell-hint'}
                aria-invalid={errors.wentWell ? 'true' : undefined}
              />
              {errors.wentWell && (
                <p id="wentWell-error" class="field-error">
                  {errors.wentWell}
                </p>
              )}
            </div>

            <fieldset
              class="field"
              aria-describedby={errors.intentions ? 'intentions-hint intentions-error' : 'intentions-hint'}
            >
              <legend class="field-label">{t('review.week.intentions.legend')}</legend>
              <p id="intentions-hint" class="hint">
                {t('review.week.intentions.hint')}
              </p>
              {choices.map((kind, index) => (
                <div class="checkbox" key={kind}>
                  <input
                    id={`intention-${kind}`}
                    type="checkbox"
                    name="intentions"
                    value={kind}
                    checked={form.chosen.includes(kind)}
                    onChange={() => toggle(kind)}
                    ref={index === 0 ? firstChoice : undefined}
                  />
                  <label for={`intention-${kind}`}>{t(INTENTION_TEXT[kind])}</label>
                </div>
              ))}
              {errors.intentions && (
                <p id="intentions-error" class="field-error">
                  {errors.intentions}
                </p>
              )}
            </fieldset>

            <TextField
              id="ownWords"
              label={t('review.week.own.label')}
              hint={t('review.week.own.hint')}
              value={form.ownWords}
              onInput={(ownWords) => setForm({ ...form, ownWords })}
              error={errors.ownWords}
            />

            <FormFooter
              phase={phase}
              submit={t('review.week.submit')}
              saving={t('review.week.saving')}
              saveFailed={t('review.week.saveFailed')}
              invalid={invalid ? t('review.week.invalid') : undefined}
            />
          </form>
        </>
      )}
    </div>
  );
}
