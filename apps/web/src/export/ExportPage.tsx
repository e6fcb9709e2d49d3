import { buildPersonExport, exportCsvFiles, exportFileName } from '@veerkracht/core';
import { strToU8, zipSync } from 'fflate';
import { useState } from 'preact/hooks';
import { useApp, useRecords } from '../data/app';
import { nowInstant } from '../data/records';
import { useToday } from '../data/useCheckIns';
import { useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import { saveFile } from './download';
import '../ui/kit.css';
import './export.css';

type Phase = { state: 'idle' } | { state: 'working' } | { state: 'made'; name: string } | { state: 'failed' };

/**
 * `/export`: everything on this device as one JSON file or as CSV tables in a zip, made here from the records in
 * memory (offline too), and the way to the printable summary. One tap per file (capability 17: export in one step).
 */
export function ExportPage() {
  const { t, tn, lang } = useI18n();
  const app = useApp();
  const records = useRecords();
  const today = useToday();
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  const count = [...records.all.values()].filter((record) => !record.deleted).length;

  const make = (extension: 'json' | 'zip') => {
    setPhase({ state: 'working' });
    try {
      const personExport = buildPersonExport(records.all.values(), { exportedAt: nowInstant(app), language: lang });
      const name = exportFileName(today, extension);
      if (extension === 'json') {
        saveFile(new Blob([JSON.stringify(personExport, null, 2)], { type: 'application/json' }), name);
      } else {
        const files = Object.fromEntries(exportCsvFiles(personExport).map((file) => [file.name, strToU8(file.text)]));
        saveFile(new Blob([zipSync(files, { level: 6 })], { type: 'application/zip' }), name);
      }
      setPhase({ state: 'made', name });
    } catch {
      setPhase({ state: 'failed' });
    }
  };

  const working = phase.state === 'working';
  return (
    <div class="page page--export">
      <PageHeading title={t('export.title')} />
      <p class="lead">{t('export.intro')}</p>
      <p data-record-count={count}>{tn('export.count', count)}</p>
      <section class="card" aria-labelledby="export-all">
        <h2 id="export-all">{t('export.all.title')}</h2>
        <p>{t('export.all.text')}</p>
        <p class="actions">
          <button type="button" class="button" disabled={working} onClick={() => make('json')}>
            {t('export.all.button')}
          </button>
        </p>
      </section>
      <section class="card" aria-labelledby="export-csv">
        <h2 id="export-csv">{t('export.csv.title')}</h2>
        <p>{t('export.csv.text')}</p>
        <p class="actions">
          <button type="button" class="button" disabled={working} onClick={() => make('zip')}>
            {t('export.csv.button')}
          </button>
        </p>
      </section>
      <p role="status" class={phase.state === 'made' ? 'confirmation-text' : 'status-empty'}>
        {phase.state === 'working' && t('export.working')}
        {phase.state === 'made' && t('export.made', { name: phase.name })}
      </p>
      {phase.state === 'failed' && (
        <p class="field-error" role="alert">
          {t('export.failed')}
        </p>
      )}
      <section class="card" aria-labelledby="export-summary">
        <h2 id="export-summary">{t('export.summary.title')}</h2>
        <p>{t('export.summary.text')}</p>
        <p class="actions">
          <a class="button button--secondary" href="/export/summary">
            {t('export.summary.link')}
          </a>
        </p>
      </section>
      <p class="hint">{t('export.private')}</p>
    </div>
  );
}
