import type { Ref } from 'preact';
import { Choices } from './Choices';

/** One yes/no question: the same choice control with two answers side by side. */
export function YesNo(props: {
  name: string;
  question: string;
  hint?: string | undefined;
  value: boolean | undefined;
  yes: string;
  no: string;
  error?: string | undefined;
  onChange: (value: boolean) => void;
  /** Receives the radio that should take focus when this question has an error. */
  focusRef?: Ref<HTMLInputElement> | undefined;
}) {
  return (
    <Choices<'yes' | 'no'>
      name={props.name}
      legend={props.question}
      hint={props.hint}
      layout="inline"
      options={[
        { value: 'yes', label: props.yes },
        { value: 'no', label: props.no },
      ]}
      value={props.value === undefined ? undefined : props.value ? 'yes' : 'no'}
      onChange={(value) => props.onChange(value === 'yes')}
      error={props.error}
      focusRef={props.focusRef}
    />
  );
}
