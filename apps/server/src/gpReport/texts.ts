/**
 * The words of the report for the GP, in Dutch and English, at B1 level.
 * Wording follows docs/clinical-rules.md: "aanhoudende rugklachten" /
 * "persistent low back pain", and none of the words that make a back sound
 * broken (`texts.test.ts` checks both languages for them, and for keys
 * missing in either language). `{name}` is filled in by {@link fill}.
 */

export type ReportLanguage = 'nl' | 'en';

const nl = {
  title: 'Verloop van aanhoudende rugklachten',
  subtitle: 'Rapport voor de huisarts',
  patient: 'Patiënt (naam of nummer van de praktijk): {label}',
  therapist: 'Fysiotherapeut: {therapist}, {practice}',
  made: 'Gemaakt op {date}. De cijfers gaan over de laatste 90 dagen: {from} tot en met {to}.',
  intro:
    'Deze persoon gebruikt de app Veerkracht bij aanhoudende rugklachten. Alle cijfers vulde de persoon zelf in. Veerkracht stelt geen diagnose. Dit rapport is een korte samenvatting voor uw gesprek.',
  'trend.title': 'Pijn, slaap en stress',
  'trend.chartPain': 'Pijn en stress per dag (0 tot 10)',
  'trend.chartSleep': 'Slaap per nacht (uren)',
  'trend.legendPain': 'pijn',
  'trend.legendStress': 'stress',
  'trend.pain':
    'Pijn (0 is geen pijn, 10 is de ergste pijn die je kunt bedenken): gemiddeld {mean}, laagst {min}, hoogst {max}. Ingevuld op {filled} van de 90 dagen.',
  'trend.painCompare': 'In de eerste 30 dagen was de pijn gemiddeld {first}, in de laatste 30 dagen gemiddeld {last}.',
  'trend.noPain': 'Geen pijncijfers in deze 90 dagen.',
  'trend.sleep':
    'Slaap: gemiddeld {mean} uur per nacht, kortst {min} uur, langst {max} uur. Ingevuld voor {filled} van de 90 nachten.',
  'trend.noSleep': 'Geen slaap ingevuld in deze 90 dagen.',
  'trend.stress':
    'Stress (0 is geen stress, 10 is heel veel): gemiddeld {mean}, laagst {min}, hoogst {max}. Ingevuld op {filled} van de 90 dagen.',
  'trend.noStress': 'Geen stress ingevuld in deze 90 dagen.',
  'psk.title': 'Dagelijks functioneren (PSK)',
  'psk.intro':
    'De persoon kiest zelf tot drie activiteiten die moeilijk gaan, en geeft elk een cijfer: 0 is lukt niet, 10 is gaat zoals voor de klachten. Het getal is het gemiddelde.',
  'psk.line': '{date}: {score} ({activities})',
  'psk.none': 'Nog geen PSK ingevuld.',
  'startBack.title': 'Risico volgens de STarT Back',
  'startBack.intro':
    'De STarT Back-vragenlijst deelt in naar de kans dat de klachten lang veel last geven: laag, midden of hoog. Dit is informatie, geen oordeel.',
  'startBack.line': '{date}: {risk} risico (score {total} van 9, psychosociaal {psychosocial} van 5)',
  'startBack.none': 'Nog geen STarT Back ingevuld.',
  'startBack.risk.low': 'laag',
  'startBack.risk.medium': 'midden',
  'startBack.risk.high': 'hoog',
  'plans.title': 'Activiteiten stap voor stap opbouwen',
  'plans.line':
    '{activity}: doel {goal} {unit} per keer. {done} van de {planned} geplande keren gedaan ({baseline} keer meten aan het begin telt mee). {status}',
  'plans.changed': 'Aangepast door de fysiotherapeut: ‘{reason}’',
  'plans.none': 'Geen activiteitenplan.',
  'plans.status.baseline': 'De persoon meet nog wat nu lukt.',
  'plans.status.active': 'Het plan loopt.',
  'plans.status.stopped': 'Het plan is gestopt.',
  'activity.walking': 'Wandelen',
  'activity.cycling': 'Fietsen',
  'activity.swimming': 'Zwemmen',
  'activity.gardening': 'Tuinieren',
  'activity.stairs': 'Traplopen',
  'activity.custom': 'Eigen activiteit',
  'unit.minutes': 'minuten',
  'unit.repetitions': 'keer',
  'unit.metres': 'meter',
  'unit.floors': 'trappen',
  'exercise.title': 'Oefenprogramma',
  'exercise.line': 'Op {count} dagen per week ({days}). Aantal keer geoefend: {done}. {by}',
  'exercise.byPatient': 'De persoon koos de oefeningen zelf.',
  'exercise.byTherapist': 'De fysiotherapeut stelde de oefeningen in.',
  'exercise.stopped': 'Dit programma is gestopt.',
  'exercise.strength': '{name}: {sets} × {min} tot {max} herhalingen',
  'exercise.load': ', met {load} kg',
  'exercise.mobilityReps': '{name}: {sets} × {amount} herhalingen',
  'exercise.mobilitySeconds': '{name}: {sets} × {amount} seconden',
  'exercise.none': 'Geen oefenprogramma.',
  'safety.title': 'Veiligheidscheck',
  'safety.intro':
    'De app vraagt naar signalen waarvoor iemand snel een arts moet zien. Dit is wat de persoon de laatste keren antwoordde.',
  'safety.line': '{date}: {tier}',
  'safety.reasons': ' (aantal signalen: {count})',
  'safety.tier.none': 'geen signalen die om een arts vragen',
  'safety.tier.review': 'signalen om te noemen bij het volgende bezoek aan huisarts of fysiotherapeut',
  'safety.tier.gp_soon': 'advies: binnen enkele dagen naar de huisarts',
  'safety.tier.emergency': 'advies: direct contact met de huisarts of de huisartsenpost',
  'safety.paused': 'Het opbouwen van de plannen staat op pauze tot dit besproken is.',
  'safety.none': 'Nog geen veiligheidscheck gedaan.',
  footer: 'Veerkracht · {label} · pagina {page} van {pages}',
  'day.1': 'ma',
  'day.2': 'di',
  'day.3': 'wo',
  'day.4': 'do',
  'day.5': 'vr',
  'day.6': 'za',
  'day.7': 'zo',
  months: 'januari februari maart april mei juni juli augustus september oktober november december',
} as const;

