import type { LinkBody, LinkPreviewBody, SHARED_WITH_THERAPIST } from '@veerkracht/contract';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { dayAndTime } from '../../i18n/formatInstant';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { type LinkFailure, linkWith, previewLink, unlink, useLinks } from '../state';
import '../links.css';

const FAILURES: Record<LinkFailure, MessageKey> = {
  no_backup: 'links.failure.noBackup',
  offline: 'links.failure.offline',
  invalid_code: 'links.failure.invalidCode',
  already_linked: 'links.failure.alreadyLinked',
  too_many: 'links.failure.tooMany',
  failed: 'links.failure.failed',
};

const SHARES: Record<(typeof SHARED_WITH_THERAPIST)[number], MessageKey> = {
  check_ins: 'links.shares.checkIns',
  safety: 'links.shares.safety',
  measures: 'links.shares.measures',
  activity_plans: 'links.shares.activityPlans',
  exposure: 'links.shares.exposure',
  exercise: 'links.shares.exercise',
  sleep: 'links.shares.sleep',
  relaxation: 'links.shares.relaxation',
  reviews: 'links.shares.reviews',
};

/** The code in the address after `#` (a scanned QR code), without the `#`. */
function codeFromAddress(): string {
  return typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.replace(/^#/, ''));
}

/**
 * Linking goes through the server, so it needs the backup: turned on here in
 * one tap (anonymous: no name, no e-mail). The recovery code is then on the
 * backup page, which the person is asked to visit to write it down.
 */
function NoBackup(props: { onTurnedOn: () => void }) {
  const { t } = useI18n();
  const app = useApp();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<MessageKey | undefined>(undefined);
  async function turnOn() {
    setBusy(true);
    const result = await app.sync.turnOn();
    setBusy(false);
    if (result.ok) props.onTurnedOn();
    else setFailed(result.failure === 'offline' ? 'links.failure.offline' : 'links.failure.failed');
  }
  return (
    <section class="card" aria-labelledby="link-backup-title">
      <h2 id="link-backup-title">{t('links.noBackup.title')}</h2>
      <p>{t('links.noBackup.text')}</p>
      <p class="actions">
        <button type="button" class="button" onClick={turnOn} disabled={busy}>
          {busy ? t('links.noBackup.busy') : t('links.noBackup.action')}
        </button>
      </p>
      {failed && (
        <p class="field-error" role="alert">
          {t(failed)}
        </p>
      )}
    </section>
  );
}

function Preview(props: {
  preview: LinkPreviewBody;
  code: string;
  onLinked: (link: LinkBody) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const app = useApp();
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<MessageKey | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  async function link(event: Event) {
    event.preventDefault();
    if (!consent) {
      setError('links.consent.required');
      return;
    }
    setBusy(true);
    const result = await linkWith(app, props.code);
    setBusy(false);
    if (result.ok) props.onLinked(result.value);
    else setError(FAILURES[result.failure]);
  }
  return (
    <form class="card link-preview" onSubmit={link} noValidate aria-labelledby="link-preview-title">
      <h2 id="link-preview-title" tabIndex={-1} ref={headingRef}>
        {t('links.preview.title', { therapist: props.preview.therapist, practice: props.preview.practice })}
      </h2>
      <p>{t('links.preview.shares')}</p>
      <ul>
        {props.preview.shares.map((share) => (
          <li key={share}>{t(SHARES[share])}</li>
        ))}
      </ul>
      <p>{t('links.preview.notShared')}</p>
      <p>{t('links.preview.log')}</p>
      <div class="checkbox">
        <input
          id="link-consent"
          type="checkbox"
          checked={consent}
          onChange={(event) => {
            setConsent(event.currentTarget.checked);
            setError(undefined);
          }}
          aria-describedby={error ? 'link-consent-error' : undefined}
          aria-invalid={error === 'links.consent.required' ? 'true' : undefined}
        />
        <label for="link-consent">{t('links.consent.label', { therapist: props.preview.therapist })}</label>
      </div>
      {error && (
        <p id="link-consent-error" class="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <p class="actions">
        <button type="submit" class="button button--large" disabled={busy}>
          {busy ? t('links.linking') : t('links.link')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {t('links.cancel')}
        </button>
      </p>
    </form>
  );
}

function LinkItem(props: { link: LinkBody; onUnlinked: () => void; onFailed: (failure: LinkFailure) => void }) {
  const { t, lang } = useI18n();
  const app = useApp();
  const [busy, setBusy] = useState(false);
  const { link } = props;
  const since = dayAndTime(Date.parse(link.linkedAt), lang);
  const ended = link.unlinkedAt ? dayAndTime(Date.parse(link.unlinkedAt), lang) : undefined;
  async function end() {
    setBusy(true);
    const result = await unlink(app, link.id);
    setBusy(false);
    if (result.ok) props.onUnlinked();
    else props.onFailed(result.failure);
  }
  return (
    <li class="link-item" data-state={ended ? 'ended' : 'active'}>
      <p>
        <strong>{t('links.item.who', { therapist: link.therapist, practice: link.practice })}</strong>
      </p>
      <p class="hint">
        {ended
          ? t('links.item.ended', { since: since.day, until: ended.day })
          : t('links.item.since', { since: since.day })}
      </p>
      {!ended && (
        <>
          <p class="hint" id={`unlink-${link.id}-hint`}>
            {t('links.unlink.hint', { therapist: link.therapist })}
          </p>
          <p class="actions">
            <button
              type="button"
              class="button button--secondary"
              onClick={end}
              disabled={busy}
              aria-describedby={`unlink-${link.id}-hint`}
            >
              {busy ? t('links.unlink.busy') : t('links.unlink.button', { therapist: link.therapist })}
            </button>
          </p>
        </>
      )}
    </li>
  );
}

/**
 * Linking to a physiotherapist with the code from the practice: first who
 * it is and what they will see, then the person agrees; unlinking is one
 * tap (said beside the button beforehand) and ends the therapist's access at once.
 */
export function LinkPage() {
  const { t } = useI18n();
  const app = useApp();
  const { loaded, reload } = useLinks(app);
  const [code, setCode] = useState(codeFromAddress);
  const [codeError, setCodeError] = useState<MessageKey | undefined>(undefined);
  const [preview, setPreview] = useState<LinkPreviewBody | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // Backup was turned on here: point to the recovery code, which this page does not show.
  const [backupTurnedOn, setBackupTurnedOn] = useState(false);

  async function look(event: Event) {
    event.preventDefault();
    setMessage(undefined);
    if (code.trim() === '') {
      setCodeError('links.code.required');
      return;
    }
    setBusy(true);
    const result = await previewLink(app, code.trim());
    setBusy(false);
    if (result.ok) {
      setCodeError(undefined);
      setPreview(result.value);
    } else setCodeError(FAILURES[result.failure]);
  }

  if (loaded.state === 'failed' && loaded.failure === 'no_backup') {
    return (
      <>
        <PageHeading title={t('links.title')} />
        <p class="lead">{t('links.intro')}</p>
        <NoBackup
          onTurnedOn={() => {
            setMessage(t('links.noBackup.done'));
            setBackupTurnedOn(true);
            reload();
          }}
        />
      </>
    );
  }
  const links = loaded.state === 'ready' ? loaded.value.links : [];
  return (
    <>
      <PageHeading title={t('links.title')} />
      <p class="lead">{t('links.intro')}</p>
      {message && (
        <p class="confirmation" role="status">
          {message}
        </p>
      )}
      {backupTurnedOn && (
        <p>
          <a href="/backup">{t('links.noBackup.toBackup')}</a>
        </p>
      )}
      {preview ? (
        <Preview
          preview={preview}
          code={code.trim()}
          onCancel={() => setPreview(undefined)}
          onLinked={(link) => {
            setPreview(undefined);
            setCode('');
            setMessage(t('links.linked', { therapist: link.therapist }));
            reload();
          }}
        />
      ) : (
        <form class="card" onSubmit={look} noValidate aria-labelledby="link-code-title">
          <h2 id="link-code-title">{t('links.code.title')}</h2>
          <TextField
            id="link-code"
            label={t('links.code.label')}
            hint={t('links.code.hint')}
            value={code}
            onInput={(value) => {
              setCode(value);
              setCodeError(undefined);
            }}
            error={codeError ? t(codeError) : undefined}
          />
          <p class="actions">
            <button type="submit" class="button button--large" disabled={busy}>
              {busy ? t('links.looking') : t('links.look')}
            </button>
          </p>
        </form>
      )}
      <section aria-labelledby="links-title">
        <h2 id="links-title">{t('links.list.title')}</h2>
        {loaded.state === 'loading' && <p>{t('links.list.loading')}</p>}
        {loaded.state === 'failed' && <p role="alert">{t(FAILURES[loaded.failure])}</p>}
        {loaded.state === 'ready' && links.length === 0 && <p>{t('links.list.none')}</p>}
        {links.length > 0 && (
          <ul class="link-list">
            {links.map((link) => (
              <LinkItem
                key={link.id}
                link={link}
                onUnlinked={() => {
                  setMessage(t('links.unlinked', { therapist: link.therapist }));
                  reload();
                }}
                onFailed={(failure) => setMessage(t(FAILURES[failure]))}
              />
            ))}
          </ul>
        )}
        <p>
          <a href="/access-log">{t('links.toAccessLog')}</a>
        </p>
      </section>
    </>
  );
}
