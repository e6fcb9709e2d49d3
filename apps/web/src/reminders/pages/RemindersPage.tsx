import { useApp } from '../../data/app';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { Channels, NextReminders } from '../components/Channels';
import { ReminderForm } from '../components/ReminderForm';
import { useReminderSettings, useReminderStatus } from '../state';
import '../reminders.css';

/** `/reminders`: what to be reminded of and when, the quiet hours, and how reminders reach the person. */
export function RemindersPage() {
  const { t } = useI18n();
  const app = useApp();
  const { settings, record } = useReminderSettings();
  const { view, reload } = useReminderStatus(app);
  return (
    <div class="page page--reminders">
      <PageHeading title={t('reminders.title')} />
      <p class="lead">{t('reminders.intro')}</p>
      <section class="card">
        {/* Planned by the server after the next sync; the status is read again a moment later. */}
        <ReminderForm settings={settings} record={record} onSaved={() => reload(1500)} />
      </section>
      <Channels view={view} reload={reload} />
      <NextReminders view={view} />
    </div>
  );
}
