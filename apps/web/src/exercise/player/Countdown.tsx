import { useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { signalEnd } from './signals';
import { clockText } from './timer';
import { useCountdown } from './useCountdown';

/**
 * A large countdown. A hold has start / pause / carry on and start over; a
 * rest starts by itself and can be skipped. The big digits are hidden from
 * screen readers, which read the seconds left in words when they come to
 * them; the page's one polite live region (`announce`) says only the start,
 * 10 seconds left and the end, never every second. At the end the optional
 * tone and vibration sound, unless the end passed while the page was closed.
 * Render it with `key={id}`: a new id is a new countdown.
 */
export function Countdown(props: {
  id: string;
  seconds: number;
  label: string;
  kind: 'hold' | 'rest';
  /** Says something in the page's polite live region. */
  announce: (text: string) => void;
  /** The countdown reached 0 (also when that happened while the page was closed). */
  onDone: () => void;
  /** A hold paused: the whole seconds held so far. */
  onPause?: (held: number) => void;
  onSkip?: () => void;
}) {
  const { t, tn } = useI18n();
  const timer = useCountdown({
    id: props.id,
    seconds: props.seconds,
    autoStart: props.kind === 'rest',
    onCue: (cue, late) => {
      if (cue === 'done') {
        if (!late) signalEnd();
        props.onDone();
      } else if (cue === 'ten_left') props.announce(t('exercise.player.timer.tenLeft'));
      // A rest starts when a set is saved, which the page says already.
      else if (props.kind === 'hold') props.announce(tn('exercise.player.timer.running', timer.left));
    },
  });
  const mainButton = useRef<HTMLButtonElement>(null);
  let main: { label: string; action: () => void } | undefined;
  if (props.kind === 'hold') {
    if (timer.running) main = { label: t('exercise.player.timer.pause'), action: () => props.onPause?.(timer.pause()) };
    else if (timer.left > 0)
      main = {
        label: timer.started ? t('exercise.player.timer.resume') : t('exercise.player.timer.start'),
        action: timer.start,
      };
  }
  return (
    <div class={`countdown countdown--${props.kind}`}>
      <p class="countdown-label">{props.label}</p>
      <p class="countdown-time" aria-hidden="true">
        {clockText(timer.left)}
      </p>
      <p class="visually-hidden">{tn('exercise.player.timer.left', timer.left)}</p>
      <p class="actions">
        {main && (
          // One button whose words change (start, pause, carry on): focus stays on it.
          <button type="button" class="button countdown-main" ref={mainButton} onClick={main.action}>
            {main.label}
          </button>
        )}
        {props.kind === 'hold' && timer.started && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              timer.reset();
              // The start-over button goes away with the time run: focus stays on the main button.
              mainButton.current?.focus();
            }}
          >
            {t('exercise.player.timer.reset')}
          </button>
        )}
        {props.onSkip && (
          <button type="button" class="button button--secondary" onClick={props.onSkip}>
            {t('exercise.player.skipRest')}
          </button>
        )}
      </p>
    </div>
  );
}
