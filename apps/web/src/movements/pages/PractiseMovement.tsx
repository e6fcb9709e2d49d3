import { EXPOSURE_LIMITS, exposureDifference, isMovementId, type MovementId } from '@veerkracht/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { PageHeading } from '../../components/PageHeading';
import { RadioScale } from '../../components/RadioScale';
import { useI18n } from '../../i18n/i18n';
import { useApp } from '../../state/app';
import { MovementDrawing } from '../components/MovementDrawing';
import { movementNameKey } from '../names';
import { saveExposure } from '../state';
import { useMovementTexts } from '../texts';
import '../../graded/graded.css';

type Step = 'expect' | 'do' | 'saving' | 'done' | 'failed';

/**
 * `/movements/:movement`: one exposure. First the expected pain or harm
 * (0–10), then the movement, then what really happened; the difference is
 * shown afterwards (expectation versus experience).
 */
export function PractiseMovement() {
  const { t } = useI18n();
  const { params } = useRoute();
  const movement = params.movement ?? '';
  if (!isMovementId(movement)) {
    return (
      <div class="page">
        <PageHeading title={t('practise.notFound')} />
        <p>
          <a class="text-link" href="/movements">
            {t('practise.back')}
          </a>
        </p>
      </div>
    );
  }
  return <Practise key={movement} movement={movement} />;
}

function Practise(props: { movement: MovementId }) {
  const { t } = useI18n();
  const app = useApp();
  const texts = useMovementTexts();
  const { movement } = props;
  const [step, setStep] = useState<Step>('expect');
  const [expected, setExpected] = useState('');
  const [actual, setActual] = useState('');
  const [error, setError] = useState<'expected' | 'actual' | null>(null);
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
  }, [error]);

  const scaleAnchors = [
    { value: 0, text: t('practise.anchor.0') },
    { value: 10, text: t('practise.anchor.10') },
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
    setError(null);
    setStep('saving');
    try {
      await saveExposure(app, { movement, expected: Number(expected), actual: Number(actual) });
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
      <div class="movement">
        <MovementDrawing movement={movement} large />
        <p class="movement-text">{texts[movement]}</p>
      </div>
      <p>{t('practise.how')}</p>

      <div ref={resultRef} role="status" tabIndex={-1} class={step === 'done' ? 'confirmation' : 'status-empty'}>
        {step === 'done' && (
          <>
            <p class="confirmation-text">{t('practise.result', { expected, actual })}</p>
            <p>
              {difference < 0
                ? t('practise.result.better', { points: -difference })
                : difference === 0
                  ? t('practise.result.same')
                  : t('practise.result.worse', { points: difference })}
            </p>
            <p class="actions">
              <a class="button" href="/movements">
                {t('practise.back')}
              </a>
            </p>
          </>
        )}
      </div>

      {step === 'expect' && (
        <form noValidate onSubmit={go}>
          <RadioScale
            name="expected"
            label={t('practise.expected.label')}
            min={EXPOSURE_LIMITS.expected.min}
            max={EXPOSURE_LIMITS.expected.max}
            value={expected}
            anchors={scaleAnchors}
            error={error === 'expected' ? t('practise.expected.required') : undefined}
            onChange={setExpected}
            inputRef={firstOption(expectedFirst)}
          />
          <p class="actions">
            <button type="submit" class="button button--large">
              {t('practise.go')}
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
            {t('practise.doNow')}
          </p>
          <p class="muted">{t('practise.youExpected', { expected })}</p>
          <RadioScale
            name="actual"
            label={t('practise.actual.label')}
            min={EXPOSURE_LIMITS.actual.min}
            max={EXPOSURE_LIMITS.actual.max}
            value={actual}
            anchors={scaleAnchors}
            error={error === 'actual' ? t('practise.actual.required') : undefined}
            onChange={setActual}
            inputRef={firstOption(actualFirst)}
          />
          {step === 'failed' && (
            <p class="field-error" role="alert">
              {t('practise.saveFailed')}
            </p>
          )}
          <p class="actions">
            <button type="submit" class="button button--large" disabled={step === 'saving'}>
              {t('practise.save')}
            </button>
          </p>
        </form>
      )}
    </div>
  );
}
