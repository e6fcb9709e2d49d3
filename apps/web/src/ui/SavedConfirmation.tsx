import type { RefObject } from 'preact';

/**
 * The status area of a form page: empty while editing, and once saved the
 * confirmation with the way back (it takes focus through `useSaveForm`'s
 * `statusRef`, so a screen reader hears it). Texts are passed in.
 */
export function SavedConfirmation(props: {
  statusRef: RefObject<HTMLDivElement | null>;
  saved: boolean;
  text: string;
  backHref: string;
  backText: string;
}) {
  return (
    <div ref={props.statusRef} role="status" tabIndex={-1} class={props.saved ? 'confirmation' : 'status-empty'}>
      {props.saved && (
        <>
          <p class="confirmation-text">{props.text}</p>
          <p class="actions">
            <a class="button" href={props.backHref}>
              {props.backText}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
