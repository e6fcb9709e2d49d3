import { inflateSync } from 'node:zlib';

/** WinAnsi's 0x80–0x9F, written out: Node's TextDecoder may read 'windows-1252' as plain Latin-1 there. */
const HIGH: Record<number, string> = Object.fromEntries(
  [...'€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ'].map((char, i) => [0x80 + i, char]),
);

function winAnsi(bytes: Buffer): string {
  return [...bytes].map((byte) => HIGH[byte] ?? String.fromCharCode(byte)).join('');
}

/**
 * The text a PDF shows, page content stream by stream, as written by pdf-lib
 * with a standard font: every Flate stream is inflated, and the strings of its
 * `Tj` operators (hex or literal) are decoded as WinAnsi. Enough to read back
 * what `gpReportPdf` drew, without trusting pdf-lib to read its own output.
 */
export function pdfTextRuns(bytes: Uint8Array): string[][] {
  const raw = Buffer.from(bytes);
  const text = raw.toString('latin1');
  const streams: string[][] = [];
  const start = /stream\r?\n/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const from = match.index + match[0].length;
    const to = text.indexOf('endstream', from);
    if (to < 0) break;
    let content: string;
    try {
      content = inflateSync(raw.subarray(from, to)).toString('latin1');
    } catch {
      continue;
    }
    const runs: string[] = [];
    for (const op of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
      const hex = op[1];
      const bytesOf = hex !== undefined ? Buffer.from(hex, 'hex') : Buffer.from(op[2] ?? '', 'latin1');
      runs.push(winAnsi(bytesOf));
    }
    if (runs.length > 0) streams.push(runs);
    start.lastIndex = to + 'endstream'.length;
  }
  return streams;
}

/** All the text of a PDF as one string, runs joined by spaces. */
export function pdfText(bytes: Uint8Array): string {
  return pdfTextRuns(bytes)
    .map((runs) => runs.join(' '))
    .join('\n');
}
