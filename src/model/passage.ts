/**
 * The cited sentence in its paragraph, for reading evidence in context: the article's text is
 * kept on its node at ingestion, and a claim keeps its sentence, so the paragraph is the run
 * of text between the blank lines or line breaks around the sentence's first occurrence.
 */
export interface Passage {
  before: string;
  sentence: string;
  after: string;
}

const MAX_SIDE = 1200;

/**
 * Finds `sentence` in `text` (whitespace-insensitive) and returns the paragraph around it,
 * split into the text before, the sentence, and the text after (each side at most MAX_SIDE
 * characters). Null when the sentence is not in the text.
 */
export function passageOf(text: string, sentence: string): Passage | null {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const match = pattern.exec(text);
  if (!match) return null;
  const start = match.index;
  const end = start + match[0].length;
  const paraStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - MAX_SIDE);
  const nextBreak = text.indexOf('\n', end);
  const paraEnd = Math.min(nextBreak === -1 ? text.length : nextBreak, end + MAX_SIDE);
  return { before: text.slice(paraStart, start).trimStart(), sentence: match[0], after: text.slice(end, paraEnd).trimEnd() };
}
