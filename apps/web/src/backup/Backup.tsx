import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../data/app';
import { type EraseFailure, eraseServerCopy } from '../data/erase';
import { useObservable } from '../data/observable';
import type { RestoreFailure } from '../data/sync/syncClient';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { Choices } from '../ui/Choices';
import { PageHeading } from '../ui/PageHeading';
import '../ui/kit.css';
import { DeviceList, RenewCode } from './Devices';
import { AddPasskey, PasskeyRestore } from './Passkeys';
import { RecoveryCode } from './RecoveryCode';
import { SyncStatusLine } from './SyncStatusLine';

const RESTORE_MESSAGES: Record<RestoreFailure, MessageKey> = {
  invalid: 'backup.restore.invalid',
  unknown: 'backup.restore.unknown',
  rate_limited: 'backup.restore.rateLimited',
  offline: 'backup.restore.offline',
  failed: 'backup.restore.failed',
};

function TurnOn(props: { onDone: () => void }) {
  const { t } = useI18n();
  const app = useApp();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<MessageKey | null>(null);
  async function turnOn() {
    setBusy(true);
    setMessage(null);
    const result = await app.sync.turnOn();
    setBusy(false);
    if (result.ok) props.onDone();
    else setMessage(result.failure === 'offline' ? 'backup.turnOn.offline' : 'backup.turnOn.failed');
  }
  return (
    <>
      <p class="actions">
        <button type="button" class="button" onClick={turnOn} disabled={busy}>
          {busy ? t('backup.turnOn.busy') : t('backup.turnOn.button')}
        </button>
      </p>
      <p role="alert" class={message ? 'field-error' : 'status-empty'}>
        {message && t(message)}
      </p>
    </>
  );
}

function ShowCode(props: { code: string; shown: boolean; onToggle: (shown: boolean) => void }) {
  const { t } = useI18n();
  const { shown } = props;
  return (
    <>
      <p class="actions">
        <button
          type="button"
          class="button button--secondary"
          aria-expanded={shown}
          onClick={() => props.onToggle(!shown)}
        >
          {shown ? t('backup.code.hide') : t('backup.code.show')}
        </button>
      </p>
      {shown && <RecoveryCode code={props.code} />}
    </>
  );
}

function Restore(props: { onDone: () => void }) {
  const { t } = useI18n();
  const app = useApp();
  const [code, setCode] = useState('');
  const [endOthers, setEndOthers] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RestoreFailure | 'done' | 'doneEnded' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    const outcome = await app.sync.restore(code, { endOtherDevices: endOthers });
    setBusy(false);
    setResult(outcome.ok ? (outcome.endedDevices > 0 ? 'doneEnded' : 'done') : outcome.failure);
    if (!outcome.ok) inputRef.current?.focus();
    else {
      setCode('');
      setEndOthers(false);
      props.onDone();
    }
  }
  const failed = result !== null && result !== 'done' && result !== 'doneEnded';
  return (
    <form class="restore-form" onSubmit={submit} noValidate>
      <div class="field">
        <label class="field-label" for="recovery-code">
          {t('backup.restore.label')}
        </label>
        <p id="recovery-code-hint" class="hint">
          {t('backup.restore.hint')}
        </p>
        <input
          id="recovery-code"
          ref={inputRef}
          class="code-input"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={code}
          onInput={(event) => setCode(event.currentTarget.value)}
          aria-describedby={failed ? 'recovery-code-hint recovery-code-error' : 'recovery-code-hint'}
          aria-invalid={failed ? 'true' : undefined}
        />
        <p id="recovery-code-error" role="alert" class={failed ? 'field-error' : 'status-empty'}>
          {failed && t(RESTORE_MESSAGES[result])}
        </p>
      </div>
      <div class="field">
        <div class="checkbox">
          <input
            id="end-other-devices"
            type="checkbox"
            checked={endOthers}
            aria-describedby="end-other-devices-hint"
            onChange={(event) => setEndOthers(event.currentTarget.checked)}
          />
          <label for="end-other-devices">{t('backup.restore.endOthers')}</label>
        </div>
        <p id="end-other-devices-hint" class="hint">
          {t('backup.restore.endOthersHint')}
        </p>
      </div>
      <p class="actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('backup.restore.busy') : t('backup.restore.button')}
        </button>
      </p>
      <p role="status" class={result === 'done' || result === 'doneEnded' ? 'confirmation-text' : 'status-empty'}>
        {result === 'done' && t('backup.restore.done')}
        {result === 'doneEnded' && t('backup.restore.doneEnded')}
      </p>
    </form>
  );
}

type OffChoice = 'keep' | 'erase';

const ERASE_FAILURES: Record<EraseFailure, MessageKey> = {
  offline: 'backup.off.eraseOffline',
  failed: 'backup.off.eraseFailed',
  signed_out: 'backup.off.eraseSignedOut',
};

/**
 * Turning backup off asks what happens to the copy on the server: it stays
 * (as before; the recovery code restores it later), or it is erased with
 * every physiotherapist's access (issue 14). Erasing waits for the server.
 */
