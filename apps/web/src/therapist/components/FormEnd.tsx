import { useI18n } from '../../i18n/i18n';

/**
 * The end of a workspace form: what went wrong (an alert) and the submit
 * button, which says "working…" and cannot be pressed twice meanwhile.
 */
export function FormEnd(props: { problem?: string | undefined; busy: boolean; submit: string }) {
  const { t } = useI18n();
  return (
    <>
      {props.problem && (
        <p class="field-error" role="alert">
          {props.problem}
        </p>
      )}
      <p class="actions">
        <button type="submit" class="button button--large" disabled={props.busy}>
          {props.busy ? t('therapist.busy') : props.submit}
        </button>
      </p>
    </>
  );
}
