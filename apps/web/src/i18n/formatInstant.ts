import type { Lang } from './i18n';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A moment as a day and a time in the person's time zone: ["zaterdag 21 november", "18:00"]. */
export function dayAndTime(ms: number, lang: Lang, timeZone = 'Europe/Amsterdam'): { day: string; time: string } {
  const date = new Date(ms);
  return {
    day: new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(
      date,
    ),
    time: new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', timeZone }).format(date),
  };
}

/** A moment's day, short: "vr 20 nov" / "Fri 20 Nov". */
export function shortDay(instant: string, lang: Lang, timeZone = 'Europe/Amsterdam'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(
    new Date(instant),
  );
}
