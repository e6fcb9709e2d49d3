import { calendarDayAt } from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../data/app';
import type { DeviceItem, DevicesFailure } from '../data/sync/syncClient';
import { useToday } from '../data/useCheckIns';
import { formatDay, type MessageKey, useI18n } from '../i18n/i18n';
import { RecoveryCode } from './RecoveryCode';
import './devices.css';

const FAILURE_MESSAGES: Record<DevicesFailure, MessageKey> = {
  offline: 'backup.devices.offline',
  failed: 'backup.devices.failed',
  signed_out: 'backup.devices.signedOut',
};

type Loaded =
  | { state: 'loading' }
  | { state: 'loaded'; devices: DeviceItem[]; codeRenewedElsewhere: boolean }
  | { state: 'failed'; failure: DevicesFailure };

function OneDevice(props: {
  device: DeviceItem;
  name: string;
  onEnded: (device: DeviceItem, name: string) => void;
  onFailed: (failure: DevicesFailure) => void;
}) {
  const { t, lang } = useI18n();
  const app = useApp();
  const today = useToday();
  const { device, name } = props;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLButtonElement>(null);
  // Focus follows the question: to "yes" when it opens, back to the button that opened it when it closes.
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (opened.current) endRef.current?.focus();
    opened.current = confirming;
  }, [confirming]);
  async function end() {
    setBusy(true);
    const result = await app.sync.endDevice(device.id);
    setBusy(false);
    if (result.ok) props.onEnded(device, name);
    else {
      setConfirming(false);
      props.onFailed(result.failure);
    }
  }
  // Escape closes the question, as it closes a dialog.
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setConfirming(false);
  };
  const lastSeen = formatDay(calendarDayAt(new Date(device.lastSeenAt)), lang, 'long', { withYearIfNot: today });
  const nameId = `device-${device.id}`;
  return (
    <li class="device" data-device={device.current ? 'current' : 'other'}>
      <p class="device-name" id={nameId}>
        <strong>{name}</strong>
        {device.current && <span class="device-current">{t('backup.devices.thisOne')}</span>}
      </p>
      <p class="hint">{t('backup.devices.lastSeen', { day: lastSeen })}</p>
      {!device.current &&
        (confirming ? (
          <div class="confirm">
            <p>
              <strong>{t('backup.devices.confirm')}</strong>
            </p>
            <p class="actions">
              <button
                type="button"
                class="button button--danger"
                ref={confirmRef}
                onClick={end}
                onKeyDown={cancelOnEscape}
                disabled={busy}
              >
                {busy ? t('backup.devices.busy') : t('backup.devices.confirmButton')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => setConfirming(false)}
                onKeyDown={cancelOnEscape}
              >
                {t('backup.devices.cancel')}
              </button>
            </p>
          </div>
        ) : (
          <p class="actions">
            <button
              type="button"
              class="button button--secondary"
              ref={endRef}
              aria-label={t('backup.devices.endNamed', { name })}
              onClick={() => setConfirming(true)}
            >
              {t('backup.devices.end')}
            </button>
          </p>
        ))}
    </li>
  );
}

/**
 * The devices that back up for this person, with a way to sign out any other
 * one (a lost phone, a phone given away). Each ending is confirmed first; the
 * result is announced, and focus goes to that announcement because the
 * button that was pressed is gone.
 */
export function DeviceList(props: { onSignedOut?: () => void }) {
  const { t } = useI18n();
  const app = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [message, setMessage] = useState<{ text: string; kind: 'done' | 'error' } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    let live = true;
    void app.sync.listDevices().then((result) => {
      if (!live) return;
      setLoaded(
        result.ok
          ? { state: 'loaded', devices: result.devices, codeRenewedElsewhere: result.codeRenewedElsewhere }
          : { state: 'failed', failure: result.failure },
      );
    });
    return () => {
      live = false;
    };
  }, [app]);
  function ended(device: DeviceItem, name: string) {
    setLoaded((current) =>
      current.state === 'loaded'
        ? { ...current, devices: current.devices.filter((item) => item.id !== device.id) }
        : current,
    );
    setMessage({ text: t('backup.devices.ended', { name }), kind: 'done' });
  }
  useEffect(() => {
    // The button that was pressed is gone with its device; continue from the message that says what happened.
    if (message?.kind === 'done') messageRef.current?.focus();
  }, [message]);
  function failed(failure: DevicesFailure) {
    setMessage({ text: t(FAILURE_MESSAGES[failure]), kind: 'error' });
    if (failure === 'signed_out') props.onSignedOut?.();
  }
  return (
    <section class="card" aria-labelledby="backup-devices">
      <h2 id="backup-devices">{t('backup.devices.title')}</h2>
      <p>{t('backup.devices.text')}</p>
      {loaded.state === 'loaded' && loaded.codeRenewedElsewhere && (
        <p class="notice">{t('backup.devices.codeRenewedElsewhere')}</p>
      )}
      {loaded.state === 'loading' && <p class="hint">{t('backup.devices.loading')}</p>}
      {loaded.state === 'failed' && <p class="notice">{t(FAILURE_MESSAGES[loaded.failure])}</p>}
      {loaded.state === 'loaded' && (
        <ul class="device-list" aria-labelledby="backup-devices">
          {loaded.devices.map((device) => (
            <OneDevice
              key={device.id}
              device={device}
              name={device.name ?? t('backup.devices.unknownName')}
              onEnded={ended}
              onFailed={failed}
            />
          ))}
        </ul>
      )}
      {loaded.state === 'loaded' && loaded.devices.every((device) => device.current) && (
        <p class="hint">{t('backup.devices.onlyThis')}</p>
      )}
      <p
        ref={messageRef}
        tabIndex={-1}
        role="status"
        class={message ? (message.kind === 'done' ? 'confirmation-text' : 'field-error') : 'status-empty'}
        data-devices-status={message?.kind}
      >
        {message?.text}
      </p>
    </section>
  );
}

/**
 * Renewing the recovery code: confirmed first, then the new code is shown
 * here the same way as the first one, to write down at once.
 */
export function RenewCode(props: { onRenewed: () => void }) {
  const { t } = useI18n();
  const app = useApp();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const [failure, setFailure] = useState<DevicesFailure | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (code) doneRef.current?.focus();
  }, [code]);
  async function renew() {
    setBusy(true);
    setFailure(null);
    const result = await app.sync.renewRecoveryCode();
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      setCode(result.recoveryCode);
      props.onRenewed();
    } else setFailure(result.failure);
  }
  return (
    <section class="card" aria-labelledby="backup-renew">
      <h2 id="backup-renew">{t('backup.renew.title')}</h2>
      <p>{t('backup.renew.text')}</p>
      {confirming ? (
        <div class="confirm">
          <p>
            <strong>{t('backup.renew.confirm')}</strong>
          </p>
          <p class="actions">
            <button type="button" class="button" ref={confirmRef} onClick={renew} disabled={busy}>
              {busy ? t('backup.renew.busy') : t('backup.renew.confirmButton')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              {t('backup.renew.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p class="actions">
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setCode(null);
              setConfirming(true);
            }}
          >
            {t('backup.renew.button')}
          </button>
        </p>
      )}
      <p ref={doneRef} tabIndex={-1} role="status" class={code ? 'confirmation-text' : 'status-empty'}>
        {code && t('backup.renew.done')}
      </p>
      {code && <RecoveryCode code={code} />}
      <p role="alert" class={failure ? 'field-error' : 'status-empty'}>
        {failure && t(FAILURE_MESSAGES[failure])}
      </p>
    </section>
  );
}
