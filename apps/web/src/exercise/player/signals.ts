/**
 * The optional signal at a timer's end: a short, soft tone made on the device
 * (Web Audio, no sound file) and a short vibration, where the device can.
 * Off unless the person turned it on; the choice is kept on this device.
 */

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

let audio: AudioContext | undefined;

/**
 * Makes (or wakes) the audio context during a tap: browsers only let a page
 * make sound after the person did something on it. Call from a click.
 */
export function prepareSignals(): void {
  if (!signalsWanted()) return;
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
  } catch {
    // No audio on this device.
  }
}

/** The tone and the vibration, when the person wants them; never throws. */
export function signalEnd(): void {
  if (!signalsWanted()) return;
  try {
    navigator.vibrate?.(200);
  } catch {
    // No vibration on this device.
  }
  try {
    audio ??= new AudioContext();
    const context = audio;
    const tone = context.createOscillator();
    const volume = context.createGain();
    const start = context.currentTime;
    tone.type = 'sine';
    tone.frequency.value = 660;
    volume.gain.setValueAtTime(0.0001, start);
    volume.gain.exponentialRampToValueAtTime(0.08, start + 0.03);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.4);
    tone.connect(volume).connect(context.destination);
    tone.start(start);
    tone.stop(start + 0.45);
  } catch {
    // No audio on this device.
  }
}