export type ReportKey = keyof typeof nl;

const en: Record<ReportKey, string> = {
  title: 'Course of persistent low back pain',
  subtitle: 'Report for the GP',
  patient: 'Patient (name or number used by the practice): {label}',
  therapist: 'Physiotherapist: {therapist}, {practice}',
  made: 'Made on {date}. The numbers are about the last 90 days: {from} to {to}.',
  intro:
    'This person uses the Veerkracht app for persistent low back pain. The person entered all numbers themselves. Veerkracht does not diagnose. This report is a short summary for your conversation.',
  'trend.title': 'Pain, sleep and stress',
  'trend.chartPain': 'Pain and stress per day (0 to 10)',
  'trend.chartSleep': 'Sleep per night (hours)',
  'trend.legendPain': 'pain',
  'trend.legendStress': 'stress',
  'trend.pain':
    'Pain (0 is no pain, 10 is the worst pain you can imagine): on average {mean}, lowest {min}, highest {max}. Entered on {filled} of the 90 days.',
  'trend.painCompare': 'In the first 30 days pain was {first} on average, in the last 30 days {last} on average.',
  'trend.noPain': 'No pain scores in these 90 days.',
  'trend.sleep':
    'Sleep: on average {mean} hours a night, shortest {min} hours, longest {max} hours. Entered for {filled} of the 90 nights.',
  'trend.noSleep': 'No sleep entered in these 90 days.',
  'trend.stress':
    'Stress (0 is no stress, 10 is very much): on average {mean}, lowest {min}, highest {max}. Entered on {filled} of the 90 days.',
  'trend.noStress': 'No stress entered in these 90 days.',
  'psk.title': 'Daily function (PSFS)',
  'psk.intro':
    'The person chooses up to three activities that are hard, and rates each: 0 is cannot do it, 10 is as before the pain. The number is the average.',
  'psk.line': '{date}: {score} ({activities})',
  'psk.none': 'No PSFS entered yet.',
  'startBack.title': 'Risk by the STarT Back',
  'startBack.intro':
    'The STarT Back questionnaire sorts by the chance that the pain keeps getting in the way for a long time: low, medium or high. This is information, not a verdict.',
  'startBack.line': '{date}: {risk} risk (score {total} of 9, psychosocial {psychosocial} of 5)',
  'startBack.none': 'No STarT Back entered yet.',
  'startBack.risk.low': 'low',
  'startBack.risk.medium': 'medium',
  'startBack.risk.high': 'high',
  'plans.title': 'Building up activities step by step',
  'plans.line':
    '{activity}: goal {goal} {unit} per session. {done} of the {planned} planned sessions done (the {baseline} measuring sessions at the start count). {status}',
  'plans.changed': 'Changed by the physiotherapist: ‘{reason}’',
  'plans.none': 'No activity plan.',
  'plans.status.baseline': 'The person is still measuring what they can do now.',
  'plans.status.active': 'The plan is running.',
  'plans.status.stopped': 'The plan has stopped.',
  'activity.walking': 'Walking',
  'activity.cycling': 'Cycling',
  'activity.swimming': 'Swimming',
  'activity.gardening': 'Gardening',
  'activity.stairs': 'Climbing stairs',
  'activity.custom': 'Own activity',
  'unit.minutes': 'minutes',
  'unit.repetitions': 'times',
  'unit.metres': 'metres',
  'unit.floors': 'floors',
  'exercise.title': 'Exercise programme',
  'exercise.line': 'On {count} days a week ({days}). Sessions done: {done}. {by}',
  'exercise.byPatient': 'The person chose the exercises.',
  'exercise.byTherapist': 'The physiotherapist set the exercises.',
  'exercise.stopped': 'This programme has stopped.',
  'exercise.strength': '{name}: {sets} × {min} to {max} repetitions',
  'exercise.load': ', with {load} kg',
  'exercise.mobilityReps': '{name}: {sets} × {amount} repetitions',
  'exercise.mobilitySeconds': '{name}: {sets} × {amount} seconds',
  'exercise.none': 'No exercise programme.',
  'safety.title': 'Safety check',
  'safety.intro':
    'The app asks about signs for which someone should see a doctor soon. This is what the person answered the last times.',
  'safety.line': '{date}: {tier}',
  'safety.reasons': ' (number of signs: {count})',
  'safety.tier.none': 'no signs that call for a doctor',
  'safety.tier.review': 'signs to mention at the next visit to the GP or physiotherapist',
  'safety.tier.gp_soon': 'advice: see the GP within a few days',
  'safety.tier.emergency': 'advice: contact the GP or the out-of-hours GP service at once',
  'safety.paused': 'Building up the plans is paused until this has been discussed.',
  'safety.none': 'No safety check done yet.',
  footer: 'Veerkracht · {label} · page {page} of {pages}',
  'day.1': 'Mon',
  'day.2': 'Tue',
  'day.3': 'Wed',
  'day.4': 'Thu',
  'day.5': 'Fri',
  'day.6': 'Sat',
  'day.7': 'Sun',
  months: 'January February March April May June July August September October November December',
};

