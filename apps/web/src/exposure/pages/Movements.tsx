import { type MovementId, orderFearHierarchy } from '@veerkracht/core';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { ExpectationChart } from '../components/ExpectationChart';
import { MovementDrawing } from '../components/MovementDrawing';
import { movementNameKey } from '../names';
import { useExposure } from '../state';
import { useMovementTexts } from '../texts';
import '../../ui/kit.css';
import '../exposure.css';

/** `/movements`: the fear hierarchy, the next exposure step, expectation versus experience, and rating changes. */
export function Movements() {
  const { t, tn } = useI18n();
  const exposure = useExposure();
  const texts = useMovementTexts();
  const name = (movement: string) => t(movementNameKey(movement as MovementId));
  const hierarchy = orderFearHierarchy(exposure.ratings);
  const changed = exposure.changes.filter((change) => change.ratings.length > 1);
  const next = exposure.next ? (exposure.next.movement as MovementId) : null;
  const { count, lessPain, fearedNotHappened, timesPractised } = exposure.outcomes;
  // Only what happened: a count of 0 is left out rather than said as "0 times".
  const summary = [
    tn('movements.results.summary', count),
    lessPain > 0 ? tn('movements.results.lessPain', lessPain) : '',
    fearedNotHappened > 0 ? tn('movements.results.fearedNot', fearedNotHappened) : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');

  return (
    <div class="page page--movements">
      <PageHeading title={t('movements.title')} />
      <p class="lead">{t('movements.intro')}</p>
      <p>
        <a class="text-link" href="/lessons/your-back-is-strong">
          {t('movements.lesson')}
        </a>
      </p>

      {hierarchy.length === 0 ? (
        <section class="card card--next" aria-labelledby="movements-start">
          <h2 id="movements-start">{t('movements.start.title')}</h2>
          <p>{t('movements.start.text')}</p>
          <p class="actions">
            <a class="button" href="/movements/rate">
              {t('movements.rate')}
            </a>
          </p>
        </section>
      ) : (
        <section class="card card--next" aria-labelledby="movements-next">
          <h2 id="movements-next">{t('movements.next.title')}</h2>
          {next ? (
            <>
              <div class="movement">
                <MovementDrawing movement={next} />
                <div>
                  <p class="movement-name">{name(next)}</p>
                  <p class="movement-text">{texts[next]}</p>
                </div>
              </div>
              <p class="hint">{t('movements.practise.stop')}</p>
              <p class="actions">
                <a class="button" href={`/movements/${next}`}>
                  {t('movements.next.practise')}
                </a>
              </p>
            </>
          ) : (
            <>
              <p>{t('movements.allDone')}</p>
              <p class="actions">
                <a class="button" href="/movements/rate">
                  {t('movements.rerate')}
                </a>
              </p>
            </>
          )}
        </section>
      )}

      {hierarchy.length > 0 && (
        <section class="card" aria-labelledby="movements-list">
          <h2 id="movements-list">{t('movements.list.title')}</h2>
          <ol class="hierarchy">
            {hierarchy.map((entry) => {
              const count = timesPractised.get(entry.movement) ?? 0;
              return (
                <li key={entry.movement}>
                  <div>
                    <span class="movement-name">{name(entry.movement)}</span>
                    <br />
                    <span class="hierarchy-meta">
                      {t('movements.list.rating', { rating: entry.rating })} ·{' '}
                      {count > 0 ? tn('movements.list.practised', count) : t('movements.list.notPractised')}
                    </span>
                  </div>
                  <a class="button button--small button--secondary" href={`/movements/${entry.movement}`}>
                    {t('movements.list.practise')}
                    <span class="visually-hidden">: {name(entry.movement)}</span>
                  </a>
                </li>
              );
            })}
          </ol>
          <p class="actions">
            <a class="button button--secondary" href="/movements/rate">
              {t('movements.rerate')}
            </a>
          </p>
        </section>
      )}

      <section class="card" aria-labelledby="movements-results">
        <h2 id="movements-results">{t('movements.results.title')}</h2>
        {exposure.timeline.length === 0 ? (
          <p class="chart-empty">{t('movements.results.empty')}</p>
        ) : (
          <>
            <p>{summary}</p>
            <ExpectationChart timeline={exposure.timeline} />
          </>
        )}
      </section>

      {hierarchy.length > 0 && (
        <section class="card" aria-labelledby="movements-changes">
          <h2 id="movements-changes">{t('movements.changes.title')}</h2>
          {changed.length === 0 ? (
            <p>{t('movements.changes.none')}</p>
          ) : (
            <ul class="plain-list">
              {changed.map((change) => (
                <li key={change.movement}>
                  {t('movements.changes.item', {
                    name: name(change.movement),
                    first: change.first,
                    latest: change.latest,
                  })}{' '}
                  <strong>
                    {change.meaningful
                      ? t('movements.changes.meaningful')
                      : change.change === 0
                        ? t('movements.changes.same')
                        : t('movements.changes.small')}
                  </strong>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
