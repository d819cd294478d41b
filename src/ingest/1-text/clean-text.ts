/**
 * Page furniture removal that keeps offsets: furniture is overwritten with spaces (newlines
 * kept), so every character offset of the cleaned text is an offset into the original.
 *
 * Scraped news pages carry advertising slots, "Most Popular" boxes, share buttons and
 * navigation crumbs ("HomeWorldPakistan rejects…", "Home > World > …"); none of it is
 * article prose, and a crumb repeats the headline, which would double the mentions.
 */
import { parseDatelineDate } from '../5-finish/dates.ts';

export interface CleanedText {
  /** Same length as the input; furniture and the dateline blanked out. */
  text: string;
  /** Blanked ranges with the reason, in order. */
  removed: Array<{ start: number; end: number; reason: 'furniture' | 'dateline' }>;
  /** Publication date read from a dateline, if any (YYYY-MM-DD). */
  datelineDate: string | null;
  /** The place a dateline names ("PESHAWAR", "Islamabad"), as written; null when none. */
  datelinePlace: string | null;
}

/** Whole lines that are page furniture, never prose. */
const FURNITURE_LINE =
  /^\s*[-–—•|]*\s*(advertis(e)?ment|sponsored( content)?|most popular|most read|trending( now)?|related( articles| posts| stories)?|read more|also read|recommended( for you)?|google search engine|share( this( article| story)?)?( on (facebook|twitter|x|whatsapp|linkedin))?|tweet|print|email|facebook|twitter|whatsapp|follow us( on .*)?|subscribe( now)?|sign up.*newsletter.*|click here.*|comments?|leave a (reply|comment)|you may also like|latest news|tags?:.*|loading\.*)\s*[-–—•|]*\s*$/i;
