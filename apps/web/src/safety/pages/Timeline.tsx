import { RECORD, safetyTimeline, type TimelineEntry } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { formatDay, formatNumber, type Lang, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import '../safety.css';
import '../../ui/kit.css';
import { useRecordsOf } from '../../data/records';
import { useCheckInsByDay } from '../../data/useCheckIns';
import { useSafetyRecords } from '../state';
import { fill, type SafetyTexts, useSafetyTexts } from '../texts';

function entryText(entry: TimelineEntry, texts: SafetyTexts, lang: Lang): string {
  const { timeline } = texts;
  switch (entry.kind) {
    case RECORD.safetyCheck: {
      const result = texts.result.tiers[entry.record.result.tier].title;
      const trigger =
        entry.record.scope === 'emergency'
          ? `${timeline.trigger[entry.record.trigger]}, ${timeline.checkPartial}`
          : timeline.trigger[entry.record.trigger];
      return fill(timeline.check, { trigger, result });
    }
    case RECORD.safetyClearance:
      return entry.record.by === 'therapist' ? timeline.clearanceTherapist : timeline.clearance;
    case RECORD.concern:
      return fill(timeline.concern, { text: entry.record.text });
    case RECORD.startBack:
      return fill(timeline.startBack, {
        total: entry.record.score.total,
        risk: texts.timeline.riskName[entry.record.score.risk],
      });
    case RECORD.psk:
      return fill(timeline.psk, { score: formatNumber(entry.record.score, lang) });
    case 'check_in_note':
      return fill(timeline.checkIn, { text: entry.record.note });
  }
}

/** `/timeline`: every safety check, measure, concern, check-in note and "seen a doctor" over time, newest first. */
export function Timeline() {
  const texts = useSafetyTexts();
  const { lang } = useI18n();
  const records = useSafetyRecords();
  const byDay = useCheckInsByDay();
  const startBacks = useRecordsOf(RECORD.startBack);
  const psks = useRecordsOf(RECORD.psk);
  const entries = useMemo(
    () => safetyTimeline({ ...records, startBacks, psks, checkIns: [...byDay.values()] }),
    [records, startBacks, psks, byDay],
  );
  const days = [...new Set(entries.map((entry) => entry.date))];
  return (
    <div class="page page--timeline">
      <PageHeading title={texts.timeline.title} />
      <p class="lead">{texts.timeline.intro}</p>
      {entries.length === 0 ? (
        <p>{texts.timeline.empty}</p>
      ) : (
        <ol class="timeline">
          {days.map((day) => (
            <li key={day} class="timeline-day">
              <h2 class="timeline-date">{formatDay(day, lang)}</h2>
              <ul class="timeline-entries">
                {entries
                  .filter((entry) => entry.date === day)
                  .map((entry) => (
                    <li key={entry.id} class={`timeline-entry timeline-entry--${entry.kind}`} data-kind={entry.kind}>
                      <span class="timeline-text">{entryText(entry, texts, lang)}</span>
                      {entry.kind === RECORD.safetyCheck && (
                        <a class="text-link" href={`/safety/result/${entry.id}`}>
                          {texts.timeline.open}
                        </a>
                      )}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
