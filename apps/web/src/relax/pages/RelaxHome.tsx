import type { RelaxationKind } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { dayOfInstantOrUndefined } from '../../data/dayOfInstant';
import { useToday } from '../../data/useCheckIns';
import { formatDay, type MessageKey, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { GUIDE_IDS, GUIDES, guideSeconds } from '../guides';
import { latestSessions, weekSummary } from '../sessionRecord';
import { useRelaxationSessions } from '../state';
import '../../ui/kit.css';
import '../relax.css';

const KIND_NAMES: Readonly<Record<RelaxationKind, MessageKey>> = {
  breathing_pacer: 'relax.breathing.title',
  guided_breathing: GUIDES['guided-breathing'].title,
  body_scan: GUIDES['body-scan'].title,
  mindfulness: GUIDES.mindfulness.title,
};

/** How many of the latest sessions the page lists. */
const LATEST = 5;

/** `/relax`: the breathing pacer, the three guides, and the latest sessions (never a word about missed days). */
export function RelaxHome() {
  const { t, tn, lang } = useI18n();
  const today = useToday();
  const sessions = useRelaxationSessions();
  const { week, latest } = useMemo(() => {
    const data = sessions.map((session) => ({ id: session.id, ...session.data }));
    return { week: weekSummary(data, today, dayOfInstantOrUndefined), latest: latestSessions(data, LATEST) };
  }, [sessions, today]);
  return (
    <div class="page page--relax">
      <PageHeading title={t('relax.title')} />
      <p class="lead">{t('relax.intro')}</p>

      <section class="card" aria-labelledby="relax-breathing">
        <h2 id="relax-breathing">{t('relax.breathing.title')}</h2>
        <p>{t('relax.breathing.summary')}</p>
        <p class="actions">
          <a class="button" href="/relax/breathing">
            {t('relax.breathing.open')}
          </a>
          <a class="text-link" href="/lessons/breathing">
            {t('relax.lesson')}
          </a>
        </p>
      </section>

      <section class="card" aria-labelledby="relax-guides">
        <h2 id="relax-guides">{t('relax.guides.title')}</h2>
        <ul class="link-list">
          {GUIDE_IDS.map((id) => (
            <li key={id} data-guide={id}>
              <a class="link-list-link" href={`/relax/guide/${id}`}>
                {t(GUIDES[id].title)}
              </a>
              <p class="link-list-text">{t(GUIDES[id].summary)}</p>
              <p class="link-list-meta">
                {t('relax.guides.minutes', { minutes: Math.round(guideSeconds(GUIDES[id]) / 60) })}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="relax-recent">
        <h2 id="relax-recent">{t('relax.recent.title')}</h2>
        <p data-week>
          {week.sessions === 0 ? t('relax.week.none') : tn('relax.week.some', week.sessions, { minutes: week.minutes })}
        </p>
        {latest.length > 0 && (
          <ul class="relax-latest" data-latest>
            {latest.map((session) => {
              const day = dayOfInstantOrUndefined(session.startedAt);
              const params = {
                what: t(KIND_NAMES[session.kind]),
                day: day ? formatDay(day, lang, 'long', { withYearIfNot: today }) : '',
              };
              return (
                <li key={session.id}>
                  {session.doneSeconds < 60
                    ? t('relax.recent.seconds', { ...params, seconds: session.doneSeconds })
                    : t('relax.recent.minutes', { ...params, minutes: Math.round(session.doneSeconds / 60) })}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
