import { RECORD } from '@veerkracht/core';
import { useHasRecordsOf } from '../../data/hasRecords';
import { LoadWhen, onDemand } from '../../ui/LoadWhen';
import { exerciseMessages } from '../messages';

const loadProgramme = onDemand(
  exerciseMessages.with(() => import('./TodayProgramme').then((module) => module.TodayProgramme)),
);

/**
 * Today's exercise card (the session on programme days, the follow-up
 * question, a proposal). It loads on demand, only once the person has a
 * programme, so the first screen stays small.
 */
export function TodayExercise() {
  return <LoadWhen when={useHasRecordsOf([RECORD.exerciseProgramme])} load={loadProgramme} />;
}
