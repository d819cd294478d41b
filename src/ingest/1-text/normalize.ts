/**
 * Name normalisation shared by alias matching and fuzzy resolution.
 *
 * News spells transliterated names many ways ("Tehrik-i-Taliban", "Tehreek-e-Taliban",
 * "Jamaat"/"Jamat"), so a token is folded to a loose key: ASCII, lower case, "ee"→"i",
 * "oo"→"u", doubled letters collapsed, and the Urdu/Persian linking vowel ("-i-", "-e-")
 * unified. Two spellings that fold to the same key are treated as the same name.
 */

/** Strips diacritics and lower-cases: "Türkiye" → "turkiye". */
export function foldAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Folds one word to its transliteration-insensitive key. */
export function foldWordKey(word: string): string {
  const ascii = foldAscii(word).replace(/[^a-z0-9]/g, '');
  if (ascii === 'i' || ascii === 'e') return 'e'; // the izafat link in Tehrik-i / Tehreek-e
  return ascii
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/([a-z])\1+/g, '$1');
}

/** Splits a name into word keys, dropping punctuation, a possessive 's and a leading "the". */
export function nameKeys(name: string): string[] {
  const words = foldAscii(name)
    .replace(/['’`]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.map(foldWordKey);
}

/** The lookup key of a whole name: its word keys joined by single spaces. */
export function nameKey(name: string): string {
  return nameKeys(name).join(' ');
}

/** Readable, deterministic id for a name the knowledge base does not know: "Hafiz Gul" → "hafiz-gul". */
export function slugify(name: string): string {
  return (
    foldAscii(name)
      .replace(/['’`]s\b/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^the-/, '') || 'unnamed'
  );
}
