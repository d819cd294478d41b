/**
 * Partial dates as sources give them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A partial date stands
 * for a span (2022-11 is the whole of November 2022); filters compare spans, so a claim dated
 * "2022" overlaps a window starting 2022-06-01.
 */
export type Precision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDate {
  text: string;
  precision: Precision;
  /** First day of the span, YYYY-MM-DD. */
  start: string;
  /** Last day of the span, YYYY-MM-DD. */
  end: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses a partial date; returns undefined when it is not one (or not a real calendar date). */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) return undefined;
  if (!m[2]) return { text: m[1]!, precision: 'YEAR', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (!m[3]) return { text: `${m[1]}-${m[2]}`, precision: 'MONTH', start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return { text: iso, precision: 'DAY', start: iso, end: iso };
}

/** True when the text is a valid partial date. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}
