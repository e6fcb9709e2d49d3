import type { RelaxationSession } from '@veerkracht/core';
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../data/app';
import { useI18n } from '../i18n/i18n';
import { saveRelaxationSession } from './state';

/**
 * The end of a session: calm words, and the session saved (it says "Saved"
 * only once the save has committed; a failed save can be tried again, the
 * session is kept on the page until then). Takes focus when it appears.
 */
export function SessionEnd(props: { record: RelaxationSession | undefined; completed: boolean; onAgain: () => void }) {
  const { t } = useI18n();
  const app = useApp();
  const [state, setState] = useState<'saving' | 'saved' | 'failed'>('saving');
  const heading = useRef<HTMLHeadingElement>(null);
  const { record } = props;

  const save = () => {
    if (!record) return;
    setState('saving');
    saveRelaxationSession(app, record).then(
      () => setState('saved'),
      () => setState('failed'),
    );
  };
  // Saved once, when the end appears; a retry is a tap.
  const firstSave = useRef(save);
  useEffect(() => {
    heading.current?.focus();
    firstSave.current();
  }, []);

  return (
    <section class="card relax-end" aria-labelledby="relax-end">
      <h2 id="relax-end" ref={heading} tabIndex={-1}>
        {t('relax.done.title')}
      </h2>
      <p>{t(props.completed ? 'relax.done.text' : 'relax.done.stopped')}</p>
      <p role="status" class={record && state === 'saved' ? 'confirmation-text' : undefined}>
        {!record
          ? t('relax.done.tooShort')
          : state === 'saved'
            ? t('relax.done.saved')
            : state === 'saving'
              ? t('relax.done.saving')
              : ''}
      </p>
      {record && state === 'failed' && (
        <p class="field-error" role="alert">
          {t('relax.done.saveFailed')}{' '}
          <button type="button" class="button button--secondary" onClick={save}>
            {t('relax.done.retry')}
          </button>
        </p>
      )}
      <p class="actions">
        <button type="button" class="button button--secondary" onClick={props.onAgain}>
          {t('relax.done.again')}
        </button>
        <a class="text-link" href="/relax">
          {t('relax.done.back')}
        </a>
      </p>
    </section>
  );
}

/** How a session ended: the record to save (none when too short) and whether it ran to its end. */
export type Ended = { record: RelaxationSession | undefined; completed: boolean };

/**
 * The three stages of a session on one page, shared by the pacer and the
 * guides: before it starts (`setup`, given the way to start), while it runs
 * (`running`, given its start and the way to end), and its end. After "Once
 * more" the focus goes to the first button of the setup (its Start), so a
 * keyboard is never left on nothing.
 */
export function SessionStages(props: {
  setup: (start: () => void) => ComponentChildren;
  running: (startedAt: string, end: (ended: Ended) => void) => ComponentChildren;
}) {
  const app = useApp();
  const [session, setSession] = useState<{ startedAt: string } | null>(null);
  const [ended, setEnded] = useState<Ended | null>(null);
  const [again, setAgain] = useState(0);
  const setupBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (again > 0) setupBox.current?.querySelector('button')?.focus();
  }, [again]);
  if (ended)
    return (
      <SessionEnd
        record={ended.record}
        completed={ended.completed}
        onAgain={() => {
          setEnded(null);
          setSession(null);
          setAgain((count) => count + 1);
        }}
      />
    );
  if (session)
    return (
      <>
        {props.running(session.startedAt, (end) => {
          setEnded(end);
          setSession(null);
        })}
      </>
    );
  return <div ref={setupBox}>{props.setup(() => setSession({ startedAt: new Date(app.now()).toISOString() }))}</div>;
}

/** Pause or continue, and stop: the same two buttons under the pacer and a guide. */
export function RunControls(props: {
  running: boolean;
  pauseRef: RefObject<HTMLButtonElement | null>;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {!props.running && <p>{t('relax.pacer.paused')}</p>}
      <p class="actions">
        <button
          ref={props.pauseRef}
          type="button"
          class="button"
          onClick={() => (props.running ? props.onPause() : props.onResume())}
        >
          {t(props.running ? 'relax.pacer.pause' : 'relax.pacer.resume')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onStop}>
          {t('relax.pacer.stop')}
        </button>
      </p>
    </>
  );
}
