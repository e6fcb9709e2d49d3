import type { RetentionSettingsBody } from '@veerkracht/contract';
import { useEffect, useState } from 'preact/hooks';
import { dayAndTime } from '../../i18n/formatInstant';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';
import { therapistApi } from '../api';
import { problemOf } from '../problems';

/**
 * The administrator sets how long the data of the practice's unlinked or
 * inactive patients is kept (issue 14, docs/privacy.md): days after the
 * patient's last sign of life; a daily purge erases what is past it.
 */
export function RetentionSetting() {
  const { t, lang } = useI18n();
  const [settings, setSettings] = useState<RetentionSettingsBody | undefined>(undefined);
  const [days, setDays] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void therapistApi.retention().then((result) => {
      if (result.ok) {
        setSettings(result.value);
        setDays(String(result.value.days));
      } else setProblem(t(problemOf(result)));
    });
  }, [t]);
  async function save(event: Event) {
    event.preventDefault();
    setSaved(false);
    const value = Number(days.trim());
    if (settings && (!/^\d+$/.test(days.trim()) || value < settings.minDays || value > settings.maxDays)) {
      setProblem(t('therapist.retention.range', { min: settings.minDays, max: settings.maxDays }));
      return;
    }
    const result = await therapistApi.setRetention(value);
    if (result.ok) {
      setSettings(result.value);
      setDays(String(result.value.days));
      setProblem(undefined);
      setSaved(true);
    } else setProblem(t(problemOf(result)));
  }
  const changed = settings?.changedAt ? dayAndTime(Date.parse(settings.changedAt), lang) : undefined;
  return (
    <section class="card" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('therapist.retention.title')}</h2>
      <p>{t('therapist.retention.text')}</p>
      {settings && (
        <p>
          {settings.isDefault
            ? t('therapist.retention.currentDefault', { days: settings.days })
            : t('therapist.retention.current', { days: settings.days, day: changed?.day ?? '' })}{' '}
          {t('therapist.retention.unlinked', { days: settings.unlinkedDays })}
        </p>
      )}
      <form onSubmit={save} noValidate>
        <TextField
          id="retention-days"
          label={t('therapist.retention.label')}
          hint={settings ? t('therapist.retention.hint', { min: settings.minDays, max: settings.maxDays }) : undefined}
          unit={t('therapist.retention.unit')}
          numeric
          value={days}
          onInput={(value) => {
            setDays(value);
            setSaved(false);
          }}
          error={problem}
        />
        <p class="actions">
          <button type="submit" class="button">
            {t('therapist.retention.save')}
          </button>
        </p>
        {/* Only once saved: the accounts form above has the page's standing status line. */}
        {saved && (
          <p role="status" class="confirmation-text">
            {t('therapist.retention.saved')}
          </p>
        )}
      </form>
    </section>
  );
}
