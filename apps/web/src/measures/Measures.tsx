import { type Measure, measuresDue, measureTrend, type StartBackScore } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { formatDay, useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import '../ui/kit.css';
import './measures.css';
import { lastByDate } from '../data/records';
import { useToday } from '../data/useCheckIns';
import { MeasureTrend, type TrendPoint } from './MeasureTrend';
import { useMeasureRecords } from './state';
import { fill, useMeasureTexts } from './texts';

// PSK scores 0–10 (ticks every 5); the STarT Back total 0–9 (ticks every 3).
const SCALE: Record<Measure, { max: number; tickStep: number }> = {
  psk: { max: 10, tickStep: 5 },
  start_back: { max: 9, tickStep: 3 },
};

const HREF: Record<Measure, string> = { psk: '/measures/psk', start_back: '/measures/start-back' };

/** `/measures`: STarT Back and PSK, when each is due, and both over time. */
export function Measures() {
  const texts = useMeasureTexts();
  const { lang } = useI18n();
  const today = useToday();
  const { startBacks, psks } = useMeasureRecords();
  const { measures } = texts;
  const due = useMemo(() => {
    const last: Partial<Record<Measure, string>> = {};
    const psk = lastByDate(psks);
    const startBack = lastByDate(startBacks);
    if (psk) last.psk = psk.data.date;
    if (startBack) last.start_back = startBack.data.date;
    return measuresDue(last, today);
  }, [psks, startBacks, today]);
  const names: Record<Measure, string> = { psk: measures.pskName, start_back: measures.startBackName };
  // The group of a STarT Back score is not a band of its total, so it is named for every point.
  const riskByDay = new Map<string, StartBackScore['risk']>(startBacks.map((r) => [r.data.date, r.data.score.risk]));
  const trends: Record<Measure, TrendPoint[]> = {
    psk: measureTrend(psks.map((r) => ({ date: r.data.date, value: r.data.score }))),
    start_back: measureTrend(startBacks.map((r) => ({ date: r.data.date, value: r.data.score.total }))).map((point) => {
      const risk = riskByDay.get(point.date);
      return risk ? { ...point, group: texts.startBack.riskName[risk] } : point;
    }),
  };
  const dateOptions = { withYearIfNot: today };
  return (
    <div class="page page--measures">
      <PageHeading title={measures.title} />
      {measures.intro.map((paragraph) => (
        <p key={paragraph} class="lead">
          {paragraph}
        </p>
      ))}
      {due.map((entry) => (
        <section
          key={entry.measure}
          class={`card${entry.due ? ' card--next' : ''}`}
          aria-labelledby={`measure-${entry.measure}`}
          data-measure={entry.measure}
        >
          <h2 id={`measure-${entry.measure}`}>{names[entry.measure]}</h2>
          <p>
            {measures.every[entry.measure]}{' '}
            {entry.last ? fill(measures.lastDone, { day: formatDay(entry.last, lang, 'long', dateOptions) }) : ''}
          </p>
          <p>
            <strong>
              {entry.due
                ? measures.due
                : fill(measures.notDue, { day: formatDay(entry.next, lang, 'long', dateOptions) })}
            </strong>
          </p>
          <p class="actions">
            <a class={entry.due ? 'button' : 'button button--secondary'} href={HREF[entry.measure]}>
              {measures.fillIn}
            </a>
          </p>
          <h3>{measures.trendTitle}</h3>
          <MeasureTrend
            texts={texts}
            id={`trend-${entry.measure}`}
            title={{ psk: measures.trendPsk, start_back: measures.trendStartBack }[entry.measure]}
            points={trends[entry.measure]}
            max={SCALE[entry.measure].max}
            tickStep={SCALE[entry.measure].tickStep}
            today={today}
          />
        </section>
      ))}
      <p class="actions">
        <a class="text-link" href="/timeline">
          {texts.common.timelineLink}
        </a>
      </p>
    </div>
  );
}
