import {
  collectExposureRecords,
  type Equipment,
  latestFearRatings,
  proposeStarterProgramme,
  type StarterAnswers,
} from '@veerkracht/core';
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp, useRecords } from '../../data/app';
import { snapshotReader } from '../../data/records';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { Choices } from '../../ui/Choices';
import { PageHeading } from '../../ui/PageHeading';
import { type ProgrammeDraft, ProgrammeEditor } from '../components/ProgrammeEditor';
import { createProgramme, useProgrammes } from '../state';
import '../../ui/kit.css';
import '../exercise.css';

const EQUIPMENT: readonly Exclude<Equipment, 'none'>[] = ['chair', 'band', 'weights'];
const EQUIPMENT_NAME: Record<Exclude<Equipment, 'none'>, MessageKey> = {
  chair: 'exercise.equipment.chair',
  band: 'exercise.equipment.band',
  weights: 'exercise.equipment.weights',
};

/**
 * `/exercise/new`: a few questions (what you have at home, how much time,
 * how many days), then the core's starter proposal, which the person
 * accepts as it is or edits. Exercises like a movement the person rated as
 * scary come last and start at their easiest (docs/clinical-rules.md §9.4).
 */
export function ProgrammeNew() {
  const { t } = useI18n();
  const app = useApp();
  const records = useRecords();
  const { route } = useLocation();
  const { programmes } = useProgrammes();
  const [equipment, setEquipment] = useState<Exclude<Equipment, 'none'>[]>([]);
  const [minutes, setMinutes] = useState<StarterAnswers['minutes']>(10);
  const [daysPerWeek, setDaysPerWeek] = useState<StarterAnswers['daysPerWeek']>(2);
  const [proposal, setProposal] = useState<ProgrammeDraft | null>(null);
  const fearRatings = useMemo(
    () => latestFearRatings(collectExposureRecords(snapshotReader(records)).ratings),
    [records],
  );

  if (proposal) {
    const feared = proposal.items.some((item) => item.feared);
    return (
      <div class="page page--exercise">
        <PageHeading title={t('exercise.new.proposalTitle')} />
        <p class="lead">{t('exercise.new.proposalIntro')}</p>
        {feared && <p class="notice">{t('exercise.new.feared')}</p>}
        <ProgrammeEditor
          initial={proposal}
          submitLabel={t('exercise.new.save')}
          onSubmit={async (draft) => {
            await createProgramme(app, draft, programmes);
            route('/exercise');
          }}
        />
        <p>
          <button type="button" class="text-button" onClick={() => setProposal(null)}>
            {t('exercise.new.back')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div class="page page--exercise">
      <PageHeading title={t('exercise.new.title')} />
      <p class="lead">{t('exercise.new.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setProposal(proposeStarterProgramme({ equipment, minutes, daysPerWeek, fearRatings }));
        }}
      >
        <fieldset class="field">
          <legend class="field-label">{t('exercise.new.equipment')}</legend>
          <p class="hint">{t('exercise.new.equipmentHint')}</p>
          {EQUIPMENT.map((item) => (
            <div class="checkbox" key={item}>
              <input
                id={`equipment-${item}`}
                type="checkbox"
                checked={equipment.includes(item)}
                onChange={(event) =>
                  setEquipment((current) =>
                    event.currentTarget.checked ? [...current, item] : current.filter((other) => other !== item),
                  )
                }
              />
              <label for={`equipment-${item}`}>{t(EQUIPMENT_NAME[item])}</label>
            </div>
          ))}
        </fieldset>
        <Choices
          name="minutes"
          legend={t('exercise.new.minutes')}
          layout="stacked"
          options={([10, 20, 30] as const).map((value) => ({
            value: String(value),
            label: t('exercise.new.minutesOption', { minutes: value }),
          }))}
          value={String(minutes)}
          onChange={(value) => setMinutes(Number(value) as StarterAnswers['minutes'])}
        />
        <Choices
          name="daysPerWeek"
          legend={t('exercise.new.daysPerWeek')}
          hint={t('exercise.new.daysPerWeekHint')}
          layout="stacked"
          options={([2, 3] as const).map((value) => ({
            value: String(value),
            label: t('exercise.new.daysOption', { days: value }),
          }))}
          value={String(daysPerWeek)}
          onChange={(value) => setDaysPerWeek(Number(value) as StarterAnswers['daysPerWeek'])}
        />
        <p class="actions">
          <button type="submit" class="button">
            {t('exercise.new.propose')}
          </button>
        </p>
      </form>
    </div>
  );
}
