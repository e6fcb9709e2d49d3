import {
  type ActivityUnit,
  EXERCISES,
  FLARE_UP_PLAN_PARTS,
  type FlareUpPlanPart,
  type LongViewSeriesName,
  type PersonSummary,
  type PlanStatus,
  type ProgrammeItem,
  type ProgrammeStatus,
  personSummary,
  type SafetyTier,
  type SafetyTrigger,
  type SeriesSummary,
  type StartBackScore,
} from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { useRecords } from '../data/app';
import { snapshotReader } from '../data/records';
import { useCheckInsByDay, useToday } from '../data/useCheckIns';
import { formatNumber, type Lang, localeOf, type MessageKey, monthNames, useI18n, weekdayNames } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import { TrendChart } from '../ui/TrendChart';
import { EXERCISE_NAME } from './exerciseNames';
import '../ui/kit.css';
import './export.css';

const SERIES: readonly { name: LongViewSeriesName; label: MessageKey }[] = [
  { name: 'pain', label: 'export.series.pain' },
  { name: 'sleepHours', label: 'export.series.sleepHours' },
  { name: 'stress', label: 'export.series.stress' },
  { name: 'activeMinutes', label: 'export.series.activeMinutes' },
];
const PERIOD: Readonly<Record<30 | 90 | 365, MessageKey>> = {
  30: 'export.period.30',
  90: 'export.period.90',
  365: 'export.period.365',
};
const RISK: Readonly<Record<StartBackScore['risk'], MessageKey>> = {
  low: 'export.risk.low',
  medium: 'export.risk.medium',
  high: 'export.risk.high',
};
const ACTIVITY: Readonly<Record<PersonSummary['plans'][number]['activity'], MessageKey>> = {
  walking: 'export.activity.walking',
  cycling: 'export.activity.cycling',
  swimming: 'export.activity.swimming',
  gardening: 'export.activity.gardening',
  stairs: 'export.activity.stairs',
  custom: 'export.activity.custom',
};
const UNIT: Readonly<Record<ActivityUnit, MessageKey>> = {
  minutes: 'export.unit.minutes',
  repetitions: 'export.unit.repetitions',
  metres: 'export.unit.metres',
  floors: 'export.unit.floors',
};
const STATUS: Readonly<Record<PlanStatus | ProgrammeStatus, MessageKey>> = {
  baseline: 'export.status.baseline',
  active: 'export.status.active',
  stopped: 'export.status.stopped',
};
const TRIGGER: Readonly<Record<SafetyTrigger, MessageKey>> = {
  first_run: 'export.trigger.first_run',
  periodic: 'export.trigger.periodic',
  flare_up: 'export.trigger.flare_up',
  manual: 'export.trigger.manual',
};
const TIER: Readonly<Record<SafetyTier, MessageKey>> = {
  none: 'export.tier.none',
  review: 'export.tier.review',
  gp_soon: 'export.tier.gp_soon',
  emergency: 'export.tier.emergency',
};
const FLARE_UP_PART: Readonly<Record<FlareUpPlanPart, MessageKey>> = {
  helps: 'export.flareUp.helps',
  scaleDown: 'export.flareUp.scaleDown',
  contacts: 'export.flareUp.contacts',
  selfTalk: 'export.flareUp.selfTalk',
};

