/** Checks on user-supplied values, each failing with BAD_USER_INPUT that names the field. */
import { badInput } from '../errors.ts';
import { isPartialDate } from './dates.ts';

export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** A readable id from a name: "Tehreek-e-Taliban Pakistan" → "tehreek-e-taliban-pakistan". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function requireSlug(field: string, value: string): string {
  if (!SLUG.test(value))
    throw badInput(`${field} must be a slug of lower-case letters, digits and hyphens (got ${JSON.stringify(value)})`, { field });
  return value;
}

/** Trimmed text of 1..max characters. */
export function requireText(field: string, value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(`${field} must not be empty`, { field });
  if (text.length > max) throw badInput(`${field} is too long (${text.length} characters, at most ${max})`, { field });
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  return value === null || value === undefined || !value.trim() ? null : requireText(field, value, max);
}

export function optionalDate(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isPartialDate(value)) throw badInput(`${field} is not a date: ${value}`, { field });
  return value;
}

export function requireConfidence(value: number): number {
  if (!(value > 0 && value <= 1)) throw badInput(`confidence must be in (0, 1] (got ${value})`, { field: 'confidence' });
  return value;
}

export function optionalUrl(field: string, value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return url.toString();
  } catch {
    throw badInput(`${field} must be an http(s) URL (got ${JSON.stringify(value)})`, { field });
  }
}
