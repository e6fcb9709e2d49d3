import { lastDays } from '@veerkracht/core';
import { CheckInValues } from '../components/CheckInValues';
import { PageHeading } from '../components/PageHeading';
import { TrendChart } from '../components/TrendChart';
import { formatDay, useI18n } from '../i18n/i18n';
import { useCheckInsByDay, useToday } from '../state/useCheckIns';

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
            const dayName = formatDay(day, lang);
            return (
              <li key={day} class="day" data-day={day}>
                <h3 class="day-name">
                  {dayName}
                  {day === today && <span class="today-mark"> ({t('history.today')})</span>}
                </h3>
                {checkIn ? <CheckInValues checkIn={checkIn.data} /> : <p class="muted">{t('history.notFilled')}</p>}
                <a
                  class={checkIn ? 'button button--secondary button--small' : 'button button--small'}
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
