/*
 * A short, soft tone made on the device (Web Audio, no sound file) and a
 * short vibration, where the device can. Shared by the exercise player and
 * the breathing pacer; each keeps its own choice of whether to use them.
 */

let audio: AudioContext | undefined;

/**
 * Makes (or wakes) the audio context during a tap: browsers only let a page
 * make sound after the person did something on it. Call from a click.
 */
export function wakeAudio(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
  } catch {
    // No audio on this device.
  }
}

/** A soft sine tone of `frequency` Hz for `seconds`; never throws. */
export function softTone(frequency: number, seconds = 0.4): void {
  try {
    audio ??= new AudioContext();
    const context = audio;
    const tone = context.createOscillator();
    const volume = context.createGain();
    const start = context.currentTime;
    tone.type = 'sine';
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, start);
    volume.gain.exponentialRampToValueAtTime(0.08, start + 0.03);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    tone.connect(volume).connect(context.destination);
    tone.start(start);
    tone.stop(start + seconds + 0.05);
  } catch {
    // No audio on this device.
  }
}

/** A short vibration; never throws. */
export function vibrate(ms: number): void {
  try {
    navigator.vibrate?.(ms);
  } catch {
    // No vibration on this device.
  }
}
