import {
  FLARE_UP_PLAN_PART_MAX_LENGTH,
  FLARE_UP_PLAN_PARTS,
  type FlareUpPlanPart,
  validateFlareUpPlan,
} from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { useToday } from '../../data/useCheckIns';
import { useI18n } from '../../i18n/i18n';
import { issueText } from '../../i18n/issueText';
import { FormFooter } from '../../ui/FormFooter';
import { PageHeading } from '../../ui/PageHeading';
import { SavedConfirmation } from '../../ui/SavedConfirmation';
import { useSaveForm } from '../../ui/useSaveForm';
import { PART_TEXT } from '../parts';
import { saveFlareUpPlan, useFlareUpPlan } from '../state';
import '../flareup.css';

type Texts = Record<FlareUpPlanPart, string>;

/** `/flare-up-plan/edit`: the four parts, each with a prompt, in the person's own words. */
export function FlareUpPlanEdit() {
  const { t, tn } = useI18n();
  const app = useApp();
  const today = useToday();
  const existing = useFlareUpPlan();
  const [texts, setTexts] = useState<Texts>(() => ({
    helps: existing?.data.helps ?? '',
    scaleDown: existing?.data.scaleDown ?? '',
    contacts: existing?.data.contacts ?? '',
    selfTalk: existing?.data.selfTalk ?? '',
  }));
  const [issues, setIssues] = useState<{ field: string; text: string }[]>([]);
  const { phase, save, statusRef } = useSaveForm<HTMLDivElement>();

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateFlareUpPlan({ ...texts, writtenOn: today });
    if (!result.ok) {
      // "Nothing written" is said in the plan's own words, not as a field error of the first part.
      const nothing = FLARE_UP_PLAN_PARTS.every((part) => texts[part].trim() === '');
      setIssues(
        nothing
          ? [{ field: 'helps', text: t('flareUp.edit.empty') }]
          : result.issues.map((issue) => ({ field: issue.field, text: issueText(t, issue) })),
      );
      document.getElementById(result.issues[0]?.field ?? 'helps')?.focus();
      return;
    }
    setIssues([]);
    await save(() => saveFlareUpPlan(app, result.value, existing));
  }

  return (
    <div class="page page--flare-up-edit">
      <PageHeading title={t('flareUp.edit.title')} />
      <SavedConfirmation
        statusRef={statusRef}
        saved={phase === 'saved'}
        text={t('flareUp.edit.saved')}
        backHref="/flare-up-plan"
        backText={t('flareUp.edit.back')}
      />
      {phase !== 'saved' && (
        <form noValidate onSubmit={submit}>
          <p class="lead">{t('flareUp.edit.intro')}</p>
          {FLARE_UP_PLAN_PARTS.map((part) => {
            const issue = issues.find((candidate) => candidate.field === part);
            const described = [`${part}-hint`, issue ? `${part}-error` : ''].filter(Boolean).join(' ');
            return (
              <div class="field" key={part}>
                <label class="field-label" for={part}>
                  {t(PART_TEXT[part].title)}
                </label>
                <p id={`${part}-hint`} class="hint">
                  {t(PART_TEXT[part].prompt)} {tn('flareUp.edit.maxLength', FLARE_UP_PLAN_PART_MAX_LENGTH)}
                </p>
                <textarea
                  id={part}
                  name={part}
                  rows={3}
                  value={texts[part]}
                  onInput={(event) => {
                    const value = event.currentTarget.value;
                    setTexts((current) => ({ ...current, [part]: value }));
                  }}
                  aria-describedby={described}
                  aria-invalid={issue ? 'true' : undefined}
                />
                {issue && (
                  <p id={`${part}-error`} class="field-error">
                    {issue.text}
                  </p>
                )}
                {part === 'scaleDown' && <p class="muted">{t('flareUp.part.scaleDown.rule')}</p>}
              </div>
            );
          })}
          <FormFooter
            phase={phase}
            submit={t('flareUp.edit.save')}
            saving={t('flareUp.edit.saving')}
            saveFailed={t('flareUp.edit.saveFailed')}
            invalid={issues.length > 0 ? (issues[0]?.text ?? '') : undefined}
          />
        </form>
      )}
    </div>
  );
}