/** A day with its year, as a printed page needs: "29 nov. 2026". */
function printedDay(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** `/export/summary`: the person's course on one printable page, in the language they chose; print or save as PDF. */
export function SummaryPage() {
  const { t, tn, lang } = useI18n();
  const records = useRecords();
  const byDay = useCheckInsByDay();
  const today = useToday();
  const summary = useMemo(() => personSummary(snapshotReader(records), today), [records, today]);
  const day = (isoDate: string) => printedDay(isoDate, lang);
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, lang));

  return (
    <div class="page page--export-summary">
      <PageHeading title={t('export.summary.heading')} />
      <p>{t('export.summary.madeOn', { day: day(today) })}</p>
      <p>{t('export.summary.intro')}</p>
      <div class="export-screen-only">
        <p class="actions">
          <button type="button" class="button" onClick={() => window.print()}>
            {t('export.summary.print')}
          </button>
        </p>
        <p class="hint">{t('export.summary.printHint')}</p>
        <p>
          <a href="/export">{t('export.summary.back')}</a>
        </p>
      </div>

      <section class="export-section" aria-labelledby="summary-course">
        <h2 id="summary-course">{t('export.course.title')}</h2>
        <p>
          {summary.firstCheckIn === null
            ? t('export.summary.noCheckIns')
            : tn('export.summary.checkIns', summary.checkInDays, { day: day(summary.firstCheckIn) })}
        </p>
        {summary.checkInDays > 0 && (
          <>
            <h3>{t('export.course.last30')}</h3>
            <div class="export-keep">
              <TrendChart byDay={byDay} today={today} />
            </div>
            <PeriodTable summary={summary} />
            <MonthTable summary={summary} number={number} />
          </>
        )}
      </section>

      <section class="export-section" aria-labelledby="summary-measures">
        <h2 id="summary-measures">{t('export.measures.title')}</h2>
        <h3>{t('export.startBack.title')}</h3>
        {summary.startBack.length === 0 ? (
          <p>{t('export.measures.none')}</p>
        ) : (
          <table class="data-table export-keep">
            <thead>
              <tr>
                <th scope="col">{t('export.date')}</th>
                <th scope="col">{t('export.startBack.total')}</th>
                <th scope="col">{t('export.startBack.psychosocial')}</th>
                <th scope="col">{t('export.startBack.risk')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.startBack.map((item) => (
                <tr key={item.date}>
                  <th scope="row">{day(item.date)}</th>
                  <td>{item.score.total}</td>
                  <td>{item.score.psychosocial}</td>
                  <td>{t(RISK[item.score.risk])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{t('export.psk.title')}</h3>
        {summary.psk.length === 0 ? (
          <p>{t('export.measures.none')}</p>
        ) : (
          <table class="data-table export-keep">
            <thead>
              <tr>
                <th scope="col">{t('export.date')}</th>
                <th scope="col">{t('export.psk.score')}</th>
                <th scope="col">{t('export.psk.activities')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.psk.map((item) => (
                <tr key={item.date}>
                  <th scope="row">{day(item.date)}</th>
                  <td>{number(item.score)}</td>
                  <td>{item.activities.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="export-section" aria-labelledby="summary-plans">
        <h2 id="summary-plans">{t('export.plans.title')}</h2>
        {summary.plans.length === 0 ? (
          <p>{t('export.plans.none')}</p>
        ) : (
          <ul class="plain-list export-keep">
            {summary.plans.map((plan) => (
              <li key={plan.planId}>
                <strong>{plan.customName ?? t(ACTIVITY[plan.activity])}</strong>
                {': '}
                {tn('export.plan.line', plan.sessions, {
                  day: day(plan.since),
                  goal: t('export.plan.goalAmount', { amount: number(plan.goal), unit: t(UNIT[plan.unit]) }),
                  status: t(STATUS[plan.status]),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="export-section" aria-labelledby="summary-programme">
        <h2 id="summary-programme">{t('export.programme.title')}</h2>
        {summary.programmes.length === 0 ? (
          <p>{t('export.programme.none')}</p>
        ) : (
          summary.programmes.map((programme) => (
            <div key={programme.programmeId} class="export-keep">
              <p>
                {tn('export.programme.sessions', programme.sessions, {
                  day: day(programme.since),
                  status: t(STATUS[programme.status]),
                })}{' '}
                {t('export.programme.days', {
                  days: programme.days.map((weekday) => weekdayNames(lang)[weekday - 1] ?? '').join(', '),
                })}
              </p>
              <table class="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('export.programme.exercise')}</th>
                    <th scope="col">{t('export.programme.dose')}</th>
                  </tr>
                </thead>
                <tbody>
                  {programme.items.map((item) => (
                    <tr key={item.exerciseId}>
                      <th scope="row">{exerciseName(item.exerciseId)}</th>
                      <td>{doseText(item)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))
        )}
      </section>

      <section class="export-section" aria-labelledby="summary-safety">
        <h2 id="summary-safety">{t('export.safety.title')}</h2>
        {summary.safetyChecks.length === 0 ? (
          <p>{t('export.safety.none')}</p>
        ) : (
          <table class="data-table export-keep">
            <thead>
              <tr>
                <th scope="col">{t('export.date')}</th>
                <th scope="col">{t('export.safety.trigger')}</th>
                <th scope="col">{t('export.safety.result')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.safetyChecks.map((check, index) => (
                <tr key={`${check.date}-${index}`}>
                  <th scope="row">{day(check.date)}</th>
                  <td>{t(TRIGGER[check.trigger])}</td>
                  <td>{t(TIER[check.result.tier])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {summary.flareUpPlan && (
        <section class="export-section export-keep" aria-labelledby="summary-flare-up">
          <h2 id="summary-flare-up">{t('export.flareUp.title')}</h2>
          <dl class="export-plan">
            {FLARE_UP_PLAN_PARTS.filter((part) => summary.flareUpPlan?.[part]).map((part) => (
              <div key={part}>
                <dt>{t(FLARE_UP_PART[part])}</dt>
                <dd>{summary.flareUpPlan?.[part]}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );

  function exerciseName(id: string): string {
    const key = EXERCISE_NAME[id];
    return key ? t(key) : id;
  }

  function doseText(item: ProgrammeItem): string {
    if (item.kind === 'strength') {
      return item.load > 0
        ? t('export.dose.load', { sets: item.sets, reps: item.targetReps, load: number(item.load) })
        : t('export.dose.reps', { sets: item.sets, reps: item.targetReps });
    }
    const exercise = EXERCISES.find((candidate) => candidate.id === item.exerciseId);
    const dose =
      exercise?.kind === 'mobility' && exercise.unit === 'seconds'
        ? t('export.dose.seconds', { sets: item.sets, amount: item.amount })
        : t('export.dose.reps', { sets: item.sets, reps: item.amount });
    return exercise?.kind === 'mobility' && exercise.perSide ? t('export.dose.perSide', { dose }) : dose;
  }
}

/** The long view's numbers for 30, 90 and 365 days: mean, lowest and highest per series. */
function PeriodTable(props: { summary: PersonSummary }) {
  const { t, lang } = useI18n();
  const cell = (summary: SeriesSummary) =>
    summary.mean === null || summary.min === null || summary.max === null
      ? t('export.periods.none')
      : t('export.periods.cell', {
          mean: formatNumber(summary.mean, lang),
          min: formatNumber(summary.min, lang),
          max: formatNumber(summary.max, lang),
        });
  return (
    <table class="data-table export-keep">
      <caption>{t('export.periods.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('export.periods.what')}</th>
          {props.summary.periods.map((period) => (
            <th scope="col" key={period.days}>
              {t(PERIOD[period.days])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {SERIES.map((series) => (
          <tr key={series.name}>
            <th scope="row">{t(series.label)}</th>
            {props.summary.periods.map((period) => (
              <td key={period.days}>{cell(period.summaries[series.name])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The last twelve months, a row each: days with a check-in and the month's means. */
function MonthTable(props: { summary: PersonSummary; number: (value: number | null) => string }) {
  const { t, lang } = useI18n();
  const names = monthNames(lang);
  return (
    <table class="data-table export-keep">
      <caption>{t('export.months.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('export.months.month')}</th>
          <th scope="col">{t('export.months.checkIns')}</th>
          <th scope="col">{t('export.series.pain')}</th>
          <th scope="col">{t('export.series.sleepHours')}</th>
          <th scope="col">{t('export.series.stress')}</th>
        </tr>
      </thead>
      <tbody>
        {props.summary.months.map((month) => (
          <tr key={month.month}>
            <th scope="row">{`${names[Number(month.month.slice(5)) - 1] ?? ''} ${month.month.slice(0, 4)}`}</th>
            <td>{month.checkIns}</td>
            <td>{props.number(month.pain)}</td>
            <td>{props.number(month.sleepHours)}</td>
            <td>{props.number(month.stress)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