/** A link to another article: "Read more: Airbase attack foiled, nine killed", "Also read | …". */
const LINK_LINE = /^\s*(read more|also read|read also|related|see also|more on this|recommended|watch)\s*[:|–—-]\s*\S.*$/i;
/** Navigation crumbs: "Home > World > Asia" or "HomeWorldPakistan…" (words glued by a CMS). */
const CRUMB_LINE = /^\s*([Hh]ome\s*([>»/|›]\s*\S.*|[A-Z][a-z]+[A-Z]\S*.*))$/;
/** A line that is only a date: "Tuesday, June 25, 2024". */
const DATE_ONLY_LINE = /^\s*((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s*$/;
/** A byline's date: "By Staff Reporter | Published November 3, 2014", "Updated: 9 May 2023". */
const BYLINE_DATE = /\b(?:Published|Updated|Posted)(?:\s+on)?:?\s+(.+)$/i;
/** A press release's place and date alone on a line: "Islamabad, 30 March 2024". */
const PLACE_DATE_LINE =
  /^\s*([A-Z][A-Za-z .'-]{1,40}),\s*((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})\s*$/;
/** A header line ending in its place and date: "Press Release, Information Office, Rawalpindi - September 18, 2015". */
const HEADER_PLACE_DATE =
  /(?:^|,\s*)([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})\s*(?:,|[—–-])\s*((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})\s*$/;
/**
 * "Islamabad, 9 November 2023 — " / "PESHAWAR (Reuters) - " / "KARACHI/ISLAMABAD, June 15 -" at
 * the start of the body. Counts as a dateline with a year or an agency in brackets, or, for a
 * place in capitals, a month and day ("KAMRA, Pakistan, Aug 16 - ").
 */
const DATELINE_PREFIX =
  /^\s*([A-Z][A-Za-z .'-]{1,40}?(?:\/[A-Z][A-Za-z .'-]{1,40}?)*)(,\s*[A-Za-z0-9 ,.]{4,30})?(\s*\([A-Za-z .]+\))?\s*[—–-]{1,2}\s+/;
const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;
/** True when a dash-opened prefix is a dateline (see DATELINE_PREFIX), not a sentence with a dash. */
function isDashDateline(prefix: RegExpExecArray): boolean {
  if (/\d{4}|\(/.test(prefix[0])) return true;
  return !/\p{Ll}/u.test(prefix[1]!) && MONTH_DAY.test(prefix[2] ?? '');
}
/** An update's marker opening a paragraph: "UPDATE, Nov. 7 - ", "UPDATE, Aug 17:" (the words after it are the article's). */
const UPDATE_MARKER = /^\s*UPDATED?\b,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?\s*[:—–-]\s*/;
/** "BANNU: Militants stormed …", "QUETTA (Staff Report): …" — the press's capitalised place and colon opening the body. */
const CAPS_DATELINE =
  /^\s*([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?(?:\s*\([^)]{1,30}\))?:\s+(?=[A-Z"“])/;

/** The first of a dateline's places ("KARACHI/ISLAMABAD" → "KARACHI"). */
function firstPlace(places: string): string {
  return places.split('/')[0]!.trim();
}

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

/** Blanks page furniture and the dateline; returns the offset-preserving text. Never throws. */
export function cleanText(input: string): CleanedText {
  const text = input.replaceAll(String.fromCharCode(0), ' ');
  const out = text.split(''); // UTF-16 units, so offsets match String.prototype.slice
  const removed: CleanedText['removed'] = [];
  let datelineDate: string | null = null;
  let datelinePlace: string | null = null;
  let offset = 0;
  let seenProse = false;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (!line.trim()) continue;
    if (FURNITURE_LINE.test(line) || CRUMB_LINE.test(line) || LINK_LINE.test(line)) {
      blank(out, start, end);
      removed.push({ start, end, reason: 'furniture' });
      continue;
    }
    const byline = seenProse ? null : BYLINE_DATE.exec(line);
    const bylineDate = byline ? parseDatelineDate(byline[1]!) : null;
    if (bylineDate && line.trim().split(/\s+/).length <= 12) {
      datelineDate ??= bylineDate;
      // "ISLAMABAD, Feb 6, 2014 (PNW) - updated April 16": a dateline carrying its update
      const lead = DATELINE_PREFIX.exec(line);
      if (lead && isDashDateline(lead)) datelinePlace ??= firstPlace(lead[1]!);
      blank(out, start, end);
      removed.push({ start, end, reason: 'dateline' });
      continue;
    }
    const short = line.trim().split(/\s+/).length <= 14;
    const placeDate = seenProse ? null : (PLACE_DATE_LINE.exec(line) ?? (short ? HEADER_PLACE_DATE.exec(line) : null));
    if (placeDate) datelinePlace ??= placeDate[1]!.trim();
    if (!seenProse && (DATE_ONLY_LINE.test(line) || placeDate)) {
      datelineDate ??= parseDatelineDate(
        placeDate ? line.slice(placeDate.index + placeDate[0].indexOf(placeDate[1]!) + placeDate[1]!.length) : line,
      );
      blank(out, start, end);
      removed.push({ start, end, reason: 'dateline' });
      continue;
    }
    const update = UPDATE_MARKER.exec(line);
    if (update) {
      blank(out, start, start + update[0].length);
      removed.push({ start, end: start + update[0].length, reason: 'dateline' });
    } else if (!seenProse) {
      const dashed = DATELINE_PREFIX.exec(line);
      const prefix = dashed && isDashDateline(dashed) ? dashed : CAPS_DATELINE.exec(line);
      if (prefix) {
        datelineDate ??= parseDatelineDate(prefix[0]);
        datelinePlace ??= firstPlace(prefix[1]!);
        blank(out, start, start + prefix[0].length);
        removed.push({ start, end: start + prefix[0].length, reason: 'dateline' });
      }
    }
    seenProse = seenProse || line.trim().split(/\s+/).length > 12;
  }
  return { text: out.join(''), removed, datelineDate, datelinePlace };
}
