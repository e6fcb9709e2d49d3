import './history.css';
import { lastDays } from '@veerkracht/core';
import { useCheckInsByDay, useToday } from '../data/useCheckIns';
import { formatDay, useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import { TrendChart } from '../ui/TrendChart';
import { CheckInValues } from './CheckInValues';

export function History() {
  const { t, lang } = useI18n();
  const today = useToday();
  const byDay = useCheckInsByDay();
  const week = lastDays(today, 7).reverse();
  return (
    <div class="page page--history">
      <PageHeading title={t('history.title')} />
      <p class="lead">{t('history.intro')}</p>

      <section aria-labelledby="week-title">
        <h2 id="week-title">{t('history.week.title')}</h2>
        <ul class="day-list">
          {week.map((day) => {
            const checkIn = byDay.get(day);
            const dayName = formatDay(day, lang, 'long', { withYearIfNot: today });
            const note = checkIn?.data.note?.trim();
            return (
              <li key={day} class={checkIn ? 'day' : 'day day--open'} data-day={day}>
                <h3 class="day-name">
                  {dayName}
                  {day === today && <span class="today-mark"> ({t('history.today')})</span>}
                </h3>
                {checkIn ? (
                  <div class="day-values">
                    <CheckInValues checkIn={checkIn.data} />
                    {note && (
                      <p class="day-note" data-note>
                        <span class="day-note-label">{t('history.note')}</span> {note}
                      </p>
                    )}
                  </div>
                ) : (
                  <p class="muted">{t('history.notFilled')}</p>
                )}
                {/* A day without a check-in gets a quiet link, not a button: skipping a day is fine. */}
                <a
                  class={checkIn ? 'button button--secondary button--small' : 'text-link text-link--quiet'}
                  href={`/check-in?date=${day}`}
                >
                  {checkIn ? t('history.edit') : t('history.fillIn')}
                  <span class="visually-hidden">: {dayName}</span>
                </a>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{t('history.chart.title')}</h2>
        <TrendChart byDay={byDay} today={today} />
      </section>
    </div>
  );
}
