import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useToday } from '../../data/useCheckIns';
import { dayAndTime } from '../../i18n/formatInstant';
import { formatDay, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { TrendChart } from '../../ui/TrendChart';
import { type PatientDetail, therapistApi } from '../api';
import { ClinicalSummary } from '../components/ClinicalSummary';
import { FlagFacts } from '../components/FlagFacts';
import { PlanSettings, ResumePlans } from '../components/PlanSettings';
import { ProgrammeSettings } from '../components/ProgrammeSettings';
import { Trends } from '../components/Trends';
import { problemOf } from '../problems';
import '../therapist.css';

function Notes(props: { detail: PatientDetail; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  async function add(event: Event) {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem(t('therapist.notes.required'));
      return;
    }
    setBusy(true);
    const result = await therapistApi.addNote(props.detail.patientId, text.trim());
    setBusy(false);
    if (result.ok) {
      setText('');
      props.onChanged();
    } else setProblem(t(problemOf(result)));
  }
  return (
    <section class="card" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('therapist.notes.title')}</h2>
      <p class="hint">{t('therapist.notes.private')}</p>
      {props.detail.notes.length > 0 && (
        <ul class="staff-notes">
          {props.detail.notes.map((note) => {
            const when = dayAndTime(Date.parse(note.createdAt), lang);
            return (
              <li key={note.id}>
                <p class="staff-note-text">{note.text}</p>
                <p class="hint">
                  {t('therapist.notes.by', { author: note.author, day: when.day, time: when.time })}{' '}
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={async () => {
                      const result = await therapistApi.deleteNote(props.detail.patientId, note.id);
                      if (result.ok) props.onChanged();
                      else setProblem(t(problemOf(result)));
                    }}
                  >
                    {t('therapist.notes.delete')}
                  </button>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <div class="field">
          <label class="field-label" for="note-text">
            {t('therapist.notes.label')}
          </label>
          <textarea
            id="note-text"
            rows={3}
            class="text-input--wide"
            value={text}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setProblem(undefined);
            }}
            aria-describedby={problem ? 'note-text-error' : undefined}
            aria-invalid={problem ? 'true' : undefined}
          />
          {problem && (
            <p id="note-text-error" class="field-error">
              {problem}
            </p>
          )}
        </div>
        <p class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? t('therapist.busy') : t('therapist.notes.add')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** One linked patient: flags with facts, 30 days of check-ins, concerns (mark read) and the practice's notes. */
/**
 * The two exports as plain download links: the browser sends the session cookie with a same-origin GET, and the
 * server names the file. The report is in the page's language.
 */
function Exports(props: { patientId: string }) {
  const { t, lang } = useI18n();
  const base = `/api/v1/therapist/patients/${encodeURIComponent(props.patientId)}`;
  return (
    <section class="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('therapist.export.title')}</h2>
      <p class="hint">{t('therapist.export.intro')}</p>
      <p class="actions">
        <a class="button button--secondary" href={`${base}/report.pdf?lang=${lang}`} download>
          {t('therapist.export.report')}
        </a>
        <a class="button button--secondary" href={`${base}/fhir`} download>
          {t('therapist.export.fhir')}
        </a>
      </p>
    </section>
  );
}

export function PatientPage() {
  const { t, lang } = useI18n();
  const { params } = useRoute();
  const patientId = params.patientId ?? '';
  const [detail, setDetail] = useState<PatientDetail | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const load = useCallback(async () => {
    const result = await therapistApi.patient(patientId);
    if (result.ok) setDetail(result.value);
    else setProblem(t(problemOf(result)));
  }, [patientId, t]);
  useEffect(() => {
    void load();
  }, [load]);
  const byDay = useMemo(() => new Map((detail?.checkIns ?? []).map((data) => [data.date, { data }])), [detail]);
  const today = useToday();

  if (!detail) {
    return (
      <div class="staff-area">
        <PageHeading title={t('therapist.patient.title')} />
        {problem ? <p role="alert">{problem}</p> : <p>{t('therapist.loading')}</p>}
        <p>
          <a href="/therapist">{t('therapist.patient.back')}</a>
        </p>
      </div>
    );
  }
  const concerns = detail.concerns;
  const latestConcern = concerns[0];
  return (
    <div class="staff-area">
      <PageHeading title={detail.label} />
      <p>
        <a href="/therapist">{t('therapist.patient.back')}</a>
      </p>
      {problem && <p role="alert">{problem}</p>}
      <p class="hint">
        {t('therapist.patient.linkedSince', { day: formatDay(detail.attention.linkedSince, lang, 'long') })}
      </p>
      <section class="card" aria-labelledby="flags-title">
        <h2 id="flags-title">{t('therapist.patient.flags')}</h2>
        <FlagFacts entry={detail.attention} />
      </section>
      <section class="card" aria-labelledby="trend-title">
        <h2 id="trend-title">{t('therapist.patient.trend')}</h2>
        <TrendChart byDay={byDay} today={today} />
      </section>
      <section class="card" aria-labelledby="concerns-title">
        <h2 id="concerns-title">{t('therapist.concerns.title')}</h2>
        {concerns.length === 0 && <p>{t('therapist.concerns.none')}</p>}
        {concerns.length > 0 && (
          <ul class="staff-concerns">
            {concerns.map((concern) => {
              const when = dayAndTime(Date.parse(concern.at), lang);
              return (
                <li key={concern.id} data-unread={concern.unread ? 'yes' : 'no'}>
                  <p class="hint">
                    {when.day}, {when.time}
                    {concern.unread && <strong> · {t('therapist.concerns.unread')}</strong>}
                  </p>
                  <p>{concern.text}</p>
                </li>
              );
            })}
          </ul>
        )}
        {latestConcern && detail.attention.openConcerns > 0 && (
          <p class="actions">
            <button
              type="button"
              class="button"
              onClick={async () => {
                const result = await therapistApi.concernsRead(detail.patientId, latestConcern.at);
                if (result.ok) void load();
                else setProblem(t(problemOf(result)));
              }}
            >
              {t('therapist.concerns.markRead')}
            </button>
          </p>
        )}
      </section>
      <Trends trends={detail.trends} today={today} />
      <ClinicalSummary detail={detail} />
      {detail.paused && <ResumePlans patientId={detail.patientId} onResumed={() => void load()} />}
      <section class="card" aria-labelledby="plans-title">
        <h2 id="plans-title">{t('therapist.plans.title')}</h2>
        {detail.plans.length === 0 ? (
          <p>{t('therapist.plans.none')}</p>
        ) : (
          <ul class="staff-plans">
            {detail.plans.map((plan) => (
              <PlanSettings key={plan.planId} patientId={detail.patientId} plan={plan} onSaved={() => void load()} />
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="exercise-title">
        <h2 id="exercise-title">{t('therapist.exercise.title')}</h2>
        {detail.exerciseProgrammes.length === 0 ? (
          <p>{t('therapist.exercise.none')}</p>
        ) : (
          <ul class="staff-plans">
            {detail.exerciseProgrammes.map((programme) => (
              <ProgrammeSettings
                key={programme.programmeId}
                patientId={detail.patientId}
                programme={programme}
                onSaved={() => void load()}
              />
            ))}
          </ul>
        )}
      </section>
      <Exports patientId={detail.patientId} />
      <Notes detail={detail} onChanged={() => void load()} />
    </div>
  );
}
