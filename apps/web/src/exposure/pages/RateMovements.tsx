import { EXPOSURE_LIMITS, MOVEMENTS, type MovementId } from '@veerkracht/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { RadioScale } from '../../ui/RadioScale';
import { SavedConfirmation } from '../../ui/SavedConfirmation';
import { MovementDrawing } from '../components/MovementDrawing';
import { movementNameKey } from '../names';
import { saveFearRatings, useExposure } from '../state';
import { useMovementTexts } from '../texts';
import '../../ui/kit.css';
import '../exposure.css';

/**
 * `/movements/rate`: rate how harmful each movement seems (0–100, in tens);
 * skipped ones keep their rating. The scale names only its ends (0 not
 * harmful at all, 100 extremely harmful): a word in the middle would pull
 * answers towards it, near the offer threshold of 50 (docs/clinical-rules.md §4).
 */
export function RateMovements() {
  const { t } = useI18n();
  const app = useApp();
  const exposure = useExposure();
  const texts = useMovementTexts();
  const [values, setValues] = useState<Partial<Record<MovementId, string>>>({});
  const [phase, setPhase] = useState<'editing' | 'saving' | 'saved' | 'failed' | 'empty'>('editing');
  const statusRef = useRef<HTMLDivElement>(null);
  const firstScale = useRef<HTMLInputElement | null>(null);
  const previous = new Map(exposure.ratings.map((r) => [r.movement, r.rating]));

  useLayoutEffect(() => {
    if (phase === 'saved') statusRef.current?.focus();
    if (phase === 'empty') firstScale.current?.focus();
  }, [phase]);

  async function submit(event: Event) {
    event.preventDefault();
    if (phase === 'saving') return;
    const ratings = MOVEMENTS.flatMap((movement) => {
      const value = values[movement];
      return value === undefined ? [] : [{ movement, rating: Number(value) }];
    });
    if (ratings.length === 0) {
      setPhase('empty');
      return;
    }
    setPhase('saving');
    try {
      await saveFearRatings(app, ratings);
      setPhase('saved');
    } catch {
      setPhase('failed');
    }
  }

  return (
    <div class="page page--rate">
      <PageHeading title={t('movements.rate.title')} />
      <SavedConfirmation
        statusRef={statusRef}
        saved={phase === 'saved'}
        text={t('movements.rate.saved')}
        backHref="/movements"
        backText={t('movements.rate.toMovements')}
      />
      {phase !== 'saved' && (
        <form noValidate onSubmit={submit}>
          <p class="lead">{t('movements.rate.intro')}</p>
          {MOVEMENTS.map((movement, index) => {
            const before = previous.get(movement);
            return (
              <section class="ga-rating-card" key={movement} aria-labelledby={`rate-${movement}-name`}>
                <div class="movement">
                  <MovementDrawing movement={movement} />
                  <div>
                    <h2 class="movement-name" id={`rate-${movement}-name`}>
                      {t(movementNameKey(movement))}
                    </h2>
                    <p class="movement-text">{texts[movement]}</p>
                    {before !== undefined && <p class="hint">{t('movements.rate.previous', { rating: before })}</p>}
                  </div>
                </div>
                <RadioScale
                  name={`fear-${movement}`}
                  label={t('movements.rate.label')}
                  labelHidden={t(movementNameKey(movement))}
                  min={EXPOSURE_LIMITS.rating.min}
                  max={EXPOSURE_LIMITS.rating.max}
                  step={10}
                  value={values[movement] ?? ''}
                  optional
                  anchors={[
                    { value: 0, text: t('movements.rate.anchor.0') },
                    { value: 100, text: t('movements.rate.anchor.100') },
                  ]}
                  onChange={(value) => {
                    setValues((current) => ({ ...current, [movement]: value }));
                    if (phase === 'empty') setPhase('editing');
                  }}
                  inputRef={
                    index === 0
                      ? (element, value) => {
                          if (value === 0) firstScale.current = element;
                        }
                      : undefined
                  }
                />
              </section>
            );
          })}
          {phase === 'empty' && (
            <p class="field-error" role="alert">
              {t('movements.rate.nothing')}
            </p>
          )}
          {phase === 'failed' && (
            <p class="field-error" role="alert">
              {t('movements.rate.saveFailed')}
            </p>
          )}
          <p class="actions">
            <button type="submit" class="button button--large" disabled={phase === 'saving'}>
              {phase === 'saving' ? t('movements.rate.saving') : t('movements.rate.submit')}
            </button>
          </p>
        </form>
      )}
    </div>
  );
}
