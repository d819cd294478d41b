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

  it('knows given names of the region and of foreign officials (knowledge/lexicon/given-names.yaml)', async () => {
    const r = await run('Shehbaz Qandeelzai met Peter Vantrell in Kabul. Tayyeb Marwandi joined the TTP in 2019.');
    for (const name of ['Shehbaz Qandeelzai', 'Peter Vantrell', 'Tayyeb Marwandi'])
      expect(r.entities.find((e) => e.name === name)?.kind, name).toBe('Person');
  });

  it('reads a name written family name first, and its family name as the second reference', async () => {
    const r = await run('Zhou Haoran met officials in Kabul on Monday. Zhou urged the TTP to lay down its arms.');
    const person = r.entities.find((e) => e.name === 'Zhou Haoran');
    expect(person?.kind).toBe('Person');
    expect(r.relations.map((x) => `${x.type} ${x.source}>${x.target}`)).toContain(`DEMANDS ${person!.id}>ttp`);
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

describe('proposed organisations', () => {
  const kindOf = (r: Awaited<ReturnType<typeof run>>, name: string) => r.entities.find((e) => e.name === name)?.kind;

  it('keeps a hyphenated transliteration with lower-case connectors whole', async () => {
    const r = await run('Lashkar-e-Zarvan claimed the attack on the Pakistani army post on Monday.');
    expect(kindOf(r, 'Lashkar-e-Zarvan')).toBe('ArmedGroup');
    const r2 = await run('The attack was claimed by Jamaat-ul-Qudrat Tanzeem on Monday.');
    expect(kindOf(r2, 'Jamaat-ul-Qudrat Tanzeem')).toBe('ArmedGroup');
  });

  it('reads the kind from a descriptive appositive', async () => {
    const r = await run('Zarghun Tanzeem, a shadowy militant outfit, claimed the attack.');
    expect(kindOf(r, 'Zarghun Tanzeem')).toBe('ArmedGroup');
    const r2 = await run('Noor Sahara, a charity based in Quetta, distributed food.');
    expect(kindOf(r2, 'Noor Sahara')).toBe('Organization');
  });

  it('does not take the kind from a noun inside an of-phrase', async () => {
    const r = await run('Bashir Wazirgul, a member of the group, spoke to reporters.');
    expect(kindOf(r, 'Bashir Wazirgul')).not.toBe('ArmedGroup');
    const r2 = await run('Heavy Rains, a problem for the group, flooded the valley.');
    expect(kindOf(r2, 'Heavy Rains')).toBeUndefined();
  });
});

describe('a misspelt person matches a known one word by word', () => {
  it('does not take another surname with the same given name for the known person', async () => {
    const known = [{ id: 'abdulrahman-zakil', name: 'Abdulrahman Zakil', kind: 'Person' as const, aliases: [] }];
    const r = await extractArticle('Minister Abdulrahman Zajib said the talks would go on.', {
      publishedAt: '2024-05-10',
      parser,
      knownActors: known,
    });
    expect(r.entities.map((e) => e.id)).not.toContain('abdulrahman-zakil');
    const r2 = await extractArticle('Minister Abdulrahman Zakill said the talks would go on.', {
      publishedAt: '2024-05-10',
      parser,
      knownActors: known,
    });
    expect(r2.entities.map((e) => e.id)).toContain('abdulrahman-zakil');
  });
});

describe('names with ranks, honorifics and organisation heads', () => {
  it('leaves a multi-word rank out of the name, keeps an honorific that opens it', async () => {
    const r = await run('Air Chief Marshal Dorel Vantrak visited the base. Pope Anselm condemned the attack.');
    expect(r.entities.find((e) => e.name === 'Dorel Vantrak')?.kind).toBe('Person');
    expect(r.entities.find((e) => e.name === 'Pope Anselm')?.kind).toBe('Person');
    expect(r.entities.some((e) => e.name.startsWith('Marshal'))).toBe(false);
  });

  it('takes the kind of an unknown organisation from its head word', async () => {
    const r = await run(
      'The blast hit a Marvest Group Company bus. The Northern Aviation Authority was blamed. Gunmen attacked the Holy Vale Church.',
    );
    expect(r.entities.find((e) => e.name === 'Marvest Group Company')?.kind).toBe('Organization');
    expect(r.entities.find((e) => e.name === 'Northern Aviation Authority')?.kind).toBe('Government');
    expect(r.entities.find((e) => e.name === 'Holy Vale Church')?.kind).toBe('Organization');
  });

  it('makes a company or board named after a known country an organisation, not the country', async () => {
    const r = await run('The Qatar Sailing Board condemned the raid. Gunmen stopped an Iran Marvest Company truck.');
    expect(r.entities.find((e) => e.name === 'Qatar Sailing Board')?.kind).toBe('Organization');
    expect(r.entities.find((e) => e.name === 'Iran Marvest Company')?.kind).toBe('Organization');
    expect(r.entities.some((e) => e.id === 'qatar' || e.id === 'iran')).toBe(false);
  });
});

describe('names closed by a family or clan name (knowledge/lexicon/family-names-last.yaml)', () => {
  it('proposes a person', async () => {
    const r = await run('The faction was revived under Dorran Khan, who still leads it. Zelmir Mehsud joined the TTP.');
    expect(r.entities.find((e) => e.name === 'Dorran Khan')?.kind).toBe('Person');
    expect(r.entities.find((e) => e.name === 'Zelmir Mehsud')?.kind).toBe('Person');
  });

  it('leaves a name with a kind head to that head', async () => {
    const r = await run('The Dorran Khan Brigade attacked a checkpoint.');
    expect(r.entities.find((e) => e.name.startsWith('Dorran Khan'))?.kind).toBe('ArmedGroup');
  });
});

describe("a place's authorities and a state's government forces", () => {
  it('makes the rulers of a place that stands for no state a government of their own', async () => {
    const r = await extractArticle('Officials urged the Kandahar authorities to reopen the crossing.', {
      publishedAt: '2022-12-12',
      parser,
    });
    expect(r.entities.find((e) => e.name === 'Kandahar authorities')?.kind).toBe('Government');
    const kabul = await extractArticle('The Kabul administration denied the report.', { publishedAt: '2022-12-12', parser });
    expect(kabul.entities.some((e) => e.name === 'Kabul administration')).toBe(false);
  });

  it("reads '<nationality> government forces' as the state's forces of the day", async () => {
    const before = await extractArticle('Afghan government forces retreated.', { publishedAt: '2019-12-12', parser });
    expect(before.entities.map((e) => e.id)).toContain('afghan-national-security-forces');
    expect(before.entities.map((e) => e.id)).not.toContain('afghan-republic');
  });
});

describe("a title's complement", () => {
  it('is no person of its own', async () => {
    const r = await run('The Chief of Army Staff, General Dorel Vantrak, visited the base.');
    expect(r.entities.find((e) => e.name === 'Dorel Vantrak')?.kind).toBe('Person');
    expect(r.entities.some((e) => e.name === 'Staff')).toBe(false);
  });
});
