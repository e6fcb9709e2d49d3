import {
  type FieldIssue,
  PSK_ACTIVITY_MAX_LENGTH,
  PSK_MAX_ACTIVITIES,
  type PskRecord,
  type PskRow,
  pskFromForm,
} from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import { RadioScale } from '../ui/RadioScale';
import { useSaveForm } from '../ui/useSaveForm';
import '../ui/kit.css';
import './measures.css';
import { useApp } from '../data/app';
import { lastByDate } from '../data/records';
import { useToday } from '../data/useCheckIns';
import { FormFooter } from '../ui/FormFooter';
import { savePsk } from './actions';
import { useMeasureRecords } from './state';
import { fill, type MeasureTexts, useMeasureTexts } from './texts';

function issueMessage(texts: MeasureTexts, issue: FieldIssue): string {
  const { psk } = texts;
  if (issue.field === 'activities') return psk.none;
  if (issue.field.endsWith('.activity')) {
    return issue.code === 'too_long' ? fill(psk.tooLong, { max: PSK_ACTIVITY_MAX_LENGTH }) : psk.activityRequired;
  }
  return psk.scoreRequired;
}

/** `/measures/psk`: up to three hard activities, each rated 0–10; the same activities again next time. */
export function PskPage() {
  const texts = useMeasureTexts();
  const { lang } = useI18n();
  const app = useApp();
  const today = useToday();
  const { psks } = useMeasureRecords();
  const { psk, measures, common } = texts;
  const [previous] = useState(() => lastByDate(psks));
  const [rows, setRows] = useState<PskRow[]>(() =>
    Array.from({ length: PSK_MAX_ACTIVITIES }, (_, i) => ({
      activity: previous?.data.activities[i]?.activity ?? '',
      score: '',
    })),
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const { phase, save, statusRef: result } = useSaveForm<HTMLDivElement>();
  const [saved, setSaved] = useState<PskRecord | null>(null);
  const fields = useRef(new Map<string, HTMLElement>());
  const focusIssue = useRef(false);

  useEffect(() => {
    if (!focusIssue.current) return;
    focusIssue.current = false;
    const first = issues[0];
    if (first) fields.current.get(first.field === 'activities' ? 'activities.0.activity' : first.field)?.focus();
  }, [issues]);

  const setRow = (index: number, change: Partial<PskRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const issueFor = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? issueMessage(texts, issue) : undefined;
  };
  const suggest = (name: string) => {
    const free = rows.findIndex((row) => row.activity.trim() === '');
    if (free < 0) return;
    setRow(free, { activity: name });
    fields.current.get(`activities.${free}.score`)?.focus();
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (phase === 'saving') return;
    const activities = pskFromForm(rows);
    if (!activities.ok) {
      focusIssue.current = true;
      setIssues(activities.issues);
      return;
    }
    setIssues([]);
    await save(async () => setSaved(await savePsk(app, activities.value, today)));
  }

  if (phase === 'saved' && saved) {
    return (
      <div class="page page--psk">
        <PageHeading title={psk.title} />
        <div ref={result} tabIndex={-1} role="status" class="confirmation" data-psk-score={saved.score}>
          <p class="confirmation-text">{measures.saved}</p>
          <h2>{psk.resultTitle}</h2>
          <p>{fill(psk.score, { score: formatNumber(saved.score, lang) })}</p>
          <ul class="bullets">
            {saved.activities.map((item) => (
              <li key={item.activity}>{fill(psk.scoreLine, { activity: item.activity, score: item.score })}</li>
            ))}
          </ul>
          <p class="muted">{measures.intro[1]}</p>
          <p class="actions">
            <a class="button" href="/measures">
              {measures.backToMeasures}
            </a>
            <a class="button button--secondary" href="/">
              {common.toToday}
            </a>
          </p>
        </div>
      </div>
    );
  }

  const noneError = issueFor('activities');
  return (
    <div class="page page--psk">
      <PageHeading title={psk.title} />
      {psk.intro.map((paragraph) => (
        <p key={paragraph} class="lead">
          {paragraph}
        </p>
      ))}
      {previous && <p class="notice">{psk.previous}</p>}
      <div class="suggestions">
        <p id="psk-suggestions" class="hint">
          {psk.suggestionsLabel}
        </p>
        <ul class="inline-list" aria-labelledby="psk-suggestions">
          {psk.suggestions.map((name) => (
            <li key={name}>
              <button type="button" class="button button--secondary button--small" onClick={() => suggest(name)}>
                {name}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <form noValidate onSubmit={submit}>
        {rows.map((row, i) => {
          const activityField = `activities.${i}.activity`;
          const scoreField = `activities.${i}.score`;
          const activityError = issueFor(activityField) ?? (i === 0 ? noneError : undefined);
          const activityId = `psk-activity-${i}`;
          const name = row.activity.trim() || fill(psk.activityLabel, { n: i + 1 });
          return (
            <fieldset class="psk-row" key={`row-${i}`}>
              <legend class="visually-hidden">{fill(psk.activityLabel, { n: i + 1 })}</legend>
              <div class="field">
                <label class="field-label" for={activityId}>
                  {fill(psk.activityLabel, { n: i + 1 })}
                </label>
                <p id={`${activityId}-hint`} class="hint">
                  {psk.activityHint}
                </p>
                <input
                  id={activityId}
                  type="text"
                  class="wide-input"
                  maxLength={PSK_ACTIVITY_MAX_LENGTH + 20}
                  value={row.activity}
                  onInput={(event) => setRow(i, { activity: event.currentTarget.value })}
                  aria-describedby={activityError ? `${activityId}-hint ${activityId}-error` : `${activityId}-hint`}
                  aria-invalid={activityError ? 'true' : undefined}
                  ref={(element) => {
                    if (element) fields.current.set(activityField, element);
                  }}
                />
                {activityError && (
                  <p id={`${activityId}-error`} class="field-error">
                    {activityError}
                  </p>
                )}
              </div>
              <RadioScale
                name={`psk-score-${i}`}
                label={fill(psk.scoreLabel, { activity: name })}
                min={0}
                max={10}
                value={row.score}
                anchors={[
                  { value: 0, text: psk.score0 },
                  { value: 10, text: psk.score10 },
                ]}
                error={issueFor(scoreField)}
                onChange={(score) => setRow(i, { score })}
                inputRef={(element, value) => {
                  if (element && (row.score === '' ? value === 0 : String(value) === row.score)) {
                    fields.current.set(scoreField, element);
                  }
                }}
              />
            </fieldset>
          );
        })}
        <FormFooter
          phase={phase}
          submit={psk.submit}
          saving={common.saving}
          saveFailed={common.saveFailed}
          invalid={issues.length > 0 ? measures.invalid : undefined}
        />
      </form>
    </div>
  );
}
