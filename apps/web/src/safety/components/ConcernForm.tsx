import { SAFETY_LIMITS } from '@veerkracht/core';
import { useRef, useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { FormFooter } from '../../ui/FormFooter';
import { useSaveForm } from '../../ui/useSaveForm';
import { saveConcern } from '../actions';
import { fill, type SafetyTexts } from '../texts';

/** "Something does not feel right": free text, kept as a synced `concern` record. */
export function ConcernForm(props: { texts: SafetyTexts }) {
  const app = useApp();
  const { concern, common } = props.texts;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { phase, save, reset, statusRef: status } = useSaveForm<HTMLParagraphElement>();
  const field = useRef<HTMLTextAreaElement>(null);
  const max = SAFETY_LIMITS.concern.maxLength;

  async function submit(event: Event) {
    event.preventDefault();
    if (phase === 'saving') return;
    const problem =
      text.trim() === '' ? concern.required : text.length > max ? fill(concern.tooLong, { max }) : undefined;
    setError(problem);
    if (problem) {
      field.current?.focus();
      return;
    }
    await save(async () => {
      await saveConcern(app, text);
      setText('');
    });
  }

  return (
    <form class="concern-form" noValidate onSubmit={submit}>
      <div class="field">
        <label class="field-label" for="concern-text">
          {concern.label}
        </label>
        <p id="concern-hint" class="hint">
          {fill(concern.hint, { max })}
        </p>
        <textarea
          id="concern-text"
          name="concern-text"
          rows={4}
          value={text}
          ref={field}
          onInput={(event) => {
            setText(event.currentTarget.value);
            if (phase === 'saved' || phase === 'failed') reset();
          }}
          aria-describedby={error ? 'concern-hint concern-error' : 'concern-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
        {error && (
          <p id="concern-error" class="field-error">
            {error}
          </p>
        )}
      </div>
      <p ref={status} tabIndex={-1} role="status" class={phase === 'saved' ? 'confirmation' : 'status-empty'}>
        {phase === 'saved' && concern.saved}
      </p>
      <FormFooter
        phase={phase}
        submit={concern.save}
        saving={common.saving}
        saveFailed={common.saveFailed}
        large={false}
      />
    </form>
  );
}
