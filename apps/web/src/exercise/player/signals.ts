/**
 * The optional signal at a timer's end: a short, soft tone made on the device
 * (Web Audio, no sound file) and a short vibration, where the device can.
 * Off unless the person turned it on; the choice is kept on this device.
 */

import { softTone, vibrate, wakeAudio } from '../../ui/softSignals';

const SIGNALS_KEY = 'veerkracht.exercise.signals';

/** Whether the person wants the tone and vibration (off unless they chose it). */
export function signalsWanted(): boolean {
  try {
    return localStorage.getItem(SIGNALS_KEY) === 'on';
  } catch {
    return false;
  }
}

export function rememberSignals(on: boolean): void {
  try {
    localStorage.setItem(SIGNALS_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered: the choice holds while the page is open.
  }
}

/**
 * Makes (or wakes) the audio context during a tap: browsers only let a page
 * make sound after the person did something on it. Call from a click.
 */
export function prepareSignals(): void {
  if (signalsWanted()) wakeAudio();
}

/** The tone and the vibration, when the person wants them; never throws. */
export function signalEnd(): void {
  if (!signalsWanted()) return;
  vibrate(200);
  softTone(660);
}
