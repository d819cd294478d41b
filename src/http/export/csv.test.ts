import { describe, expect, it } from 'vitest';
import { csvField } from './csv.ts';
import { xml } from './xml.ts';

describe('export escaping', () => {
  it('quotes CSV fields that need it and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
  });
  it('escapes XML text and attributes and drops characters XML 1.0 forbids', () => {
    expect(xml(`<a href="x">Tom's & co\u0001</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; co&lt;/a&gt;');
  });
});
