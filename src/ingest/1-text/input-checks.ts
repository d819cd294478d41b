/**
 * Checks that decide whether a text is worth extracting from: binary data, non-English text.
 * The library never throws on odd input; it returns an empty result with a warning instead.
 */

/** Characters of text processed at most; longer input is cut (with a warning). */
export const MAX_EXTRACT_CHARS = 2_000_000;

const ENGLISH_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'with',
  'was',
  'as',
  'by',
  'has',
  'have',
  'said',
  'it',
  'from',
  'are',
  'were',
  'had',
  'its',
  'their',
  'which',
  'at',
]);

/** True when the text holds NUL bytes or many control/replacement characters (a binary file). */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 20_000);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.02;
}

/**
 * True when most letters are not Latin (Urdu, Pashto, Dari…), or when a longer text has almost
 * none of the commonest English function words (another Latin-script language).
 */
export function looksNonEnglish(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (letters >= 20 && latin / letters < 0.5) return true;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return false;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english / words.length < 0.03;
}
