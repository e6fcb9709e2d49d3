import {
  questionWording,
  type SafetyItemId,
  type SafetySection,
  sectionQuestions,
  unansweredQuestions,
} from '@veerkracht/core';
import type { Ref } from 'preact';
import { useOpenQuestions } from '../../ui/useOpenQuestions';
import { YesNo } from '../../ui/YesNo';
import type { SafetyTexts } from '../texts';
import type { Answers } from './checkDraft';
import { BackButton, SaveFailed, StepHeading, SubmitStep } from './StepParts';

/** Which button ended a section: the big one, or the one under it on the emergency step. */
export type SectionAction = 'primary' | 'secondary';

/**
 * A section of yes/no questions. `onDone` is called only once every question
 * of the section has an answer; until then the open ones are marked. On the
 * emergency step a second button does the opposite of the big one: leave
 * the rest for later, or go on to it.
 */
export function SectionStep(props: {
  texts: SafetyTexts;
  section: SafetySection;
  answers: Answers;
  onAnswer: (id: SafetyItemId, value: boolean) => void;
  /** The start of this episode, for the wording of a question; unknown before "about you". */
  onsetDate: string | undefined;
  today: string;
  /** Whether the big button of the emergency step goes on to the rest. */
  goOnByDefault: boolean;
  /** Whether the big button ends the check, as planned (`plannedStepAfter`). */
  finishing: boolean;
  stepLine: string;
  headingRef: Ref<HTMLHeadingElement>;
  saving: boolean;
  failed: boolean;
  onDone: (action: SectionAction) => void;
  onBack: (() => void) | undefined;
}) {
  const { texts, section, answers } = props;
  const open = useOpenQuestions<SafetyItemId>();
  const questions = sectionQuestions(section, answers);
  const { title, intro } = texts.check.sections[section];
  const isEmergency = section === 'emergency';

  const submit = (event: Event, action: SectionAction) => {
    event.preventDefault();
    if (open.complete(unansweredQuestions(answers, questions))) props.onDone(action);
  };
  const question = (id: SafetyItemId) =>
    questionWording(id, props.onsetDate, props.today) === 'persistent'
      ? (texts.items[id].questionPersistent ?? texts.items[id].question)
      : texts.items[id].question;

  return (
    <form class="safety-step" noValidate onSubmit={(event) => submit(event, 'primary')} data-step={section}>
      <StepHeading stepLine={props.stepLine} title={title} headingRef={props.headingRef} />
      <p>{intro}</p>
      {isEmergency && <p class="notice">{texts.check.doubt}</p>}
      {questions.map((id) => (
        <YesNo
          key={id}
          name={id}
          question={question(id)}
          hint={texts.items[id].hint}
          value={answers[id]}
          yes={texts.common.yes}
          no={texts.common.no}
          error={open.missing.includes(id) ? texts.check.unanswered : undefined}
          focusRef={open.missing[0] === id ? open.firstMissing : undefined}
          onChange={(value) => {
            props.onAnswer(id, value);
            open.answered(id);
          }}
        />
      ))}
      {open.missing.length > 0 && (
        <p class="form-summary" role="alert">
          {texts.check.unansweredSummary}
        </p>
      )}
      <SaveFailed failed={props.failed} text={texts.common.saveFailed} />
      <SubmitStep
        saving={props.saving}
        label={props.finishing ? texts.check.finish : texts.common.next}
        savingLabel={texts.common.saving}
      />
      {isEmergency && (
        <div class="skip-rest">
          {props.goOnByDefault && <p class="hint">{texts.check.skipRestHint}</p>}
          <p class="actions">
            <button
              type="button"
              class="button button--secondary"
              disabled={props.saving}
              onClick={(event) => submit(event, 'secondary')}
            >
              {props.goOnByDefault ? texts.check.skipRest : texts.overview.finishFull}
            </button>
          </p>
        </div>
      )}
      <BackButton label={texts.common.back} onBack={props.onBack} />
    </form>
  );
}
