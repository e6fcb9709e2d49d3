import type { ReminderKind } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { dayAndTime } from '../../i18n/formatInstant';
import { useI18n } from '../../i18n/i18n';
import {
  endCalendarLink,
  makeCalendarLink,
  pushSupported,
  type ReminderStatusView,
  thisSubscriptionId,
  turnOffPush,
  turnOnPush,
} from '../state';
import { reminderTexts } from '../texts';

type Busy = 'idle' | 'busy' | 'denied' | 'failed';

/** A moment as "maandag 30 november, 20:00". */
function useWhen() {
  const { lang } = useI18n();
  return (instant: string) => {
    const { day, time } = dayAndTime(Date.parse(instant), lang);
    return `${day}, ${time}`;
  };
}

/**
 * The three ways a reminder reaches the person, each with whether it works
 * here and when it last did: the app itself, notifications on this device
 * (Web Push), and a private calendar link.
 */
export function Channels(props: { view: ReminderStatusView; reload: () => void }) {
  const { t } = useI18n();
  const { view } = props;
  return (
    <section class="card" aria-labelledby="channels">
      <h2 id="channels">{t('reminders.channels.title')}</h2>
      <p>{t('reminders.channels.intro')}</p>
      <h3>{t('reminders.app.title')}</h3>
      <p>{t('reminders.app.text')}</p>
      {view.state === 'no_backup' ? (
        <p>
          {t('reminders.push.needsBackup')}{' '}
          <a class="text-link" href="/backup">
            {t('reminders.push.backupLink')}
          </a>
        </p>
      ) : view.state === 'offline' || view.state === 'failed' ? (
        <p role="status">{t(view.state === 'offline' ? 'reminders.status.offline' : 'reminders.status.failed')}</p>
      ) : view.state === 'ready' ? (
        <>
          <PushChannel view={view} reload={props.reload} />
          <CalendarChannel view={view} reload={props.reload} />
        </>
      ) : null}
    </section>
  );
}

function PushChannel(props: { view: Extract<ReminderStatusView, { state: 'ready' }>; reload: () => void }) {
  const { t, tn, lang } = useI18n();
  const app = useApp();
  const when = useWhen();
  const [busy, setBusy] = useState<Busy>('idle');
  const mine = props.view.status.push.find((subscription) => subscription.id === thisSubscriptionId());
  const others = props.view.status.push.filter((subscription) => subscription !== mine && subscription.deadAt === null);
  const on = mine !== undefined && mine.deadAt === null;

  async function turnOn() {
    setBusy('busy');
    const outcome = await turnOnPush(app, lang);
    setBusy(outcome === 'on' ? 'idle' : outcome === 'denied' ? 'denied' : 'failed');
    props.reload();
  }
  async function turnOff() {
    setBusy('busy');
    await turnOffPush(app);
    setBusy('idle');
    props.reload();
  }

  return (
    <div data-channel="push">
      <h3>{t('reminders.push.title')}</h3>
      {!pushSupported() ? (
        <p>{t('reminders.push.unsupported')}</p>
      ) : (
        <>
          {on ? (
            <>
              <p>{t('reminders.push.on')}</p>
              <p>
                {mine.lastSuccessAt
                  ? t('reminders.push.lastWorked', { when: when(mine.lastSuccessAt) })
                  : t('reminders.push.notYet')}
              </p>
            </>
          ) : mine?.deadAt ? (
            <p class="notice">{t('reminders.push.dead', { when: when(mine.deadAt) })}</p>
          ) : (
            <p>{t('reminders.push.off')}</p>
          )}
          {others.length > 0 && <p>{tn('reminders.push.otherDevices', others.length)}</p>}
          {props.view.status.lastSent && (
            <p data-last-sent>{t('reminders.push.lastSent', { when: when(props.view.status.lastSent.at) })}</p>
          )}
          {busy === 'denied' && (
            <p class="field-error" role="alert">
              {t('reminders.push.denied')}
            </p>
          )}
          {busy === 'failed' && (
            <p class="field-error" role="alert">
              {t('reminders.push.failed')}
            </p>
          )}
          <p class="actions">
            {on ? (
              <button type="button" class="button button--secondary" onClick={turnOff} disabled={busy === 'busy'}>
                {t('reminders.push.turnOff')}
              </button>
            ) : (
              <button type="button" class="button" onClick={turnOn} disabled={busy === 'busy'}>
                {busy === 'busy' ? t('reminders.push.turningOn') : t('reminders.push.turnOn')}
              </button>
            )}
          </p>
        </>
      )}
    </div>
  );
}

