import { addDays, type CalendarDay, type CalendarMonth } from '@veerkracht/core';
import { useRef, useState } from 'preact/hooks';
import { formatDay, formatNumber, monthNames, useI18n, weekdayNames } from '../../i18n/i18n';

/** Pain 0–10 in five shades (the darker, the more pain); no pain score, no shade. */
const painLevel = (pain: number | null) => (pain === null ? 'none' : String(Math.min(4, Math.floor(pain / 2.2))));

const KEY_STEPS: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * The last twelve months, a square per day: a dot when the person was
 * active, a shade for their pain (docs/clinical-rules.md §10.4). A table per
 * month whose days are buttons, moved through with the arrow keys (a week up
 * or down, a day left or right, across months), Home and End for the first
 * and last day shown; one day is in the tab order at a time. Each day says
 * in words what it holds (also shown under the calendar for the chosen day),
 * and the months below say it in sentences.
 */
export function YearCalendar(props: { months: CalendarMonth[]; today: string }) {
  const { t, tn, lang } = useI18n();
  const [focused, setFocused] = useState(props.today);
  const container = useRef<HTMLDivElement>(null);
  const monthName = monthNames(lang);
  const weekdays = weekdayNames(lang);
  const days = props.months.flatMap((month) => month.weeks.flat().filter((day): day is CalendarDay => day !== null));
  const first = days[0]?.day ?? props.today;
  const last = days.at(-1)?.day ?? props.today;
  const focusedDay = days.find((day) => day.day === focused);
  const monthLabel = (month: string) => `${monthName[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;

  function move(event: KeyboardEvent) {
    let next: string | undefined;
    if (event.key in KEY_STEPS) next = addDays(focused, KEY_STEPS[event.key] ?? 0);
    else if (event.key === 'Home') next = first;
    else if (event.key === 'End') next = last;
    if (next === undefined) return;
    event.preventDefault();
    if (next < first || next > last) return;
    setFocused(next);
    container.current?.querySelector<HTMLElement>(`[data-day="${next}"]`)?.focus();
  }

  const label = (day: CalendarDay) => {
    const parts = [formatDay(day.day, lang, 'long', { withYearIfNot: props.today })];
    if (day.active) parts.push(t('progress.year.active'));
    if (day.pain !== null) parts.push(t('progress.year.pain', { pain: day.pain }));
    if (!day.active && day.pain === null) parts.push(t('progress.year.nothing'));
    return parts.join(', ');
  };

  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the arrow keys of the day grids below are handled here, once for all months. */}
      <div class="year-calendar" ref={container} onKeyDown={move}>
        {props.months.map((month) => (
          <table class="year-month" key={month.month}>
            <caption>{monthLabel(month.month)}</caption>
            <thead>
              <tr>
                {weekdays.map((name) => (
                  <th scope="col" key={name} abbr={name}>
                    <span aria-hidden="true">{name.slice(0, 2)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {month.weeks.map((week) => (
                <tr key={week.find((day) => day !== null)?.day}>
                  {week.map((day, index) => (
                    <td key={index}>
                      {day && (
                        <button
                          type="button"
                          data-day={day.day}
                          tabIndex={day.day === focused ? 0 : -1}
                          aria-label={label(day)}
                          aria-pressed={day.day === focused}
                          class={`year-day year-day--pain-${painLevel(day.pain)}`}
                          onFocus={() => setFocused(day.day)}
                          onClick={() => setFocused(day.day)}
                        >
                          {day.active && <span class="year-day-dot" aria-hidden="true" />}
                        </button>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      {focusedDay && (
        <p class="year-selected" aria-live="polite">
          {label(focusedDay)}
        </p>
      )}
      <p class="year-legend" aria-hidden="true">
        <span>{t('progress.year.legendLow')}</span>
        {['0', '1', '2', '3', '4'].map((level) => (
          <span key={level} class={`year-day year-day--pain-${level}`} />
        ))}
        <span>{t('progress.year.legendHigh')}</span>
      </p>
      <h3>{t('progress.year.months')}</h3>
      <ul class="year-months">
        {[...props.months].reverse().map((month) => (
          <li key={month.month}>
            {tn('progress.year.monthActive', month.activeDays, { month: monthLabel(month.month) })},{' '}
            {month.painMean === null
              ? t('progress.year.monthNoPain')
              : t('progress.year.monthPain', { mean: formatNumber(month.painMean, lang) })}
            .
          </li>
        ))}
      </ul>
    </>
  );
}
