import {
  addDays,
  type CheckIn,
  LONG_VIEW_PERIODS,
  longView,
  programmeFromStarter,
  type StartBackAnswers,
  scoreStartBack,
} from '@veerkracht/core';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../testing/pdfText.js';
import { formatDate, formatNumber, type GpReportInput, gpReportPdf } from './gpReportPdf.js';

const TODAY = '2026-11-25';
const answers: StartBackAnswers = {
  q1: true,
  q2: false,
  q3: true,
  q4: false,
  q5: true,
  q6: true,
  q7: false,
  q8: true,
  q9: 'very_much',
};

/** 90 days: pain from 7 down to 3 with gaps every fifth day, sleep on most nights, stress now and then. */
function sampleInput(overrides: Partial<GpReportInput> = {}): GpReportInput {
  const checkIns = new Map<string, { data: CheckIn }>();
  const nights = new Map<string, { hoursSlept: number }>();
  for (let back = 89; back >= 0; back -= 1) {
    if (back % 5 === 2) continue;
    const date = addDays(TODAY, -back);
    const pain = Math.round(3 + (4 * back) / 89);
    checkIns.set(date, { data: { date, pain, ...(back % 3 === 0 ? { stress: 5 } : {}) } });
    nights.set(date, { hoursSlept: 6 + (back % 4) * 0.5 });
  }
  const programme = programmeFromStarter(
    {
      days: [1, 4],
      items: [
        { exerciseId: 'glute_bridge', feared: false },
        { exerciseId: 'knee_rolls', feared: false },
      ],
    },
    { programmeId: 'p1', at: '2026-10-06T09:00:00.000Z', by: 'therapist' },
  );
  return {
    label: 'Mw. J. de Vries',
    practice: { name: 'Fysio Noord' },
    therapist: 'Els de Boer',
    today: TODAY,
    madeAt: '2026-11-25T11:00:00.000Z',
    trends: LONG_VIEW_PERIODS.map((period) => longView(checkIns, nights, TODAY, period)),
    psk: [
      {
        date: '2026-09-01',
        activities: [
          { activity: 'Stofzuigen', score: 3 },
          { activity: 'Fietsen naar “het werk”', score: 5 },
        ],
        score: 4,
      },
      { date: '2026-10-01', activities: [{ activity: 'Stofzuigen', score: 6 }], score: 6 },
    ],
    startBack: [
      { date: '2026-09-01', answers, score: scoreStartBack(answers) },
      {
        date: '2026-11-24',
        answers: { ...answers, q5: false, q6: false, q9: 'slightly' },
        score: scoreStartBack({ ...answers, q5: false, q6: false, q9: 'slightly' }),
      },
    ],
    plans: [
      {
        activity: 'walking',
        goal: 20,
        unit: 'minutes',
        sessions: 5,
        baselineSessions: 3,
        status: 'active',
        changedBy: { name: 'Els de Boer', reason: 'Het gaat goed, we bouwen verder op.' },
        sessionsDone: 6,
      },
      {
        activity: 'custom',
        customName: 'Dansen',
        goal: 10,
        unit: 'minutes',
        sessions: 4,
        baselineSessions: 2,
        status: 'baseline',
        sessionsDone: 1,
      },
    ],
    exerciseProgrammes: [
      {
        ...programme,
        sessionsDone: 7,
        items: programme.items.map((item) => (item.kind === 'mobility' ? { ...item, unit: 'reps' as const } : item)),
      },
    ],
    safetyChecks: [
      { date: '2026-11-20', tier: 'gp_soon', reasons: 1 },
      { date: '2026-09-01', tier: 'none', reasons: 0 },
    ],
    paused: true,
    ...overrides,
  };
}

