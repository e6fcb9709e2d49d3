import {
  EXPOSURE_LIMITS,
  exposureDifference,
  FEARED_OUTCOME_ANSWERS,
  type FearedOutcome,
  isMovementId,
  type MovementId,
} from '@veerkracht/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useApp } from '../../data/app';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { Choices } from '../../ui/Choices';
import { PageHeading } from '../../ui/PageHeading';
import { RadioScale } from '../../ui/RadioScale';
import { MovementDrawing } from '../components/MovementDrawing';
import { movementNameKey } from '../names';
import { saveExposure } from '../state';
import { useMovementTexts } from '../texts';
import '../../ui/kit.css';
import '../exposure.css';

type Step = 'expect' | 'do' | 'saving' | 'done' | 'failed';

const FEARED_LABEL: Record<FearedOutcome, MessageKey> = {
  yes: 'movements.practise.feared.yes',
  no: 'movements.practise.feared.no',
  not_sure: 'movements.practise.feared.not_sure',
};

const FEARED_RESULT: Record<FearedOutcome, MessageKey> = {
  yes: 'movements.practise.result.feared.yes',
  no: 'movements.practise.result.feared.no',
  not_sure: 'movements.practise.result.feared.not_sure',
};

const isFearedOutcome = (value: string): value is FearedOutcome =>
  (FEARED_OUTCOME_ANSWERS as readonly string[]).includes(value);

/**
 * `/movements/:movement`: one exposure (docs/clinical-rules.md §4). First the
 * pain the person expects (0–10), then the movement, then the pain they had
 * and whether what they feared happened; expectation versus experience is
 * shown afterwards. The stop rule stays on the page at every step. Never a
 * question about damage: nobody can feel damage.
 */
export function PractiseMovement() {
  const { t } = useI18n();
  const { params } = useRoute();
  const movement = params.movement ?? '';
  if (!isMovementId(movement)) {
    return (
      <div class="page">
        <PageHeading title={t('movements.practise.notFound')} />
        <p>
          <a class="text-link" href="/movements">
            {t('movements.practise.back')}
          </a>
        </p>
      </div>
    );
  }
  return <Practise key={movement} movement={movement} />;
}

function Practise(props: { movement: MovementId }) {
  const { t, tn } = useI18n();
  const app = useApp();
  const texts = useMovementTexts();
  const { movement } = props;
  const [step, setStep] = useState<Step>('expect');
  const [expected, setExpected] = useState('');
  const [actual, setActual] = useState('');
  const [feared, setFeared] = useState('');
  const [error, setError] = useState<'expected' | 'actual' | 'feared' | null>(null);
  const focusRef = useRef<HTMLElement | null>(null);
  const expectedFirst = useRef<HTMLInputElement | null>(null);
  const actualFirst = useRef<HTMLInputElement | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (step === 'do') focusRef.current?.focus();
    if (step === 'done') resultRef.current?.focus();
  }, [step]);
  useLayoutEffect(() => {
    if (error === 'expected') expectedFirst.current?.focus();
    if (error === 'actual') actualFirst.current?.focus();
    if (error === 'feared') document.querySelector<HTMLInputElement>('input[name="fearedHappened"]')?.focus();
  }, [error]);

  const scaleAnchors = [
    { value: 0, text: t('movements.practise.anchor.0') },
    { value: 10, text: t('movements.practise.anchor.10') },
  ];
  const firstOption =
    (ref: { current: HTMLInputElement | null }) => (element: HTMLInputElement | null, value: number) => {
      if (value === 0) ref.current = element;
    };

  function go(event: Event) {
    event.preventDefault();
    if (expected === '') {
      setError('expected');
      return;
    }
    setError(null);
    setStep('do');
  }

  async function save(event: Event) {
    event.preventDefault();
    if (actual === '') {
      setError('actual');
      return;
    }
    if (!isFearedOutcome(feared)) {
      setError('feared');
      return;
    }
    setError(null);
    setStep('saving');
    try {
      await saveExposure(app, { movement, expected: Number(expected), actual: Number(actual), fearedHappened: feared });
      setStep('done');
    } catch {
      setStep('failed');
    }
  }

  const difference =
    step === 'done' ? exposureDifference({ movement, expected: Number(expected), actual: Number(actual) }) : 0;

  return (
    <div class="page page--practise">
      <PageHeading title={t(movementNameKey(movement))} />
      <div class="movement movement--large">
        <MovementDrawing movement={movement} large />
        <p class="movement-text">{texts[movement]}</p>
      </div>
      <p>{t('movements.practise.how')}</p>
      <p class="notice practise-stop">{t('movements.practise.stop')}</p>

      <div ref={resultRef} role="status" tabIndex={-1} class={step === 'done' ? 'confirmation' : 'status-empty'}>
        {step === 'done' && (
          <>
            <p class="confirmation-text">{t('movements.practise.result', { expected, actual })}</p>
            <p>
              {difference < 0
                ? tn('movements.practise.result.better', -difference)
                : difference === 0
                  ? t('movements.practise.result.same')
                  : tn('movements.practise.result.worse', difference)}
            </p>
            {isFearedOutcome(feared) && <p>{t(FEARED_RESULT[feared])}</p>}
            <p class="actions">
              <a class="button" href="/movements">
                {t('movements.practise.back')}
              </a>
            </p>
          </>
        )}
      </div>

      {step === 'expect' && (
        <form noValidate onSubmit={go}>
          <p>{t('movements.practise.think')}</p>
          <RadioScale
            name="expected"
            label={t('movements.practise.expected.label')}
            min={EXPOSURE_LIMITS.expected.min}
            max={EXPOSURE_LIMITS.expected.max}
            value={expected}
            anchors={scaleAnchors}
            error={error === 'expected' ? t('movements.practise.expected.required') : undefined}
            onChange={setExpected}
            inputRef={firstOption(expectedFirst)}
          />
          <p class="actions">
            <button type="submit" class="button button--large">
              {t('movements.practise.go')}
            </button>
          </p>
        </form>
      )}

      {(step === 'do' || step === 'saving' || step === 'failed') && (
        <form noValidate onSubmit={save}>
          <p
            class="notice"
            tabIndex={-1}
            ref={(element) => {
              focusRef.current = element;
            }}
          >
            {t('movements.practise.doNow')}
          </p>
          <p class="muted">{t('movements.practise.youExpected', { expected })}</p>
          <RadioScale
            name="actual"
            label={t('movements.practise.actual.label')}
            min={EXPOSURE_LIMITS.actual.min}
            max={EXPOSURE_LIMITS.actual.max}
            value={actual}
            anchors={scaleAnchors}
            error={error === 'actual' ? t('movements.practise.actual.required') : undefined}
            onChange={setActual}
            inputRef={firstOption(actualFirst)}
          />
          <Choices<FearedOutcome>
            name="fearedHappened"
            legend={t('movements.practise.feared.label')}
            options={FEARED_OUTCOME_ANSWERS.map((value) => ({ value, label: t(FEARED_LABEL[value]) }))}
            value={feared}
            onChange={(value) => {
              setFeared(value);
              if (error === 'feared') setError(null);
            }}
            error={error === 'feared' ? t('movements.practise.feared.required') : undefined}
          />
          {step === 'failed' && (
            <p class="field-error" role="alert">
              {t('movements.practise.saveFailed')}
            </p>
          )}
          <p class="actions">
            <button type="submit" class="button button--large" disabled={step === 'saving'}>
              {t('movements.practise.save')}
            </button>
          </p>
        </form>
      )}
    </div>
  );
}
