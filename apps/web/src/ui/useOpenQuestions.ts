import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The questions of a step that were still open when the person tried to go
 * on: each shows "please answer", and the first takes focus. An answer
 * clears its own mark at once.
 */
export function useOpenQuestions<Id extends string>() {
  const [missing, setMissing] = useState<Id[]>([]);
  const firstMissing = useRef<HTMLInputElement>(null);
  const focusMissing = useRef(false);

  useEffect(() => {
    if (!focusMissing.current) return;
    focusMissing.current = false;
    firstMissing.current?.focus();
  }, [missing]);

  return {
    missing,
    firstMissing,
    /** Marks `open` (the unanswered questions) and focuses the first; true when there are none. */
    complete(open: Id[]): boolean {
      focusMissing.current = open.length > 0;
      setMissing(open);
      return open.length === 0;
    },
    answered(id: Id) {
      setMissing((current) => current.filter((open) => open !== id));
    },
  };
}