/** Both languages; `texts.test.ts` fails when a key is missing in either. */
export const REPORT_TEXTS: Readonly<Record<ReportLanguage, Readonly<Record<ReportKey, string>>>> = { nl, en };

/**
 * The names of the exercises as the patient and the workspace read them
 * (`texts.test.ts` compares them with the workspace's `therapist.exercise.name.*`).
 */
export const EXERCISE_NAMES: Readonly<Record<ReportLanguage, Readonly<Record<string, string>>>> = {
  nl: {
    hip_hinge: 'Heupscharnier',
    squat: 'Kniebuiging',
    glute_bridge: 'Brug',
    bird_dog: 'Viervoeter',
    dead_bug: 'Kever op de rug',
    side_plank: 'Zijplank',
    band_row: 'Roeien met een band',
    farmers_carry: 'Boodschappen dragen',
    step_up: 'Opstappen',
    split_squat: 'Uitvalspas op de plaats',
    back_extension: 'Rug strekken',
    calf_raise: 'Op je tenen staan',
    wall_push_up: 'Opdrukken tegen de muur',
    cat_cow: 'Bolle en holle rug',
    knee_rolls: 'Knieën opzij',
    hip_flexor_stretch: 'Voorkant heup rekken',
    thoracic_rotation: 'Bovenrug draaien',
    childs_pose: 'Kindhouding',
    hamstring_stretch: 'Achterkant been rekken',
    pelvic_tilt: 'Bekken kantelen',
    standing_side_bend: 'Zijwaarts buigen',
  },
  en: {
    hip_hinge: 'Hip hinge',
    squat: 'Squat',
    glute_bridge: 'Glute bridge',
    bird_dog: 'Bird dog',
    dead_bug: 'Dead bug',
    side_plank: 'Side plank',
    band_row: 'Band row',
    farmers_carry: 'Carrying shopping',
    step_up: 'Step-up',
    split_squat: 'Split squat',
    back_extension: 'Back extension',
    calf_raise: 'Calf raise',
    wall_push_up: 'Wall push-up',
    cat_cow: 'Cat and cow',
    knee_rolls: 'Knee rolls',
    hip_flexor_stretch: 'Hip flexor stretch',
    thoracic_rotation: 'Upper back rotation',
    childs_pose: 'Child’s pose',
    hamstring_stretch: 'Hamstring stretch',
    pelvic_tilt: 'Pelvic tilt',
    standing_side_bend: 'Side bend',
  },
};

/**
 * A text with its `{name}` places filled; a place without a value stays as
 * it is, so a mistake shows in the report instead of vanishing.
 *
 * @example
 * fill('{done} of {planned}', { done: 4, planned: 8 }) // '4 of 8'
 */
export function fill(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
