import { RECORD, stressNoticeDue, stressStaysHigh } from '@veerkracht/core';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useApp } from '../data/app';
import { useRecordsOf } from '../data/records';
import { useCheckInsByDay, useToday } from '../data/useCheckIns';
import { useI18n } from '../i18n/i18n';
import { useTodayStep } from '../ui/todaySteps';

/**
 * A calm moment when stress stays high (docs/clinical-rules.md §6.1): the
 * breathing exercise and the relaxation guides, and at most once a week the
 * suggestion to talk to the therapist or GP, with no diagnosis. That the
 * suggestion was shown is remembered as a record, so every device keeps the
 * once-a-week promise.
 */
export function TodayStress() {
  const { t } = useI18n();
  const app = useApp();
  const today = useToday();
  const byDay = useCheckInsByDay();
  const notices = useRecordsOf(RECORD.noticeShown);
  const { high, suggest } = useMemo(() => {
    const entries = [...byDay.values()].flatMap((record) =>
      record.data.stress === undefined ? [] : [{ day: record.data.date, stress: record.data.stress }],
    );
    const shownOn = notices.filter((notice) => notice.data.notice === 'stress_high').map((notice) => notice.data.day);
    return { high: stressStaysHigh(entries, today), suggest: stressNoticeDue(entries, today, shownOn) };
  }, [byDay, notices, today]);
  const shown = useTodayStep('stress', { relax: high });
  const remembered = useRef(false);
  const visible = high && shown;
  useEffect(() => {
    const alreadyToday = notices.some((notice) => notice.data.notice === 'stress_high' && notice.data.day === today);
    if (!visible || !suggest || alreadyToday || remembered.current) return;
    remembered.current = true;
    // Not remembered (storage full, say): the suggestion may come back tomorrow, which does no harm.
    void app.saveRecord(RECORD.noticeShown, { notice: 'stress_high', day: today }).catch(() => undefined);
  }, [visible, suggest, notices, today, app]);
  if (!visible) return null;
  return (
    <section class="card" aria-labelledby="today-stress" data-stress-high>
      <h2 id="today-stress">{t('today.stress.title')}</h2>
      <p>{t('today.stress.text')}</p>
      <p class="actions">
        <a class="button button--secondary" href="/relax/breathing">
          {t('today.stress.breathing')}
        </a>
        <a class="text-link" href="/relax">
          {t('today.stress.relax')}
        </a>
      </p>
      {suggest && <p class="notice">{t('today.stress.talk')}</p>}
    </section>
  );
}
