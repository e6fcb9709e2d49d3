import { useApp } from '../../data/app';
import { dayAndTime } from '../../i18n/formatInstant';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { entryWords } from '../accessLogWords';
import { type LinkFailure, useAccessLog } from '../state';
import '../links.css';

const FAILURES: Record<LinkFailure, MessageKey> = {
  no_backup: 'links.log.noBackup',
  offline: 'links.failure.offline',
  invalid_code: 'links.failure.failed',
  already_linked: 'links.failure.failed',
  too_many: 'links.failure.failed',
  failed: 'links.failure.failed',
};

/** "Who looked at my data": every read or change by someone else, newest first, in plain words. */
export function AccessLogPage() {
  const { t, lang } = useI18n();
  const loaded = useAccessLog(useApp());
  const list = (items: string[]) =>
    new Intl.ListFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(items);
  return (
    <>
      <PageHeading title={t('links.log.title')} />
      <p class="lead">{t('links.log.intro')}</p>
      {loaded.state === 'loading' && <p>{t('links.list.loading')}</p>}
      {loaded.state === 'failed' && <p role="alert">{t(FAILURES[loaded.failure])}</p>}
      {loaded.state === 'ready' && loaded.value.entries.length === 0 && <p>{t('links.log.none')}</p>}
      {loaded.state === 'ready' && loaded.value.entries.length > 0 && (
        <ul class="access-log">
          {loaded.value.entries.map((entry, index) => {
            const when = dayAndTime(Date.parse(entry.at), lang);
            const words = entryWords(entry);
            return (
              // Entries have no id of their own for the patient; the list is only ever replaced whole.
              <li key={index}>
                <strong>{t('links.log.when', { day: when.day, time: when.time })}</strong>{' '}
                {t(words.action, {
                  who: entry.actor,
                  practice: entry.onBehalfOf,
                  what: list(words.items.map((item) => t(item))),
                })}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a href="/link">{t('links.log.toLinks')}</a>
      </p>
    </>
  );
}
