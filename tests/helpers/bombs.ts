/** Hostile documents for the limit tests. */

/** `levels` levels of fragments, each spreading the `width` of the level below: width^levels spreads once expanded. */
export function fragmentBomb(levels = 12, width = 5): string {
  const names = (level: number) => Array.from({ length: width }, (_, i) => `F${level}${String.fromCharCode(97 + i)}`);
  const parts = ['{...F0a}'];
  for (let level = 0; level < levels; level++) {
    for (const name of level === 0 ? ['F0a'] : names(level)) {
      const body =
        level === levels - 1
          ? 'health{ok}'
          : names(level + 1)
              .map((n) => `...${n}`)
              .join(' ');
      parts.push(`fragment ${name} on Query{${body}}`);
    }
  }
  return parts.join(' ');
}
