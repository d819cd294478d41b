/**
 * Date expressions resolved against the publication date, at the precision the text gives.
 *
 * News reports past events, so relative expressions lean to the past: "on Monday" is the
 * latest Monday strictly before publication, "April 21" without a year is the latest April 21
 * not after it, "in December" the latest December. "November last year" is a month
 * (YYYY-MM), never a made-up day. Without a publication date, relative expressions stay null.
 */

export interface DateMention {
  /** Offsets within the string that was searched. */
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when the text gives no year and none can be inferred. */
  value: string | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const fmtDay = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const fmtMonth = (y: number, m: number): string => `${y}-${pad(m)}`;

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

/** Parses YYYY-MM-DD into parts; null when malformed. */
export function parseIsoDate(value: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const check = new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d));
  return check.getUTCMonth() === ymd.m - 1 && check.getUTCDate() === ymd.d ? ymd : null;
}

function shiftDays(ref: Ymd, days: number): string {
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + days));
  return fmtDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Latest given weekday strictly before the reference day. */
function pastWeekday(ref: Ymd, weekday: number): string {
  const refDay = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
  const back = (refDay - weekday + 7) % 7 || 7;
  return shiftDays(ref, -back);
}

/** Year of the latest (month, day) not after the reference. */
function pastYear(ref: Ymd, month: number, day = 1): number {
  return month < ref.m || (month === ref.m && day <= ref.d) ? ref.y : ref.y - 1;
}

type Rule = [RegExp, (m: RegExpExecArray, ref: Ymd | null) => string | null];

/** Most specific patterns first; each match consumes its text so shorter rules cannot re-read it. */
const RULES: Rule[] = [
  [new RegExp(`\\b(\\d{1,2}) ${MONTH_RE},? (\\d{4})\\b`, 'g'), (m) => fmtDay(Number(m[3]), monthIndex(m[2]!), Number(m[1]))],
  [new RegExp(`\\b${MONTH_RE} (\\d{1,2}),? (\\d{4})\\b`, 'g'), (m) => fmtDay(Number(m[3]), monthIndex(m[1]!), Number(m[2]))],
  [new RegExp(`\\b${MONTH_RE},? (\\d{4})\\b`, 'g'), (m) => fmtMonth(Number(m[2]), monthIndex(m[1]!))],
  [new RegExp(`\\b${MONTH_RE} last year\\b`, 'g'), (m, r) => (r ? fmtMonth(r.y - 1, monthIndex(m[1]!)) : null)],
  [new RegExp(`\\b${MONTH_RE} this year\\b`, 'g'), (m, r) => (r ? fmtMonth(r.y, monthIndex(m[1]!)) : null)],
  [new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?![\\d,])\\b`, 'g'), (m, r) => dayNoYear(r, monthIndex(m[1]!), Number(m[2]))],
  [new RegExp(`\\b(\\d{1,2}) ${MONTH_RE}\\b`, 'g'), (m, r) => dayNoYear(r, monthIndex(m[2]!), Number(m[1]))],
  [new RegExp(`\\blast ${MONTH_RE}\\b`, 'g'), (m, r) => (r ? lastMonthNamed(r, monthIndex(m[1]!)) : null)],
  [new RegExp(`\\b${MONTH_RE}\\b`, 'g'), (m, r) => bareMonth(m, r)],
  [/\blast year\b/gi, (_m, r) => (r ? String(r.y - 1) : null)],
  [/\bthis year\b/gi, (_m, r) => (r ? String(r.y) : null)],
  [/\blast month\b/gi, (_m, r) => (r ? (r.m === 1 ? fmtMonth(r.y - 1, 12) : fmtMonth(r.y, r.m - 1)) : null)],
  [/\b(?:earlier |early |later |late )?this month\b/gi, (_m, r) => (r ? fmtMonth(r.y, r.m) : null)],
  [
    new RegExp(`\\b(?:last |this |on |)${WEEKDAY_RE}\\b`, 'g'),
    (m, r) => (r ? pastWeekday(r, WEEKDAYS.indexOf(m[1]!.toLowerCase())) : null),
  ],
  [/\b(?:at|over) the weekend\b|\blast weekend\b/gi, (_m, r) => (r ? pastWeekday(r, 6) : null)],
  [/\byesterday\b/gi, (_m, r) => (r ? shiftDays(r, -1) : null)],
  [/\btoday\b/gi, (_m, r) => (r ? fmtDay(r.y, r.m, r.d) : null)],
  [/\b(?:in|since|by|until|of|from) ((?:19|20)\d{2})\b/g, (m) => m[1]!],
];

function dayNoYear(ref: Ymd | null, month: number, day: number): string | null {
  if (day < 1 || day > 31) return null;
  return ref ? fmtDay(pastYear(ref, month, day), month, day) : null;
}

/** "last August": the latest August strictly before the publication month. */
function lastMonthNamed(ref: Ymd, month: number): string {
  return fmtMonth(month < ref.m ? ref.y : ref.y - 1, month);
}

/** A month named alone ("in December"): the latest such month not after publication. */
function bareMonth(m: RegExpExecArray, ref: Ymd | null): string | null {
  if (!ref || (m[1] === 'May' && !isMonthContext(m))) return null;
  const month = monthIndex(m[1]!);
  return fmtMonth(pastYear(ref, month, 1), month);
}

/** "May" is a month only after a preposition ("in May"), not as the modal verb. */
function isMonthContext(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 8), m.index);
  return /\b(in|since|by|until|early|late|mid|from|of)\s$/i.test(before);
}

/**
 * Finds the date expressions in `text` and resolves them against `publishedAt` (YYYY-MM-DD
 * or null), left to right. Never throws.
 */
export function findDates(text: string, publishedAt: string | null): DateMention[] {
  const ref = parseIsoDate(publishedAt);
  const taken: boolean[] = new Array(text.length).fill(false);
  const found: DateMention[] = [];
  for (const [re, resolve] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      let value: string | null = null;
      try {
        value = resolve(m, ref);
      } catch {
        value = null;
      }
      if (value && /-\d{2}-\d{2}$/.test(value) && !parseIsoDate(value)) value = null;
      for (let i = start; i < end; i++) taken[i] = true;
      found.push({ start, end, value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reads a dateline date ("Tuesday, June 25, 2024", "9 November 2023"); YYYY-MM-DD or null. */
export function parseDatelineDate(text: string): string | null {
  const hit = findDates(text, null).find((d) => d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
  return hit?.value ?? null;
}
