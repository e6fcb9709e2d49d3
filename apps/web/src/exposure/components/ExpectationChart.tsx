import '../../ui/chart.css';
import '../../ui/kit.css';
import {
  type ChartBox,
  chartPoints,
  type ExposureEntry,
  type FearedOutcome,
  linePath,
  type MovementId,
} from '@veerkracht/core';
import { shortDay } from '../../i18n/formatInstant';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { movementNameKey } from '../names';

const FEARED: Record<FearedOutcome, MessageKey> = {
  yes: 'movements.practise.feared.yes',
  no: 'movements.practise.feared.no',
  not_sure: 'movements.practise.feared.not_sure',
};

const WIDTH = 340;
const HEIGHT = 180;
const LEFT = 28;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 20;

/**
 * Expectation versus experience over time: for each practice the pain the
 * person expected (dashed, open dots) and the pain they had (solid, filled
 * dots), 0–10. The drawing is hidden from screen readers; a table gives every
 * practice, with whether what they feared happened (a dash for practices saved
 * before that question existed).
 */
export function ExpectationChart(props: { timeline: ExposureEntry[] }) {
  const { t, lang } = useI18n();
  const { timeline } = props;
  const box: ChartBox = { width: WIDTH - LEFT - RIGHT, height: HEIGHT - TOP - BOTTOM, yMax: 10 };
  // One practice alone still gets two points' width, so a single value shows as a dot, not at the edge.
  const pad = timeline.length === 1 ? [null] : [];
  const expected = [...timeline.map((e) => e.expected), ...pad];
  const actual = [...timeline.map((e) => e.actual), ...pad];
  const yOf = (value: number) => TOP + box.height - (value / 10) * box.height;
  return (
    <figure class="chart">
      <ul class="chart-legend">
        <li>
          <svg class="swatch" viewBox="0 0 36 12" aria-hidden="true">
            <path d="M2 6H34" class="expectation-line expectation-line--expected" />
            <circle cx="18" cy="6" r="3.5" class="expectation-dot--expected" />
          </svg>
          {t('movements.results.expected')}
        </li>
        <li>
          <svg class="swatch" viewBox="0 0 36 12" aria-hidden="true">
            <path d="M2 6H34" class="expectation-line expectation-line--actual" />
            <circle cx="18" cy="6" r="3.5" class="expectation-dot--actual" />
          </svg>
          {t('movements.results.actual')}
        </li>
      </ul>
      <svg class="chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <g class="chart-grid">
          {[0, 2, 4, 6, 8, 10].map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(tick)} y2={yOf(tick)} />
              <text x={LEFT - 6} y={yOf(tick) + 4} text-anchor="end">
                {tick}
              </text>
            </g>
          ))}
        </g>
        <g transform={`translate(${LEFT} ${TOP})`}>
          <path d={linePath(expected, box)} class="expectation-line expectation-line--expected" />
          <path d={linePath(actual, box)} class="expectation-line expectation-line--actual" />
          {chartPoints(expected, box).map((point) => (
            <circle key={`e${point.index}`} cx={point.x} cy={point.y} r={4} class="expectation-dot--expected" />
          ))}
          {chartPoints(actual, box).map((point) => (
            <circle key={`a${point.index}`} cx={point.x} cy={point.y} r={4} class="expectation-dot--actual" />
          ))}
        </g>
      </svg>
      <table class="data-table">
        <caption>{t('movements.results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('movements.results.day')}</th>
            <th scope="col">{t('movements.results.movement')}</th>
            <th scope="col">{t('movements.results.expected')}</th>
            <th scope="col">{t('movements.results.actual')}</th>
            <th scope="col">{t('movements.results.feared')}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.map((entry) => (
            <tr key={entry.id}>
              <td>{shortDay(entry.at, lang)}</td>
              <th scope="row">{t(movementNameKey(entry.movement as MovementId))}</th>
              <td>{entry.expected}</td>
              <td>{entry.actual}</td>
              <td>{entry.fearedHappened ? t(FEARED[entry.fearedHappened]) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
