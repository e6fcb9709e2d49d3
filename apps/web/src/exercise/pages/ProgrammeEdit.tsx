import { type ProgrammeItem, startingItem } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../../data/app';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { ProgrammeEditor } from '../components/ProgrammeEditor';
import { changeProgramme, useProgramme } from '../state';
import '../../ui/kit.css';
import '../exercise.css';
import { NothingHere } from '../components/NothingHere';

/**
 * `/exercise/edit`: other days, other exercises, or stopping. Saved as a new
 * version of the programme; exercises that stay keep their doses, new ones
 * start light.
 */
export function ProgrammeEdit() {
  const { t } = useI18n();
  const app = useApp();
  const { route } = useLocation();
  const { view } = useProgramme();
  const [confirmStop, setConfirmStop] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!view) {
    return <NothingHere title={t('exercise.edit.title')} text={t('exercise.edit.none')} />;
  }
  const { programme } = view;
  return (
    <div class="page page--exercise">
      <PageHeading title={t('exercise.edit.title')} />
      <p class="lead">{t('exercise.edit.intro')}</p>
      <ProgrammeEditor
        initial={{
          days: programme.days,
          items: programme.items.map((item) => ({ exerciseId: item.exerciseId, feared: item.feared === true })),
        }}
        submitLabel={t('exercise.edit.save')}
        onSubmit={async (draft) => {
          const items = draft.items.map(
            (chosen): ProgrammeItem =>
              programme.items.find((item) => item.exerciseId === chosen.exerciseId) ??
              startingItem(chosen.exerciseId, chosen.feared),
          );
          await changeProgramme(app, view, { days: draft.days, items });
          route('/exercise');
        }}
      />
      <section class="card" aria-labelledby="stop-programme">
        <h2 id="stop-programme">{t('exercise.edit.stopTitle')}</h2>
        <p>{t('exercise.edit.stopText')}</p>
        {confirmStop ? (
          <fieldset class="confirm">
            <legend>{t('exercise.edit.stopConfirm')}</legend>
            <p class="actions">
              <button
                type="button"
                class="button button--danger"
                onClick={async () => {
                  try {
                    await changeProgramme(app, view, { status: 'stopped' });
                    route('/exercise');
                  } catch {
                    setFailed(true);
                  }
                }}
              >
                {t('exercise.edit.stopYes')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setConfirmStop(false)}>
                {t('exercise.edit.stopNo')}
              </button>
            </p>
          </fieldset>
        ) : (
          <p>
            <button type="button" class="button button--secondary" onClick={() => setConfirmStop(true)}>
              {t('exercise.edit.stop')}
            </button>
          </p>
        )}
        {failed && (
          <p class="field-error" role="alert">
            {t('exercise.saveFailed')}
          </p>
        )}
      </section>
    </div>
  );
}
