/** Field parsing shared by the dataset readers: each returns a value or an error reason. */
import { parsePartialDate } from '../../model/dates.ts';
import type { EventPlace, RowError, RowErrorReason } from '../types.ts';

export class FieldError extends Error {
  constructor(
    readonly reason: RowErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export function required(value: string, column: string): string {
  if (!value) throw new FieldError('missing field', `${column} is empty`);
  return value;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** YYYY-MM-DD, YYYYMMDD, "15 January 2024" or "15-Jan-2024" (optionally followed by a time) → YYYY-MM-DD. */
export function dayDate(value: string, column: string): string {
  const text = value.replace(/[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, '').trim();
  let iso: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) iso = text;
  else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) iso = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(text))) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![2]!.toLowerCase()) && m![2]!.length >= 3);
    if (month >= 0) iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  if (!iso || !parsePartialDate(iso)) throw new FieldError('bad date', `${column} ${JSON.stringify(value)} is not a date`);
  return iso;
}

/** A number, or null when the field is empty. */
export function optionalNumber(value: string, column: string): number | null {
  if (value === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new FieldError('bad number', `${column} ${JSON.stringify(value)} is not a number`);
  return n;
}

/** A place from a name and coordinates; null when there are no coordinates. */
export function place(name: string, lat: string, lon: string): EventPlace | null {
  const latitude = optionalNumber(lat, 'latitude');
  const longitude = optionalNumber(lon, 'longitude');
  if (latitude === null || longitude === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    throw new FieldError('bad number', `coordinates ${lat}, ${lon} are out of range`);
  return { name: name || `${latitude}, ${longitude}`, latitude, longitude };
}

/** Runs a row parser, turning a FieldError into a row error with the line. */
export function guarded<T>(line: number, parse: () => T): { ok: true; value: T } | { ok: false; error: RowError } {
  try {
    return { ok: true, value: parse() };
  } catch (err) {
    if (err instanceof FieldError) return { ok: false, error: { line, reason: err.reason, detail: err.message } };
    throw err;
  }
}

export const orNull = (value: string): string | null => (value === '' ? null : value);
