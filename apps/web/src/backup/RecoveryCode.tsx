import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { QrCode } from './QrCode';

/** A recovery code as the person should see it once: large, copyable, with a QR code and the advice to write it down. */
export function RecoveryCode(props: { code: string }) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  async function copyCode() {
    setCopy(null);
    try {
      // Not every browser offers the clipboard (older ones, or a page not served over https).
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(props.code);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }
  return (
    <div class="recovery">
      <h3>{t('backup.code.title')}</h3>
      <p class="recovery-code" data-recovery-code>
        {/* One unbreakable piece per group; lines are balanced, so a group is never left alone on a line. */}
        {props.code.split('-').map((group, index, groups) => (
          <span key={group + String(index)} class="code-group">
            {group}
            {index < groups.length - 1 ? '-' : ''}
          </span>
        ))}
      </p>
      <p class="actions">
        <button type="button" class="button button--secondary" onClick={copyCode} data-copy-code>
          {t('backup.code.copy')}
        </button>
      </p>
      <p
        role="status"
        class={copy === 'copied' ? 'confirmation-text' : copy === 'failed' ? 'notice' : 'status-empty'}
        data-copy-status={copy ?? undefined}
      >
        {copy === 'copied' && t('backup.code.copied')}
        {copy === 'failed' && t('backup.code.copyFailed')}
      </p>
      <p>
        <strong>{t('backup.code.writeDown')}</strong>
      </p>
      <QrCode text={props.code} label={t('backup.code.qrLabel')} />
      <p class="hint">{t('backup.code.qrText')}</p>
    </div>
  );
}
