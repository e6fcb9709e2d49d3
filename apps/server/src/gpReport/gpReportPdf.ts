import {
  type ActivityPlan,
  type LongView,
  type ProgrammeItem,
  type PskRecord,
  START_BACK_COPYRIGHT,
  type StartBackRecord,
  summarizeSeries,
} from '@veerkracht/core';
import { type Color, PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { EXERCISE_NAMES, fill, REPORT_TEXTS, type ReportKey, type ReportLanguage } from './texts.js';
import { winAnsiSafe } from './winAnsi.js';

/**
 * The report for the GP as a PDF (docs/architecture.md, "Exports"; decision
 * 0033): a pure layout of a view the server already worked out (the long
 * view of core `longView`, the measures, plans and safety checks of the
 * therapist's detail page). Nothing here reads records or decides anything
 * clinical: it writes down numbers the view holds, in words and two charts.
 */

/** What the report is made from: the server's export view (`WorkspaceService.exportView`) fits it. */
export type GpReportInput = {
  label: string;
  practice: { name: string };
  therapist: string;
  /** The calendar day the report is made (Europe/Amsterdam), the last day of the 90 days. */
  today: string;
  /** When the report was made (ISO instant): the PDF's creation date. */
  madeAt: string;
  /** The long views; the 30- and 90-day ones are used. */
  trends: readonly LongView[];
  psk: readonly PskRecord[];
  startBack: readonly StartBackRecord[];
  plans: readonly (Pick<
    ActivityPlan,
    'activity' | 'customName' | 'goal' | 'unit' | 'sessions' | 'baselineSessions' | 'status' | 'changedBy'
  > & { sessionsDone: number })[];
  exerciseProgrammes: readonly {
    status: 'active' | 'stopped';
    days: readonly number[];
    by: 'patient' | 'therapist';
    sessionsDone: number;
    items: readonly (ProgrammeItem & { unit?: 'seconds' | 'reps' })[];
  }[];
  /** Newest first. */
  safetyChecks: readonly { date: string; tier: 'emergency' | 'gp_soon' | 'review' | 'none'; reasons: number }[];
  paused: boolean;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;
const BOTTOM = 60;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.4, 0.45);
const GRID = rgb(0.85, 0.85, 0.88);
const PAIN = rgb(0.05, 0.3, 0.6);
const STRESS = rgb(0.75, 0.35, 0.05);
const SLEEP = rgb(0.2, 0.45, 0.3);
/** The most safety checks listed: the latest ones say what the GP needs. */
const SAFETY_CHECKS_SHOWN = 8;

/**
 * A number as the language writes it: at most two decimals, a decimal comma in Dutch.
 *
 * @example
 * formatNumber(5.25, 'nl') // '5,25'
 * formatNumber(5, 'en') // '5'
 */
export function formatNumber(value: number, lang: ReportLanguage): string {
  const text = String(Math.round(value * 100) / 100);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/**
 * A calendar day in words.
 *
 * @example
 * formatDate('2026-11-25', 'nl') // '25 november 2026'
 * formatDate('2026-11-25', 'en') // '25 November 2026'
 */
export function formatDate(day: string, lang: ReportLanguage): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const months = REPORT_TEXTS[lang].months.split(' ');
  return `${date} ${months[month - 1] ?? month} ${year}`;
}

/** Writes lines down the page and starts a new page when the next block does not fit. */
class Writer {
  page: PDFPage;
  y = A4[1] - MARGIN;

  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
  }

  /** Room for `height` more points, or a new page. */
  ensure(height: number): void {
    if (this.y - height >= BOTTOM) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** The text in lines no wider than `width`; a word longer than a line is cut. */
  wrap(text: string, font: PDFFont, size: number, width = WIDTH): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of winAnsiSafe(text).split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line !== '') lines.push(line);
    return lines;
  }

  text(text: string, options: { size?: number; bold?: boolean; color?: Color; after?: number; indent?: number } = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    const leading = size * 1.4;
    const indent = options.indent ?? 0;
    for (const line of this.wrap(text, font, size, WIDTH - indent)) {
      this.ensure(leading);
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: options.color ?? INK });
    }
    this.y -= options.after ?? 4;
  }

  heading(text: string): void {
    // A heading never stands alone at the bottom of a page.
    this.ensure(60);
    this.y -= 8;
    this.text(text, { size: 13, bold: true, after: 4 });
  }
}

