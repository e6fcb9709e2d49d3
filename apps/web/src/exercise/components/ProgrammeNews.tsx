import type { ProgrammeView } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { DoseNews } from './DoseNews';
import { ExerciseFollowUp } from './ExerciseFollowUp';

/**
 * The follow-up questions due now and the proposal (or why the doses stay),
 * shown on Today and on the programme page. A question answered here stays
 * until the person leaves, so its thanks can show.
 */
export function ProgrammeNews(props: { view: ProgrammeView; headingLevel: 2 | 3; quiet?: boolean }) {
  const { view } = props;
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const asks = view.sessions.filter(
    (session) => answered.has(session.id) || view.followUpsDue.some((due) => due.sessionId === session.id),
  );
  return (
    <>
      {asks.map((session) => (
        <ExerciseFollowUp
          key={session.id}
          session={session}
          windowHours={view.programme.windowHours}
          again={view.followUpsDue.some((due) => due.sessionId === session.id && due.kind === 'again')}
          headingLevel={props.headingLevel}
          onAnswered={(id) => setAnswered((current) => new Set([...current, id]))}
        />
      ))}
      <DoseNews view={view} headingLevel={props.headingLevel} quiet={props.quiet} />
    </>
  );
}
