import type { Ref } from 'preact';

/** "Step 2 of 4" and the step's title, which takes focus when the step opens. */
export function StepHeading(props: { stepLine: string; title: string; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <>
      <p class="step-line">{props.stepLine}</p>
      <h2 ref={props.headingRef} tabIndex={-1}>
        {props.title}
      </h2>
    </>
  );
}

/** The message that the last save did not work; shown until the next save starts. */
export function SaveFailed(props: { failed: boolean; text: string }) {
  if (!props.failed) return null;
  return (
    <p class="field-error" role="alert">
      {props.text}
    </p>
  );
}

/** The step's submit button, off while saving so a second tap cannot save twice. */
export function SubmitStep(props: { saving: boolean; label: string; savingLabel: string }) {
  return (
    <p class="actions">
      <button type="submit" class="button button--large" disabled={props.saving}>
        {props.saving ? props.savingLabel : props.label}
      </button>
    </p>
  );
}

/** Back to the step before; none on the first step. */
export function BackButton(props: { label: string; onBack: (() => void) | undefined }) {
  const { onBack } = props;
  if (!onBack) return null;
  return (
    <p class="actions">
      <button type="button" class="text-button" onClick={() => onBack()}>
        {props.label}
      </button>
    </p>
  );
}
