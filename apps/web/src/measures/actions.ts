import { type PskActivity, RECORD, type StartBackAnswers, scorePsk, scoreStartBack } from '@veerkracht/core';
import type { App } from '../data/app';

/** Saves a STarT Back questionnaire with Keele's score; resolves with the stored record's data. */
export async function saveStartBack(app: App, answers: StartBackAnswers, date: string) {
  const data = { date, answers, score: scoreStartBack(answers) };
  await app.saveRecord(RECORD.startBack, data);
  return data;
}

/** Saves a PSK with its mean score; resolves with the stored record's data. */
export async function savePsk(app: App, activities: PskActivity[], date: string) {
  const data = { date, activities, score: scorePsk(activities) };
  await app.saveRecord(RECORD.psk, data);
  return data;
}
