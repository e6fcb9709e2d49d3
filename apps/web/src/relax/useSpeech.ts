import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../i18n/i18n';

/**
 * The device's own voice for `lang`, when it has one that works without the
 * network (`localService`): guides may be read aloud with it, and are never
 * sent to a speech service. `undefined` when there is none (the option is
 * then not offered).
 */
export function useLocalVoice(lang: Lang): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const pick = () =>
      setVoice(
        speechSynthesis
          .getVoices()
          .find((candidate) => candidate.localService && candidate.lang.toLowerCase().startsWith(lang)),
      );
    pick();
    speechSynthesis.addEventListener('voiceschanged', pick);
    return () => speechSynthesis.removeEventListener('voiceschanged', pick);
  }, [lang]);
  return voice;
}

/** Reads `text` aloud with `voice`, stopping whatever was being read; never throws. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  try {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    speechSynthesis.speak(utterance);
  } catch {
    // No speech here: the text is on the screen.
  }
}

export function stopSpeaking(): void {
  try {
    speechSynthesis.cancel();
  } catch {
    // Nothing to stop.
  }
}
