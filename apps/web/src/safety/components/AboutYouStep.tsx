import { APPROXIMATE_ONSETS, type ApproximateOnset } from '@veerkracht/core';
import type { Ref } from 'preact';
import { AgeField } from '../../ui/AgeField';
import { DateField } from '../../ui/DateField';
import { aboutIssueText, type SafetyTexts } from '../texts';
import { BackButton, SaveFailed, StepHeading, SubmitStep } from './StepParts';
import type { AboutYouFormState } from './useAboutYouForm';

/** The "about you" step of the safety check: age, and when this episode of back pain started. */
export function AboutYouStep(props: {
  texts: SafetyTexts;
  about: AboutYouFormState;
  today: string;
  stepLine: string;
  headingRef: Ref<HTMLHeadingElement>;
  saving: boolean;
  failed: boolean;
  onSubmit: (event: Event) => void;
  onBack: (() => void) | undefined;
}) {
  const { texts, about } = props;
  const { form } = about;
  const issueText = (field: 'age' | 'onsetDate') => {
    const issue = about.issueOf(field);
    return issue ? aboutIssueText(texts.about, issue) : undefined;
  };
  return (
    <form class="safety-step" noValidate onSubmit={props.onSubmit} data-step="about">
      <StepHeading stepLine={props.stepLine} title={texts.about.title} headingRef={props.headingRef} />
      <p>{texts.about.intro}</p>
      <AgeField
        id="age"
        label={texts.about.ageLabel}
        hint={texts.about.ageHint}
        unit={texts.about.ageUnit}
        value={form.age}
        onInput={about.setAge}
        error={issueText('age')}
        inputRef={about.register('age')}
      />
      <div class="field">
        <DateField
          id="onsetDate"
          label={texts.about.onsetLabel}
          hint={texts.about.onsetHint}
          value={form.onsetDate}
          max={props.today}
          error={issueText('onsetDate')}
          onChange={about.setOnsetDate}
          inputRef={about.register('onsetDate')}
        />
        <p id="approximate-label" class="approximate-label">
          {texts.about.approximateChoices}
        </p>
        <ul class="inline-list" aria-labelledby="approximate-label">
          {(Object.keys(APPROXIMATE_ONSETS) as ApproximateOnset[]).map((choice) => (
            <li key={choice}>
              <button
                type="button"
                class="button button--secondary button--small"
                onClick={() => about.chooseApproximate(choice)}
              >
                {texts.about.approximate[choice]}
              </button>
            </li>
          ))}
        </ul>
        <p role="status" class={about.chosenApproximate ? 'notice' : 'status-empty'}>
          {about.chosenApproximate}
        </p>
        <div class="checkbox">
          <input
            id="onsetApproximate"
            type="checkbox"
            checked={form.onsetApproximate}
            onChange={(event) => about.setOnsetApproximate(event.currentTarget.checked)}
          />
          <label for="onsetApproximate">{texts.about.approximateLabel}</label>
        </div>
      </div>
      <SaveFailed failed={props.failed} text={texts.common.saveFailed} />
      <SubmitStep saving={props.saving} label={texts.common.next} savingLabel={texts.common.saving} />
      <BackButton label={texts.common.back} onBack={props.onBack} />
    </form>
  );
}
