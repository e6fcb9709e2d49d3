import type { PatientListBody } from '@veerkracht/contract';
import { ATTENTION_FLAGS, type AttentionFlag } from '@veerkracht/core';
import { useMemo, useState } from 'preact/hooks';
import { formatDayMonth, useI18n } from '../../i18n/i18n';
import { FLAG_NAMES } from '../flagWords';
import { FlagFacts } from './FlagFacts';

/** The linked patients in the order of clinical §11 (the server's), with search and a filter by flag. */
export function PatientList(props: { list: PatientListBody }) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useState('');
  const [flag, setFlag] = useState<AttentionFlag | ''>('');
  const shown = useMemo(() => {
    const words = search.trim().toLowerCase();
    return props.list.patients.filter(
      (patient) =>
        (words === '' || patient.label.toLowerCase().includes(words)) && (flag === '' || patient.flags.includes(flag)),
    );
  }, [props.list, search, flag]);
  return (
    <section aria-labelledby="patients-title">
      <h2 id="patients-title">{t('therapist.list.title')}</h2>
      <div class="staff-filters">
        <div class="field">
          <label class="field-label" for="patient-search">
            {t('therapist.list.search')}
          </label>
          <input
            id="patient-search"
            type="search"
            class="text-input--wide"
            value={search}
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label class="field-label" for="patient-flag">
            {t('therapist.list.filter')}
          </label>
          <select
            id="patient-flag"
            value={flag}
            onChange={(event) => setFlag(event.currentTarget.value as AttentionFlag | '')}
          >
            <option value="">{t('therapist.list.allFlags')}</option>
            {ATTENTION_FLAGS.map((each) => (
              <option key={each} value={each}>
                {t(FLAG_NAMES[each])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" class="hint">
        {t('therapist.list.count', { shown: shown.length, total: props.list.patients.length })}
      </p>
      {shown.length > 0 && (
        <table class="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('therapist.list.patient')}</th>
              <th scope="col">{t('therapist.list.flags')}</th>
              <th scope="col">{t('therapist.list.lastCheckIn')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((patient) => (
              <tr key={patient.patientId} data-patient={patient.label}>
                <th scope="row">
                  <a href={`/therapist/patients/${patient.patientId}`}>{patient.label}</a>
                </th>
                <td>
                  <FlagFacts entry={patient} />
                </td>
                <td>{patient.lastCheckIn ? formatDayMonth(patient.lastCheckIn, lang) : t('therapist.list.never')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
