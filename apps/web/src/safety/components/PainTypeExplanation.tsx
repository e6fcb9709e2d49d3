import type { PainType } from '@veerkracht/core';
import type { SafetyTexts } from '../texts';

/** Which kind of back pain the answers fit, with what helps and what to expect; information, not a diagnosis. */
export function PainTypeExplanation(props: { texts: SafetyTexts; painType: PainType }) {
  const { painType, common } = props.texts;
  const type = painType.types[props.painType];
  return (
    <section class="card" aria-labelledby="pain-type" data-pain-type={props.painType}>
      <h2 id="pain-type">{painType.title}</h2>
      <h3>{type.title}</h3>
      {type.text.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p class="muted">{common.notDiagnosis}</p>
      <p>
        <a class="text-link" href="/lessons/three-kinds-of-back-pain">
          {props.texts.result.lessonLink}
        </a>
      </p>
    </section>
  );
}
