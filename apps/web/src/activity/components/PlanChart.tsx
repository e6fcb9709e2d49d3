import '../../ui/kit.css';
import {
  chartAxisMax,
  chartPoints,
  type DailyValues,
  linePath,
  type PlanDecisionKind,
  type PlanView,
  planChartSeries,
} from '@veerkracht/core';
import { shortDay } from '../../i18n/formatInstant';
import { formatNumber, type MessageKey, useI18n } from '../../i18n/i18n';
import { ChartFrame, type ChartSize, plotArea } from '../../ui/ChartFrame';
import { amountText } from '../format';
import { settledText } from '../text';

const SIZE: ChartSize = { width: 340, height: 210, left: 34, right: 10, top: 12, bottom: 28 };

const CHANGE: Record<PlanDecisionKind, MessageKey> = {
  progress: 'plan.change.progress',
  step_back: 'plan.change.step_back',
  hold: 'plan.change.hold',
  complete: 'plan.change.complete',
};

/** A small arrow (up, down, level) or a star above a session, so decisions show by shape, not colour alone. */
function ChangeMark(props: { change: PlanDecisionKind; x: number; y: number }) {
  const { x, y } = props;
  if (props.change === 'progress') return <path d={`M${x - 4} ${y + 2}L${x} ${y - 4}L${x + 4} ${y + 2}`} />;
  if (props.change === 'step_back') return <path d={`M${x - 4} ${y - 4}L${x} ${y + 2}L${x + 4} ${y - 4}`} />;
  if (props.change === 'hold') return <path d={`M${x - 4} ${y}H${x + 4}`} />;
  return (
    <path
      d={`M${x} ${y - 5}L${x + 1.5} ${y - 1.5}L${x + 5} ${y - 1}L${x + 2.5} ${y + 1.5}L${x + 3} ${y + 5}L${x} ${y + 3}L${x - 3} ${y + 5}L${x - 2.5} ${y + 1.5}L${x - 5} ${y - 1}L${x - 1.5} ${y - 1.5}Z`}
    />
  );
}

/**
 * The plan chart: the planned levels (dashed), each session's quota (steps),
 * what was done (line with dots) and the decision after each session (marks
 * above). The drawing is hidden from screen readers; the summary says it in
 * words and a table lists every session.
 */
export function PlanChart(props: { view: PlanView }) {
  const { t, tn, lang } = useI18n();
  const { view } = props;
  const series = planChartSeries(view);
  const unit = view.plan.unit;
  if (view.plan.levels.length === 0) return <p class="chart-empty">{t('plan.chart.empty')}</p>;
  const yMax = chartAxisMax([series.planned, series.quota, series.done], 1, 5);
  const { box } = plotArea(SIZE, yMax);
  const tickStep = Math.max(1, Math.ceil(yMax / 5 / 5) * 5);
  const ticks = Array.from({ length: Math.floor(yMax / tickStep) + 1 }, (_, i) => i * tickStep);
  const xOf = (index: number) => SIZE.left + (series.count > 1 ? (index * box.width) / (series.count - 1) : 0);
  const quotaSteps: DailyValues = series.quota;
  const done = view.sessions.filter((s) => s.quota !== null);
  const number = (value: number) => formatNumber(value, lang);
  const current = view.next?.amount ?? view.plan.goal;

  return (
    <figure class="chart plan-chart">
      <ul class="chart-legend">
        <li>
          <svg class="swatch" viewBox="0 0 36 12" aria-hidden="true">
            <path d="M2 6H34" class="plan-line plan-line--planned" />
          </svg>
          {t('plan.chart.planned')}
        </li>
        <li>
          <svg class="swatch" viewBox="0 0 36 12" aria-hidden="true">
            <path d="M2 6H34" class="plan-line plan-line--quota" />
          </svg>
          {t('plan.chart.quota')}
        </li>
        <li>
          <svg class="swatch" viewBox="0 0 36 12" aria-hidden="true">
            <path d="M2 6H34" class="plan-line plan-line--done" />
            <circle cx="18" cy="6" r="3.5" class="plan-dot" />
          </svg>
          {t('plan.chart.done')}
        </li>
        {(['progress', 'step_back', 'hold', 'complete'] as const).map((change) => (
          <li key={change} data-legend-mark={change}>
            <svg class="swatch swatch--mark" viewBox="0 0 16 12" aria-hidden="true">
              <g class="plan-change">
                <ChangeMark change={change} x={8} y={6} />
              </g>
            </svg>
            {t(CHANGE[change])}
          </li>
        ))}
      </ul>
      <ChartFrame
        size={SIZE}
        yMax={yMax}
        ticks={ticks}
        tickLabel={number}
        svgClass="chart-svg"
        xLabelInset={8}
        xLabels={[0, series.count - 1].map((index) => ({
          x: xOf(index),
          text: String(index + 1),
          anchor: index === 0 ? 'start' : 'end',
        }))}
      >
        <path d={linePath(series.planned, box)} class="plan-line plan-line--planned" />
        <g class="plan-quota">
          {chartPoints(quotaSteps, box).map((point) => (
            <path
              key={point.index}
              class="plan-line plan-line--quota"
              d={`M${Math.max(point.x - 6, 0)} ${point.y}H${Math.min(point.x + 6, box.width)}`}
            />
          ))}
        </g>
        <path d={linePath(series.done, box)} class="plan-line plan-line--done" />
        <g class="plan-dot">
          {chartPoints(series.done, box).map((point) => (
            <circle key={point.index} cx={point.x} cy={point.y} r={4} />
          ))}
        </g>
        <g class="plan-change">
          {series.changes.map((change, index) => {
            if (!change) return null;
            const value = Math.max(series.done[index] ?? 0, series.quota[index] ?? 0);
            const y = box.height - (Math.min(value, yMax) / yMax) * box.height;
            const x = series.count > 1 ? (index * box.width) / (series.count - 1) : 0;
            return <ChangeMark key={index} change={change} x={x} y={Math.max(y - 12, -4)} />;
          })}
        </g>
      </ChartFrame>
      <figcaption>
        <p class="chart-summary-text">
          {done.length === 0
            ? t('plan.chart.summary.none', {
                quota: amountText(t, lang, unit, current),
                goal: amountText(t, lang, unit, view.plan.goal),
              })
            : tn('plan.chart.summary', done.length, {
                quota: amountText(t, lang, unit, current),
                goal: amountText(t, lang, unit, view.plan.goal),
              })}
        </p>
      </figcaption>
      {done.length > 0 && (
        <table class="data-table">
          <caption>{t('plan.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.table.number')}</th>
              <th scope="col">{t('plan.table.done')}</th>
              <th scope="col">{t('plan.table.settled')}</th>
              <th scope="col">{t('plan.table.change')}</th>
            </tr>
          </thead>
          <tbody>
            {done.map((session, index) => {
              const change = series.changes[index];
              return (
                <tr key={session.id}>
                  <th scope="row">
                    {index + 1}
                    <span class="ga-table-day">{shortDay(session.session.endedAt, lang)}</span>
                  </th>
                  <td>
                    {t('plan.table.doneOf', {
                      done: number(session.session.amount),
                      quota: number(session.quota ?? 0),
                    })}
                  </td>
                  <td>{settledText(t, view, session)}</td>
                  <td>{change ? t(CHANGE[change]) : t('plan.change.none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </figure>
  );
}