describe('the report for the GP', () => {
  it('is a PDF of A4 pages with every part of the course, in Dutch', async () => {
    const bytes = await gpReportPdf(sampleInput(), 'nl');
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(doc.getTitle()).toBe('Rapport voor de huisarts: Mw. J. de Vries');
    const text = pdfText(bytes);
    for (const expected of [
      'Verloop van aanhoudende rugklachten',
      'Patiënt (naam of nummer van de praktijk): Mw. J. de Vries',
      'Fysiotherapeut: Els de Boer, Fysio Noord',
      'De cijfers gaan over de laatste 90 dagen: 28 augustus 2026 tot en met 25 november 2026.',
      'Pijn en stress per dag (0 tot 10)',
      'In de eerste 30 dagen was de pijn gemiddeld',
      'Slaap: gemiddeld',
      '1 september 2026: 4 (‘Stofzuigen’ 3, ‘Fietsen naar “het werk”’ 5)',
      '1 september 2026: hoog risico (score 6 van 9, psychosociaal 4 van 5)',
      '24 november 2026: laag risico',
      'STarT Back © Keele University 01/08/07',
      'Wandelen: doel 20 minuten per keer. 6 van de 8 geplande keren gedaan',
      'Aangepast door de fysiotherapeut: ‘Het gaat goed, we bouwen verder op.’',
      '‘Dansen’: doel 10 minuten per keer. 1 van de 6 geplande keren gedaan',
      'Op 2 dagen per week (ma, do). Aantal keer geoefend: 7. De fysiotherapeut stelde de oefeningen in.',
      '• Brug: 2 × 8 tot 15 herhalingen',
      '• Knieën opzij: 1 × 6 herhalingen',
      '20 november 2026: advies: binnen enkele dagen naar de huisarts (aantal signalen: 1)',
      'Het opbouwen van de plannen staat op pauze tot dit besproken is.',
      'pagina 1 van',
    ]) {
      expect(text.replace(/\s+/g, ' '), expected).toContain(expected);
    }
    for (const word of ['chronisch', 'slijtage', 'hernia', 'beschadigd', 'instabiel', 'kwetsbaar']) {
      expect(text.toLowerCase()).not.toContain(word);
    }
  });

  it('writes the same report in English', async () => {
    const text = pdfText(await gpReportPdf(sampleInput(), 'en')).replace(/\s+/g, ' ');
    for (const expected of [
      'Course of persistent low back pain',
      'Report for the GP',
      'The numbers are about the last 90 days: 28 August 2026 to 25 November 2026.',
      'Walking: goal 20 minutes per session. 6 of the 8 planned sessions done',
      '1 September 2026: high risk (score 6 of 9, psychosocial 4 of 5)',
      'Glute bridge: 2 × 8 to 15 repetitions',
      'advice: see the GP within a few days',
      'page 1 of',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('Verloop');
  });

  it('shows the person’s own words safely, whatever they typed, and names every page', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      date: addDays('2026-08-01', i),
      activities: [{ activity: `Tillen ≥ 5 kg → bukken 🙂 ${i}`, score: 5 }],
      score: 5,
    }));
    const bytes = await gpReportPdf(sampleInput({ psk: many, label: 'Dhr. Ł. Ösz' }), 'nl');
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(bytes);
    expect(text).toContain('‘Tillen >= 5 kg -> bukken ? 39’ 5');
    expect(text).toContain(`Veerkracht · Dhr. ?. Ösz · pagina ${pages} van ${pages}`);
  });

  it('says so when there is nothing yet, instead of drawing empty numbers', async () => {
    const empty = sampleInput({
      trends: [],
      psk: [],
      startBack: [],
      plans: [],
      exerciseProgrammes: [],
      safetyChecks: [],
      paused: false,
    });
    const text = pdfText(await gpReportPdf(empty, 'nl')).replace(/\s+/g, ' ');
    for (const expected of [
      'Geen pijncijfers in deze 90 dagen.',
      'Nog geen PSK ingevuld.',
      'Nog geen STarT Back ingevuld.',
      'Geen activiteitenplan.',
      'Geen oefenprogramma.',
      'Nog geen veiligheidscheck gedaan.',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('STarT Back ©');
  });

  it('gives the same bytes for the same view', async () => {
    const input = sampleInput();
    expect(Buffer.from(await gpReportPdf(input, 'nl')).equals(Buffer.from(await gpReportPdf(input, 'nl')))).toBe(true);
  });

  it('writes numbers and dates as each language does', () => {
    expect(formatNumber(5.25, 'nl')).toBe('5,25');
    expect(formatNumber(5.25, 'en')).toBe('5.25');
    expect(formatDate('2026-03-07', 'nl')).toBe('7 maart 2026');
    expect(formatDate('2026-03-07', 'en')).toBe('7 March 2026');
  });
});
