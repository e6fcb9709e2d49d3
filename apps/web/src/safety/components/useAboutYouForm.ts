import {
  type AboutYou,
  type AboutYouForm,
  type ApproximateOnset,
  aboutYouFromForm,
  approximateOnsetDate,
  type FieldIssue,
} from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';

type AboutField = 'age' | 'onsetDate';

/**
 * The "about you" step as typed. It lives in `CheckFlow`, not in the step,
 * so that going back to the step shows what was typed rather than the saved
 * profile. `read()` checks the form with the core and, when it is not valid,
 * marks the issues and focuses the first field with one.
 */
export function useAboutYouForm(known: AboutYou | null, today: string, announceChosen: (day: string) => string) {
  const [form, setForm] = useState<AboutYouForm>(() =>
    known
      ? { age: String(known.ageYears), onsetDate: known.onsetDate, onsetApproximate: known.onsetApproximate }
      : { age: '', onsetDate: '', onsetApproximate: false },
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [chosenApproximate, setChosenApproximate] = useState<string | null>(null);
  const fields = useRef(new Map<string, HTMLElement>());
  const focusIssue = useRef(false);

  useEffect(() => {
    if (!focusIssue.current) return;
    focusIssue.current = false;
    const first = ['age', 'onsetDate'].find((field) => issues.some((issue) => issue.field === field));
    if (first) fields.current.get(first)?.focus();
  }, [issues]);

  // A corrected field loses its old message at once; the form is checked again on "Next".
  const settle = (field: AboutField) => setIssues((current) => current.filter((issue) => issue.field !== field));

  return {
    form,
    chosenApproximate,
    issueOf: (field: AboutField) => issues.find((candidate) => candidate.field === field),
    register: (field: AboutField) => (element: HTMLElement | null) => {
      if (element) fields.current.set(field, element);
    },
    setAge(age: string) {
      setForm((current) => ({ ...current, age }));
      settle('age');
    },
    setOnsetDate(onsetDate: string) {
      setChosenApproximate(null);
      setForm((current) => ({ ...current, onsetDate }));
      settle('onsetDate');
    },
    setOnsetApproximate(onsetApproximate: boolean) {
      setForm((current) => ({ ...current, onsetApproximate }));
    },
    chooseApproximate(choice: ApproximateOnset) {
      const day = approximateOnsetDate(today, choice);
      setForm((current) => ({ ...current, onsetDate: day, onsetApproximate: true }));
      settle('onsetDate');
      setChosenApproximate(announceChosen(day));
    },
    read(): AboutYou | undefined {
      const result = aboutYouFromForm(form, today);
      if (!result.ok) {
        focusIssue.current = true;
        setIssues(result.issues);
        return undefined;
      }
      setIssues([]);
      return result.value;
    },
  };
}

export type AboutYouFormState = ReturnType<typeof useAboutYouForm>;