function TurnOff(props: { onDone: (erased: boolean) => void }) {
  const { t } = useI18n();
  const app = useApp();
  const [confirming, setConfirming] = useState(false);
  const [choice, setChoice] = useState<OffChoice>('keep');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<MessageKey | null>(null);
  const choiceRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (confirming) choiceRef.current?.focus();
  }, [confirming]);
  async function turnOff() {
    setBusy(true);
    setMessage(null);
    if (choice === 'erase') {
      const result = await eraseServerCopy(app);
      setBusy(false);
      if (result.ok) {
        setConfirming(false);
        props.onDone(true);
      } else setMessage(ERASE_FAILURES[result.failure]);
      return;
    }
    const result = await app.sync.turnOff();
    setBusy(false);
    setConfirming(false);
    // On success this section goes away; the page says it is done, next to the backup state.
    if (result.ok) props.onDone(false);
    else setMessage(result.failure === 'offline' ? 'backup.off.offline' : 'backup.off.failed');
  }
  return (
    <section class="card" aria-labelledby="backup-off">
      <h2 id="backup-off">{t('backup.off.title')}</h2>
      <p>{t('backup.off.text')}</p>
      {confirming ? (
        <div class="confirm">
          <Choices<OffChoice>
            name="backup-off-server"
            legend={t('backup.off.serverQuestion')}
            options={[
              { value: 'keep', label: t('backup.off.keep'), hint: t('backup.off.keepHint') },
              { value: 'erase', label: t('backup.off.erase'), hint: t('backup.off.eraseHint') },
            ]}
            value={choice}
            onChange={setChoice}
            focusRef={choiceRef}
          />
          {choice === 'keep' && (
            <p>
              <strong>{t('backup.off.confirm')}</strong>
            </p>
          )}
          <p class="actions">
            <button type="button" class="button button--danger" onClick={turnOff} disabled={busy}>
              {busy
                ? t(choice === 'erase' ? 'backup.off.eraseBusy' : 'backup.off.busy')
                : t(choice === 'erase' ? 'backup.off.eraseButton' : 'backup.off.confirmButton')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              {t('backup.off.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p class="actions">
          <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
            {t('backup.off.button')}
          </button>
        </p>
      )}
      <p role="alert" class={message ? 'field-error' : 'status-empty'}>
        {message && t(message)}
      </p>
    </section>
  );
}

export function Backup() {
  const { t } = useI18n();
  const app = useApp();
  const view = useObservable(app.sync.view);
  // Shown at once right after turning backup on: that is the moment to write it down.
  const [codeShown, setCodeShown] = useState(false);
  const [turnedOff, setTurnedOff] = useState(false);
  const [erased, setErased] = useState(false);
  // A new link (restore) is a new token: the list of devices is read again for it.
  const [links, setLinks] = useState(0);
  const offRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The button that was pressed is gone; continue from the message that says what happened.
    if (turnedOff) offRef.current?.focus();
  }, [turnedOff]);
  return (
    <div class="page page--backup">
      <PageHeading title={t('backup.title')} />

      <section class="card" aria-labelledby="backup-what">
        <h2 id="backup-what">{t('backup.what.title')}</h2>
        <p>{t('backup.what.text1')}</p>
        <p>{t('backup.what.text2')}</p>
        <p>{t('backup.what.text3')}</p>
      </section>

      <section class="card" aria-labelledby="backup-status">
        <h2 id="backup-status">{t('backup.status.title')}</h2>
        <SyncStatusLine />
        <p ref={offRef} tabIndex={-1} role="status" class={turnedOff && !view.backupOn ? 'notice' : 'status-empty'}>
          {turnedOff && !view.backupOn && t(erased ? 'backup.off.doneErased' : 'backup.off.done')}
        </p>
        {view.backupOn ? (
          <>
            <p>{t('backup.status.on')}</p>
            {view.recoveryCode && <ShowCode code={view.recoveryCode} shown={codeShown} onToggle={setCodeShown} />}
          </>
        ) : (
          <TurnOn
            onDone={() => {
              setTurnedOff(false);
              setErased(false);
              setCodeShown(true);
            }}
          />
        )}
      </section>

      {/* Only while this device is linked: a signed-out or expired device has no devices to show. */}
      {view.backupOn && view.failure !== 'unauthorized' && (
        <>
          <DeviceList key={links} />
          <RenewCode onRenewed={() => setCodeShown(false)} />
          <AddPasskey />
        </>
      )}

      <section class="card" aria-labelledby="backup-restore">
        <h2 id="backup-restore">{t('backup.restore.title')}</h2>
        {view.authProblem === 'expired' && <p class="notice">{t('backup.expired.text')}</p>}
        <p>{t('backup.restore.text')}</p>
        <Restore onDone={() => setLinks((count) => count + 1)} />
        <PasskeyRestore onDone={() => setLinks((count) => count + 1)} />
      </section>

      {view.backupOn && (
        <TurnOff
          onDone={(serverErased) => {
            setCodeShown(false);
            setErased(serverErased);
            setTurnedOff(true);
          }}
        />
      )}

      <section class="card" aria-labelledby="backup-erase">
        <h2 id="backup-erase">{t('backup.erase.title')}</h2>
        <p>{t('backup.erase.text')}</p>
        <p>
          <a href="/erase">{t('backup.erase.link')}</a>
        </p>
      </section>
    </div>
  );
}
