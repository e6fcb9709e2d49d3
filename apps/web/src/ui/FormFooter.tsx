import type { SavePhase } from './useSaveForm';

/**
 * The end of every form: what is still wrong (when the form was refused),
 * that saving failed (the person may try again: nothing was lost), and the
 * submit button, which says "saving" and cannot be pressed twice meanwhile.
 * Texts are passed in, so any feature's texts can be used.
 */
export function FormFooter(props: {
  phase: SavePhase | 'editing';
  submit: string;
  saving: string;
  saveFailed: string;
  /** Shown as an alert while the form has errors. */
  invalid?: string | undefined;
  large?: boolean;
}) {
  return (
    <>
      {props.invalid && (
        <p class="form-summary" role="alert">
          {props.invalid}
        </p>
      )}
      {props.phase === 'failed' && (
        <p class="field-error" role="alert">
          {props.saveFailed}
        </p>
      )}
      <p class="actions">
        <button
          type="submit"
          class={props.large === false ? 'button' : 'button button--large'}
          disabled={props.phase === 'saving'}
        >
          {props.phase === 'saving' ? props.saving : props.submit}
        </button>
      </p>
    </>
  );
}
