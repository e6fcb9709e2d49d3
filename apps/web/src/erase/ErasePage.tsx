import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../data/app';
import { type EraseFailure, eraseEverything } from '../data/erase';
import { useObservable } from '../data/observable';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import { TextField } from '../ui/TextField';
import '../ui/kit.css';
import { confirmWordMatches } from './confirmWord';

const FAILURES: Record<EraseFailure, MessageKey> = {
  offline: 'erase.failed.offline',
  failed: 'erase.failed.failed',
  signed_out: 'erase.failed.signedOut',
};

type Step = 'explain' | 'confirm' | 'done';

/** Step 1: what goes, on this phone and (with backup on) on the server with every therapist's access, and what stays. */
function Explain(props: { backupOn: boolean; onNext: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <p>{t('erase.intro')}</p>
      <section class="card" aria-labelledby="erase-device">
        <h2 id="erase-device">{t('erase.device.title')}</h2>
        <p>{t('erase.device.text')}</p>
      </section>
      <section class="card" aria-labelledby="erase-server">
        <h2 id="erase-server">{t('erase.server.title')}</h2>
        {props.backupOn ? (
          <>
            <p>{t('erase.server.on')}</p>
            <p>{t('erase.server.therapists')}</p>
          </>
        ) : (
          <p>{t('erase.server.off')}</p>
        )}
      </section>
      <section class="card" aria-labelledby="erase-kept">
        <h2 id="erase-kept">{t('erase.kept.title')}</h2>
        <p>{t('erase.kept.log')}</p>
        <p>{t('erase.kept.file')}</p>
      </section>
      <p>
        <strong>{t('erase.undo')}</strong>
      </p>
      <p class="actions">
        <button type="button" class="button" onClick={props.onNext}>
          {t('erase.next')}
        </button>
        <a class="button button--secondary" href="/settings">
          {t('erase.cancel')}
        </a>
      </p>
    </>
  );
}

/** Step 2: the person types the word; only then is anything deleted, the server's copy first. */
function Confirm(props: { backupOn: boolean; onDone: () => void }) {
  const { t } = useI18n();
  const app = useApp();
  const word = t('erase.confirm.word');
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<EraseFailure | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!confirmWordMatches(typed, word)) {
      setWrong(true);
      inputRef.current?.focus();
      return;
    }
    setWrong(false);
    setBusy(true);
    const result = await eraseEverything(app);
    setBusy(false);
    if (result.ok) props.onDone();
    else setFailure(result.failure);
  }

  return (
    <section aria-labelledby="erase-confirm">
      <h2 id="erase-confirm" ref={headingRef} tabIndex={-1}>
        {t('erase.confirm.title')}
      </h2>
      <p>{t('erase.device.text')}</p>
      {props.backupOn && <p>{t('erase.server.on')}</p>}
      {props.backupOn && <p>{t('erase.server.therapists')}</p>}
      <p>
        <strong>{t('erase.undo')}</strong>
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="erase-word"
          label={t('erase.confirm.label', { word })}
          hint={t('erase.confirm.hint')}
          value={typed}
          onInput={(value) => {
            setTyped(value);
            setWrong(false);
          }}
          error={wrong ? t('erase.confirm.wrong', { word }) : undefined}
          inputRef={(element) => {
            inputRef.current = element;
          }}
        />
        <p class="actions">
          <button type="submit" class="button button--danger" disabled={busy}>
            {busy ? t('erase.confirm.busy') : t('erase.confirm.button')}
          </button>
          <a class="button button--secondary" href="/settings">
            {t('erase.cancel')}
          </a>
        </p>
        <p role="alert" class={failure ? 'field-error' : 'status-empty'}>
          {failure && t(FAILURES[failure])}
        </p>
      </form>
    </section>
  );
}

/** The end: everything is gone; starting again loads the app afresh, as on a first visit. */
function Done(props: { serverErased: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <p class="confirmation-text">{t('erase.done.text')}</p>
      {props.serverErased && <p>{t('erase.done.server')}</p>}
      <p>{t('erase.done.again')}</p>
      <p class="actions">
        <button type="button" class="button" onClick={() => location.assign('/')}>
          {t('erase.done.start')}
        </button>
      </p>
    </>
  );
}

/** `/erase`: "delete everything" in two steps (issue 14; docs/privacy.md). */
export function ErasePage() {
  const { t } = useI18n();
  const app = useApp();
  const view = useObservable(app.sync.view);
  const [step, setStep] = useState<Step>('explain');
  // What the page said when the person agreed: after erasing, backup is off either way.
  const [backupOnAtStart, setBackupOnAtStart] = useState(view.backupOn);
  const pageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step === 'explain') setBackupOnAtStart(view.backupOn);
  }, [step, view.backupOn]);
  useEffect(() => {
    // The step's content replaced the button that was pressed: the page's new heading takes the focus.
    if (step === 'done') pageRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [step]);
  return (
    <div class="page page--erase" ref={pageRef}>
      <PageHeading title={step === 'done' ? t('erase.done.title') : t('erase.title')} />
      {step === 'explain' && <Explain backupOn={view.backupOn} onNext={() => setStep('confirm')} />}
      {step === 'confirm' && <Confirm backupOn={backupOnAtStart} onDone={() => setStep('done')} />}
      {step === 'done' && <Done serverErased={backupOnAtStart} />}
    </div>
  );
}
