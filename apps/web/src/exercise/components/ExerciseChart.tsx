import { exerciseById, exerciseProgress, type ProgrammeView } from '@veerkracht/core';
import { shortDay } from '../../i18n/formatInstant';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { ChartFrame, type ChartSize, plotArea } from '../../ui/ChartFrame';
import { amountText, changeText, kilograms, variantName } from '../format';
import { useExerciseTexts } from '../texts';

const SIZE: ChartSize = { width: 340, height: 190, left: 34, right: 10, top: 14, bottom: 28 };

/**
 * One exercise over weeks and months: the dose asked (a step line) and the
 * most done in one set (dots), or the load for an exercise with weights;
 * an arrow above the first session after each dose change (up: more, down:
 * less), so changes show by shape, not colour alone. The drawing is hidden
 * from screen readers; the table under it says every session in words.
 */
export function ExerciseChart(props: { view: ProgrammeView; exerciseId: string }) {
  const { t, tn, lang } = useI18n();
  const texts = useExerciseTexts();
  const { points, marks } = exerciseProgress(props.view, props.exerciseId);
  const exercise = exerciseById(props.exerciseId);
  if (points.length === 0) return <p class="chart-empty">{t('exercise.progress.empty')}</p>;
  const byLoad = exercise?.kind === 'strength' && exercise.usesLoad;
  const asked = points.map((p) => (byLoad ? (p.load ?? 0) : p.target));
  const done = points.map((p) => (byLoad ? (p.load ?? 0) : p.best));
  const top = Math.max(5, ...asked, ...done);
  const yMax = Math.ceil(top / 5) * 5;
  const tickStep = yMax <= 10 ? 2 : 5 * Math.ceil(yMax / 25);
  const ticks = Array.from({ length: Math.floor(yMax / tickStep) + 1 }, (_, i) => i * tickStep);
  const { box, yOf } = plotArea(SIZE, yMax);
  const xOf = (i: number) => (points.length > 1 ? (i * box.width) / (points.length - 1) : box.width / 2);
  const y = (value: number) => yOf(value) - SIZE.top;
  // A dose change is marked at the first session done after it took effect.
  const markAt = points.map((point, i) => {
    const previous = i > 0 ? Date.parse(points[i - 1]?.endedAt ?? '') : Number.NEGATIVE_INFINITY;
    return marks.find((mark) => {
      const at = Date.parse(mark.effectiveFrom);
      return at > previous && at <= Date.parse(point.endedAt);
    });
  });
  const stepPath = asked.map((value, i) => `${i === 0 ? 'M' : 'L'}${xOf(i)} ${y(value)}`).join('');
  const first = points[0];
  const last = points.at(-1);
  return (
    <div class="chart exercise-chart">
      <ChartFrame
        size={SIZE}
        yMax={yMax}
        ticks={ticks}
        tickLabel={(tick) => formatNumber(tick, lang)}
        svgClass="chart-svg"
        xLabels={[
          ...(first ? [{ x: SIZE.left, text: shortDay(first.endedAt, lang), anchor: 'start' as const }] : []),
          ...(last && points.length > 1
            ? [{ x: SIZE.width - SIZE.right, text: shortDay(last.endedAt, lang), anchor: 'end' as const }]
            : []),
        ]}
      >
        <path class="exercise-chart-asked" d={stepPath} />
        {done.map((value, i) => (
          <circle key={points[i]?.sessionId} class="exercise-chart-done" cx={xOf(i)} cy={y(value)} r={4} />
        ))}
        {markAt.map((mark, i) => {
          if (!mark) return null;
          const x = xOf(i);
          const top = y(Math.max(asked[i] ?? 0, done[i] ?? 0)) - 10;
          const up = mark.change.decision !== 'step_back';
          return (
            <path
              key={`mark-${points[i]?.sessionId}`}
              class="exercise-chart-mark"
              d={
                up
                  ? `M${x - 4} ${top + 2}L${x} ${top - 4}L${x + 4} ${top + 2}`
                  : `M${x - 4} ${top - 4}L${x} ${top + 2}L${x + 4} ${top - 4}`
              }
            />
          );
        })}
      </ChartFrame>
      <ul class="chart-legend">
        <li>
          <span class="swatch swatch--line" aria-hidden="true" />
          {t(byLoad ? 'exercise.progress.legend.load' : 'exercise.progress.legend.asked')}
        </li>
        {!byLoad && (
          <li>
            <span class="swatch swatch--dot" aria-hidden="true" />
            {t('exercise.progress.legend.best')}
          </li>
        )}
      </ul>
      <table class="data-table">
        <caption class="visually-hidden">{t('exercise.progress.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exercise.progress.col.day')}</th>
            <th scope="col">{t('exercise.progress.col.asked')}</th>
            <th scope="col">{t('exercise.progress.col.done')}</th>
            <th scope="col">{t('exercise.progress.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point, i) => {
            const variant = variantName(texts, props.exerciseId, point.variant);
            const mark = markAt[i];
            return (
              <tr key={point.sessionId}>
                <td>{shortDay(point.endedAt, lang)}</td>
                <td>
                  {amountText(tn, props.exerciseId, point.target)}
                  {point.load !== undefined && byLoad ? `, ${kilograms(lang, point.load)}` : ''}
                  {variant ? ` · ${variant}` : ''}
                </td>
                <td>{tn('exercise.progress.sets', point.sets, { best: point.best, total: point.total })}</td>
                <td>{mark ? changeText(t, tn, lang, texts, mark.change) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