type Series = { values: readonly (number | null)[]; color: Color; dashed?: boolean };

/**
 * A line chart of daily values: a frame, grid lines with their values, the
 * first and last day under it, each series as lines between days with a
 * value (a day without one is a gap, never a zero) and a dot for a lone day.
 */
function drawChart(
  writer: Writer,
  chart: { title: string; series: Series[]; max: number; grid: number[]; first: string; last: string },
): void {
  const height = 110;
  writer.ensure(height + 50);
  writer.text(chart.title, { size: 10, bold: true, after: 2 });
  const { page, font } = writer;
  const left = MARGIN + 24;
  const width = WIDTH - 24;
  const top = writer.y - 6;
  const bottom = top - height;
  const yOf = (value: number) => bottom + (value / chart.max) * height;
  for (const line of chart.grid) {
    page.drawLine({
      start: { x: left, y: yOf(line) },
      end: { x: left + width, y: yOf(line) },
      thickness: 0.5,
      color: GRID,
    });
    const label = String(line);
    page.drawText(label, {
      x: left - 6 - font.widthOfTextAtSize(label, 8),
      y: yOf(line) - 3,
      size: 8,
      font,
      color: MUTED,
    });
  }
  page.drawRectangle({ x: left, y: bottom, width, height, borderColor: MUTED, borderWidth: 0.5 });
  for (const series of chart.series) {
    const step = series.values.length > 1 ? width / (series.values.length - 1) : 0;
    series.values.forEach((value, i) => {
      if (value === null) return;
      const x = left + i * step;
      const next = series.values[i + 1];
      const previous = i > 0 ? series.values[i - 1] : null;
      if (next !== undefined && next !== null) {
        page.drawLine({
          start: { x, y: yOf(value) },
          end: { x: x + step, y: yOf(next) },
          thickness: 1.4,
          color: series.color,
          ...(series.dashed ? { dashArray: [3, 2] } : {}),
        });
      } else if (previous === null || previous === undefined) {
        page.drawCircle({ x, y: yOf(value), size: 1.6, color: series.color });
      }
    });
  }
  page.drawText(winAnsiSafe(chart.first), { x: left, y: bottom - 12, size: 8, font, color: MUTED });
  const last = winAnsiSafe(chart.last);
  page.drawText(last, {
    x: left + width - font.widthOfTextAtSize(last, 8),
    y: bottom - 12,
    size: 8,
    font,
    color: MUTED,
  });
  writer.y = bottom - 18;
}

/** A small legend: a line of each series' colour and its name. */
function drawLegend(writer: Writer, items: { label: string; color: Color; dashed?: boolean }[]): void {
  writer.ensure(16);
  writer.y -= 12;
  let x = MARGIN + 24;
  for (const item of items) {
    writer.page.drawLine({
      start: { x, y: writer.y + 3 },
      end: { x: x + 18, y: writer.y + 3 },
      thickness: 1.4,
      color: item.color,
      ...(item.dashed ? { dashArray: [3, 2] } : {}),
    });
    const label = winAnsiSafe(item.label);
    writer.page.drawText(label, { x: x + 22, y: writer.y, size: 9, font: writer.font, color: INK });
    x += 22 + writer.font.widthOfTextAtSize(label, 9) + 18;
  }
  writer.y -= 6;
}

/**
 * The report as PDF bytes, in Dutch or English: pain, sleep and stress over
 * the last 90 days (two charts and the numbers in words), PSK, STarT Back,
 * activity plans with sessions done against planned, the exercise programme
 * and the safety checks, with a footer naming the page on every page.
 * Deterministic: the same view gives the same bytes.
 *
 * @example
 * const bytes = await gpReportPdf(view, 'nl');
 * Buffer.from(bytes.subarray(0, 5)).toString() // '%PDF-'
 */
