import type { SafetyTexts } from '../texts';

/** The short "when do you call a doctor" section, shown with every result and on the safety pages. */
export function WhenToCallDoctor(props: { texts: SafetyTexts; headingLevel?: 2 | 3 }) {
  const { doctor } = props.texts;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="card card--urgent" aria-labelledby="when-doctor">
      <Heading id="when-doctor">{doctor.title}</Heading>
      <ul class="bullets">
        {doctor.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
