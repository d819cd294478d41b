/** XML text and attribute escaping for the GraphML and GEXF writers (five entities, and no control characters XML 1.0 forbids). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the control characters XML 1.0 forbids, found here to be dropped
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes a value for XML text or a double-quoted attribute. Hand-written: five replacements
 * do not justify an XML library, and streaming writers need only this.
 */
export function xml(value: unknown): string {
  return String(value ?? '')
    .replace(FORBIDDEN, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