export async function gpReportPdf(input: GpReportInput, lang: ReportLanguage): Promise<Uint8Array> {
  const words = REPORT_TEXTS[lang];
  const t = (key: ReportKey, params?: Record<string, string | number>) => fill(words[key], params);
  const n = (value: number) => formatNumber(value, lang);
  const date = (day: string) => formatDate(day, lang);

  const doc = await PDFDocument.create();
  const made = new Date(input.madeAt);
  doc.setTitle(winAnsiSafe(`${t('subtitle')}: ${input.label}`));
  doc.setAuthor(winAnsiSafe(`${input.therapist}, ${input.practice.name}`));
  doc.setCreator('Veerkracht');
  doc.setProducer('Veerkracht (pdf-lib)');
  doc.setLanguage(lang === 'nl' ? 'nl-NL' : 'en-GB');
  doc.setCreationDate(made);
  doc.setModificationDate(made);
  const writer = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );

  const ninety = input.trends.find((trend) => trend.period === 90);
  const thirty = input.trends.find((trend) => trend.period === 30);
  const from = ninety?.points[0]?.first ?? input.today;

  writer.text(t('title'), { size: 18, bold: true, after: 2 });
  writer.text(t('subtitle'), { size: 12, color: MUTED, after: 10 });
  writer.text(t('patient', { label: input.label }), { after: 1 });
  writer.text(t('therapist', { therapist: input.therapist, practice: input.practice.name }), { after: 1 });
  writer.text(t('made', { date: date(input.today), from: date(from), to: date(input.today) }), { after: 8 });
  writer.text(t('intro'), { color: MUTED, after: 6 });

  writer.heading(t('trend.title'));
  if (ninety) {
    const points = ninety.points;
    const firstDay = date(points[0]?.first ?? from).replace(/ \d{4}$/, '');
    const lastDay = date(points.at(-1)?.last ?? input.today).replace(/ \d{4}$/, '');
    drawChart(writer, {
      title: t('trend.chartPain'),
      series: [
        { values: points.map((p) => p.pain), color: PAIN },
        { values: points.map((p) => p.stress), color: STRESS, dashed: true },
      ],
      max: 10,
      grid: [0, 5, 10],
      first: firstDay,
      last: lastDay,
    });
    drawLegend(writer, [
      { label: t('trend.legendPain'), color: PAIN },
      { label: t('trend.legendStress'), color: STRESS, dashed: true },
    ]);
    const sleepMax = Math.max(12, Math.ceil(ninety.summaries.sleepHours.max ?? 0));
    drawChart(writer, {
      title: t('trend.chartSleep'),
      series: [{ values: points.map((p) => p.sleepHours), color: SLEEP }],
      max: sleepMax,
      grid: [0, 4, 8, 12].filter((line) => line <= sleepMax),
      first: firstDay,
      last: lastDay,
    });
    const { pain, sleepHours, stress } = ninety.summaries;
    writer.y -= 4;
    if (pain.mean === null) writer.text(t('trend.noPain'));
    else {
      writer.text(
        t('trend.pain', { mean: n(pain.mean), min: n(pain.min ?? 0), max: n(pain.max ?? 0), filled: pain.filled }),
      );
      // The first 30 of the 90 days against the last 30 (the 30-day view), each over the days with a value.
      const early = summarizeSeries(points.slice(0, 30).map((p) => p.pain)).mean;
      const late = thirty?.summaries.pain.mean ?? null;
      if (early !== null && late !== null) writer.text(t('trend.painCompare', { first: n(early), last: n(late) }));
    }
    if (sleepHours.mean === null) writer.text(t('trend.noSleep'));
    else {
      writer.text(
        t('trend.sleep', {
          mean: n(sleepHours.mean),
          min: n(sleepHours.min ?? 0),
          max: n(sleepHours.max ?? 0),
          filled: sleepHours.filled,
        }),
      );
    }
    if (stress.mean === null) writer.text(t('trend.noStress'));
    else {
      writer.text(
        t('trend.stress', {
          mean: n(stress.mean),
          min: n(stress.min ?? 0),
          max: n(stress.max ?? 0),
          filled: stress.filled,
        }),
      );
    }
  } else writer.text(t('trend.noPain'));

  writer.heading(t('psk.title'));
  writer.text(t('psk.intro'), { color: MUTED });
  if (input.psk.length === 0) writer.text(t('psk.none'));
  for (const record of input.psk) {
    const activities = record.activities.map((a) => `‘${a.activity}’ ${n(a.score)}`).join(', ');
    writer.text(t('psk.line', { date: date(record.date), score: n(Math.round(record.score * 10) / 10), activities }), {
      indent: 10,
    });
  }

  writer.heading(t('startBack.title'));
  writer.text(t('startBack.intro'), { color: MUTED });
  if (input.startBack.length === 0) writer.text(t('startBack.none'));
  for (const record of input.startBack) {
    writer.text(
      t('startBack.line', {
        date: date(record.date),
        risk: t(`startBack.risk.${record.score.risk}`),
        total: record.score.total,
        psychosocial: record.score.psychosocial,
      }),
      { indent: 10 },
    );
  }
  // Keele's terms: the notice goes with the tool wherever its results are shown (docs/licences.md).
  if (input.startBack.length > 0) writer.text(`STarT Back ${START_BACK_COPYRIGHT}`, { size: 8, color: MUTED });

  writer.heading(t('plans.title'));
  if (input.plans.length === 0) writer.text(t('plans.none'));
  for (const plan of input.plans) {
    const activity =
      plan.activity === 'custom' && plan.customName ? `‘${plan.customName}’` : t(`activity.${plan.activity}`);
    writer.text(
      t('plans.line', {
        activity,
        goal: n(plan.goal),
        unit: t(`unit.${plan.unit}`),
        done: plan.sessionsDone,
        planned: plan.baselineSessions + plan.sessions,
        baseline: plan.baselineSessions,
        status: t(`plans.status.${plan.status}`),
      }),
      { indent: 10, after: plan.changedBy ? 1 : 4 },
    );
    if (plan.changedBy)
      writer.text(t('plans.changed', { reason: plan.changedBy.reason }), { indent: 20, color: MUTED });
  }

  writer.heading(t('exercise.title'));
  if (input.exerciseProgrammes.length === 0) writer.text(t('exercise.none'));
  for (const programme of input.exerciseProgrammes) {
    writer.text(
      t('exercise.line', {
        count: programme.days.length,
        days: programme.days.map((day) => t(`day.${day}` as ReportKey)).join(', '),
        done: programme.sessionsDone,
        by:
          programme.status === 'stopped'
            ? t('exercise.stopped')
            : t(programme.by === 'therapist' ? 'exercise.byTherapist' : 'exercise.byPatient'),
      }),
      { indent: 10, after: 1 },
    );
    for (const item of programme.items) {
      const name = EXERCISE_NAMES[lang][item.exerciseId] ?? item.exerciseId;
      const line =
        item.kind === 'strength'
          ? t('exercise.strength', { name, sets: item.sets, min: item.repMin, max: item.repMax }) +
            (item.load > 0 ? t('exercise.load', { load: n(item.load) }) : '')
          : t(item.unit === 'seconds' ? 'exercise.mobilitySeconds' : 'exercise.mobilityReps', {
              name,
              sets: item.sets,
              amount: item.amount,
            });
      writer.text(`• ${line}`, { indent: 20, after: 1 });
    }
    writer.y -= 3;
  }

  writer.heading(t('safety.title'));
  writer.text(t('safety.intro'), { color: MUTED });
  if (input.safetyChecks.length === 0) writer.text(t('safety.none'));
  for (const check of input.safetyChecks.slice(0, SAFETY_CHECKS_SHOWN)) {
    const reasons = check.reasons > 0 ? t('safety.reasons', { count: check.reasons }) : '';
    writer.text(t('safety.line', { date: date(check.date), tier: t(`safety.tier.${check.tier}`) + reasons }), {
      indent: 10,
    });
  }
  if (input.paused) writer.text(t('safety.paused'), { bold: true });

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = winAnsiSafe(t('footer', { label: input.label, page: i + 1, pages: pages.length }));
    page.drawText(footer, { x: MARGIN, y: 30, size: 8, font: writer.font, color: MUTED });
  });
  return doc.save();
}
