import { type AboutYouForm, aboutYouFromForm, type FieldIssue, type Profile, type Stored } from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDay, LANGS, type Lang, useI18n } from '../i18n/i18n';
import { AgeField } from '../ui/AgeField';
import { DateField } from '../ui/DateField';
import { PageHeading } from '../ui/PageHeading';
import '../ui/kit.css';
import { useApp } from '../data/app';
import { saveProfile, useProfile } from '../data/profile';
import { useToday } from '../data/useCheckIns';
import { aboutYouFormOf, aboutYouIssueKey } from './profileForm';

/** The language choice: one button per language, the chosen one pressed. Switching keeps the page and its form. */
function LanguageChoice() {
  const { t, lang, setLang } = useI18n();
  return (
    <section class="card" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.title')}</h2>
      <fieldset class="field">
        <legend class="field-label">{t('settings.language.legend')}</legend>
        <div class="language-choice">
          {LANGS.map((option: Lang) => (
            <button
              key={option}
              type="button"
              lang={option}
              class="button button--secondary"
              aria-pressed={lang === option}
              onClick={() => setLang(option)}
            >
              {t(`settings.language.${option}`)}
            </button>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

/** Age and the start of this episode, as the safety check uses them; saved as the person's profile. */
function AboutYouSettings(props: { profile: Stored<Profile> | undefined; today: string }) {
  const { t, tn, lang } = useI18n();
  const app = useApp();
  const [form, setForm] = useState<AboutYouForm>(() => aboutYouFormOf(props.profile?.data));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [phase, setPhase] = useState<'editing' | 'saving' | 'saved' | 'failed'>('editing');
  const fields = useRef(new Map<string, HTMLElement>());
  const focusIssue = useRef(false);

  useEffect(() => {
    if (!focusIssue.current) return;
    focusIssue.current = false;
    const first = (['age', 'onsetDate'] as const).find((field) => issues.some((issue) => issue.field === field));
    if (first) fields.current.get(first)?.focus();
  }, [issues]);

  const issueFor = (field: 'age' | 'onsetDate') => {
    const issue = issues.find((candidate) => candidate.field === field);
    if (!issue) return undefined;
    return t(aboutYouIssueKey(issue), { min: issue.min ?? '', max: issue.max ?? '' });
  };
  const change = (next: Partial<AboutYouForm>, field?: 'age' | 'onsetDate') => {
    setForm((current) => ({ ...current, ...next }));
    // A corrected field loses its old message at once; the form is checked again on "Save".
    if (field) setIssues((current) => current.filter((issue) => issue.field !== field));
    if (phase !== 'saving') setPhase('editing');
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (phase === 'saving') return;
    const result = aboutYouFromForm(form, props.today);
    if (!result.ok) {
      focusIssue.current = true;
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    setPhase('saving');
    try {
      await saveProfile(app, result.value, props.today, props.profile);
      setPhase('saved');
    } catch {
      setPhase('failed');
    }
  }

  const saved = props.profile?.data;
  const onsetDay = saved ? formatDay(saved.onsetDate, lang, 'long', { withYearIfNot: props.today }) : '';
  const ageError = issueFor('age');
  const onsetError = issueFor('onsetDate');
  return (
    <section class="card" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('settings.about.title')}</h2>
      <p>{t('settings.about.intro')}</p>
      {saved && (
        <p class="notice" data-profile-summary>
          {tn('settings.about.current', saved.ageYears, {
            day: saved.onsetApproximate ? t('settings.about.approximately', { day: onsetDay }) : onsetDay,
          })}
        </p>
      )}
      <form noValidate onSubmit={submit}>
        <AgeField
          id="age"
          label={t('settings.age.label')}
          hint={t('settings.age.hint')}
          unit={t('settings.age.unit')}
          value={form.age}
          onInput={(age) => change({ age }, 'age')}
          error={ageError}
          inputRef={(element) => {
            if (element) fields.current.set('age', element);
          }}
        />
        <DateField
          id="onsetDate"
          label={t('settings.onset.label')}
          hint={t('settings.onset.hint')}
          value={form.onsetDate}
          max={props.today}
          error={onsetError}
          onChange={(onsetDate) => change({ onsetDate }, 'onsetDate')}
          inputRef={(element) => {
            if (element) fields.current.set('onsetDate', element);
          }}
        />
        <div class="checkbox">
          <input
            id="onsetApproximate"
            type="checkbox"
            checked={form.onsetApproximate}
            onChange={(event) => change({ onsetApproximate: event.currentTarget.checked })}
          />
          <label for="onsetApproximate">{t('settings.onset.approximate')}</label>
        </div>
        {issues.length > 0 && (
          <p class="form-summary" role="alert">
            {t('settings.invalid')}
          </p>
        )}
        {phase === 'failed' && (
          <p class="field-error" role="alert">
            {t('settings.saveFailed')}
          </p>
        )}
        <p class="actions">
          <button type="submit" class="button" disabled={phase === 'saving'}>
            {phase === 'saving' ? t('settings.saving') : t('settings.save')}
          </button>
        </p>
        <p role="status" class={phase === 'saved' ? 'confirmation-text' : 'status-empty'}>
          {phase === 'saved' && t('settings.saved')}
        </p>
      </form>
    </section>
  );
}

/** `/settings`: the language, and the age and episode start the safety check uses, to see and change. */
export function SettingsPage() {
  const { t } = useI18n();
  const today = useToday();
  const profile = useProfile();
  return (
    <div class="page page--settings">
      <PageHeading title={t('settings.title')} />
      <LanguageChoice />
      {/* A profile that arrives later (e.g. restored from a backup) starts the form again from it. */}
      <AboutYouSettings key={profile?.id ?? 'none'} profile={profile} today={today} />
      <section class="card" aria-labelledby="settings-export">
        <h2 id="settings-export">{t('settings.export.title')}</h2>
        <p>{t('settings.export.text')}</p>
        <p>
          <a href="/export">{t('settings.export.link')}</a>
        </p>
      </section>
      <section class="card" aria-labelledby="settings-erase">
        <h2 id="settings-erase">{t('settings.erase.title')}</h2>
        <p>{t('settings.erase.text')}</p>
        <p>
          <a href="/erase">{t('settings.erase.link')}</a>
        </p>
      </section>
    </div>
  );
}
