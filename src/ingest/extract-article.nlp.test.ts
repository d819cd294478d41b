import { afterAll, describe, expect, it } from 'vitest';
import { testParser } from '../../tests/helpers/parser.ts';
import { extractArticle } from './extract-article.ts';
import { MAX_EXTRACT_CHARS } from './1-text/input-checks.ts';

const parser = testParser();
afterAll(() => parser.close());
const extract = (
  text: string,
  options: { publishedAt?: string | null; knownActors?: Parameters<typeof extractArticle>[1]['knownActors'] } = {},
) => extractArticle(text, { ...options, parser });

describe('extractArticle', () => {
  it('returns an empty result with a warning for empty, binary and non-English input', async () => {
    for (const input of [
      '',
      '   \n ',
      'abc\u0000\u0001\u0002def',
      'پاکستان نے افغانستان میں طالبان حکومت سے مطالبہ کیا کہ وہ دہشت گردوں کے خلاف کارروائی کرے',
    ]) {
      const result = await extract(input);
      expect(result.relations).toEqual([]);
      expect(result.warnings.length).toBeGreaterThan(0);
    }
  });

  it('never throws on odd input', async () => {
    const odd = ['((((', '....', '\u202e\u202d', 'A'.repeat(50_000), 'Mr. . . U.S. (TTP) ,,, ’s ’s', undefined as unknown as string];
    for (const input of odd) await expect(extract(input)).resolves.toHaveProperty('relations');
  });

  it('reads long input only up to the limit, with a warning', async () => {
    const long = `The TTP attacked the police. ${' '.repeat(MAX_EXTRACT_CHARS)}The army attacked the TTP.`;
    const result = await extract(long, { publishedAt: '2024-01-01' });
    expect(result.warnings.some((w) => w.includes('only the beginning'))).toBe(true);
    expect(result.relations).toHaveLength(1);
  });

  it('takes the publication date from a dateline when none is given, and ignores an invalid one', async () => {
    expect((await extract('Quetta, 4 January 2023 — The TTP attacked the police on Monday.')).publishedAt).toBe('2023-01-04');
    const invalid = await extract('The TTP attacked the police.', { publishedAt: '2023-02-30' });
    expect(invalid.publishedAt).toBeNull();
    expect(invalid.warnings[0]).toMatch(/invalid publication date/);
  });

  it('is deterministic and gives evidence offsets into the original text', async () => {
    const text = "Advertisement\nThe Afghan Taliban rejected Pakistan's claims. Kabul also urged Islamabad to talk.";
    const a = await extract(text, { publishedAt: '2024-01-01' });
    expect(JSON.stringify(await extract(text, { publishedAt: '2024-01-01' }))).toBe(JSON.stringify(a));
    for (const r of a.relations) expect(text.slice(r.start, r.end)).toBe(r.sentence);
  });

  it('matches actors passed in by the caller like known ones', async () => {
    const knownActors = [
      { id: 'tehreek-e-labbaik', name: 'Tehreek-e-Labbaik Pakistan', kind: 'PoliticalParty' as const, aliases: ['TLP'] },
    ];
    const result = await extract('The TLP accused the government of betrayal.', { publishedAt: '2024-01-01', knownActors });
    expect(result.relations.map((r) => `${r.type} ${r.source}>${r.target}`)).toContain('ACCUSES tehreek-e-labbaik>pakistan-government');
    expect(result.entities.find((e) => e.id === 'tehreek-e-labbaik')?.known).toBe(true);
  });

  it('gives every relation vocabulary types and entity ids present in the output', async () => {
    const result = await extract('The TTP attacked Pakistani security forces. Islamabad accused Kabul of sheltering the group.', {
      publishedAt: '2024-01-01',
    });
    const ids = new Set(result.entities.map((e) => e.id));
    expect(result.relations.length).toBeGreaterThan(1);
    for (const r of result.relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("records a ministry's acts against the government it is part of (knowledge partOf)", async () => {
    const result = await extract('The Pakistani Interior Ministry accused the TTP of extortion in Peshawar.', {
      publishedAt: '2024-01-01',
    });
    const accuses = result.relations.filter((r) => r.type === 'ACCUSES').map((r) => `${r.source}>${r.target}`);
    expect(accuses).toContain('pakistan-government>ttp');
    expect(accuses).not.toContain('pakistan-interior-ministry>ttp');
  });
});
