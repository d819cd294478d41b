/** Mentions of people the knowledge base lacks, with invented names (real parser). */
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());
const run = (text: string) => extractArticle(text, { publishedAt: '2024-05-10', parser });

describe('proposed persons', () => {
  it('proposes a person from a given name and follows the surname later in the article', async () => {
    const r = await run(
      'Officials in Peshawar arrested Muhammad Qandeelzai on Monday. Police said Qandeelzai had joined the TTP last year.',
    );
    const person = r.entities.find((e) => e.name === 'Muhammad Qandeelzai');
    expect(person?.kind).toBe('Person');
    expect(r.relations.map((x) => `${x.type} ${x.source}>${x.target}`)).toContain(`MEMBER_OF ${person!.id}>ttp`);
  });

  it('forgets a surname two people of the article share', async () => {
    const r = await run('Abdul Zarkhel and Yousaf Zarkhel were named in the report. Zarkhel joined the TTP.');
    expect(r.relations.filter((x) => x.type === 'MEMBER_OF')).toEqual([]);
  });

  it('does not make a person of a capitalised phrase without a given name or cue', async () => {
    const r = await run('Heavy Rains flooded the valley.');
    expect(r.entities.filter((e) => e.kind === 'Person')).toEqual([]);
  });
});