function CalendarChannel(props: { view: Extract<ReminderStatusView, { state: 'ready' }>; reload: () => void }) {
  const { t, lang } = useI18n();
  const app = useApp();
  const when = useWhen();
  const [busy, setBusy] = useState<Busy>('idle');
  const [link, setLink] = useState<string | null>(null);
  const feed = props.view.status.calendar;

  async function make() {
    setBusy('busy');
    const made = await makeCalendarLink(app, lang);
    setLink(made);
    setBusy(made ? 'idle' : 'failed');
    props.reload();
  }
  async function end() {
    setBusy('busy');
    setBusy((await endCalendarLink(app)) ? 'idle' : 'failed');
    setLink(null);
    props.reload();
  }

  return (
    <div data-channel="calendar">
      <h3>{t('reminders.calendar.title')}</h3>
      <p>{t('reminders.calendar.text')}</p>
      {link && (
        <div class="field">
          <label class="field-label" for="calendar-link">
            {t('reminders.calendar.link')}
          </label>
          <p id="calendar-link-hint" class="hint">
            {t('reminders.calendar.linkHint')}
          </p>
          <input
            id="calendar-link"
            type="text"
            class="text-input--wide"
            readOnly
            value={link}
            aria-describedby="calendar-link-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
          <p>
            <a class="text-link" href={link.replace(/^https?:/, 'webcal:')}>
              {t('reminders.calendar.open')}
            </a>
          </p>
        </div>
      )}
      {feed && (
        <>
          <p>{t('reminders.calendar.active')}</p>
          <p>
            {feed.lastFetchedAt
              ? t('reminders.calendar.lastFetched', { when: when(feed.lastFetchedAt) })
              : t('reminders.calendar.notFetched')}
          </p>
        </>
      )}
      {busy === 'failed' && (
        <p class="field-error" role="alert">
          {t('reminders.calendar.failed')}
        </p>
      )}
      <p class="actions">
        <button
          type="button"
          class={feed ? 'button button--secondary' : 'button'}
          onClick={make}
          disabled={busy === 'busy'}
        >
          {busy === 'busy'
            ? t('reminders.calendar.making')
            : t(feed ? 'reminders.calendar.renew' : 'reminders.calendar.make')}
        </button>
        {feed && (
          <button type="button" class="button button--secondary" onClick={end} disabled={busy === 'busy'}>
            {t('reminders.calendar.end')}
          </button>
        )}
      </p>
      {feed && <p class="hint">{t('reminders.calendar.renewHint')}</p>}
    </div>
  );
}

/** The next reminders the server planned, with what each will say. */
export function NextReminders(props: { view: ReminderStatusView }) {
  const { t } = useI18n();
  const when = useWhen();
  const words = reminderTexts.useTexts();
  if (props.view.state !== 'ready') return null;
  const { next } = props.view.status;
  return (
    <section class="card" aria-labelledby="next-reminders">
      <h2 id="next-reminders">{t('reminders.next.title')}</h2>
      {next.length === 0 ? (
        <p>{t('reminders.next.none')}</p>
      ) : (
        <>
          <ul class="next-reminders">
            {next.map((item) => (
              <li key={`${item.kind}-${item.at}`}>
                {when(item.at)}: {words[item.kind as ReminderKind]?.title}
              </li>
            ))}
          </ul>
          <p class="hint">{t('reminders.sample', { title: words.check_in.title })}</p>
        </>
      )}
    </section>
  );
}
