import { afterAll, describe, expect, it } from 'vitest';
import { testParser } from '../../../tests/helpers/parser.ts';
import { extractArticle } from '../extract-article.ts';
import { nameKey } from '../1-text/normalize.ts';

const parser = testParser();
afterAll(() => parser.close());
const run = (text: string, options: { publishedAt?: string | null } = {}) => extractArticle(text, { ...options, parser });
const entities = async (text: string, publishedAt: string | null = '2024-05-10') => (await run(text, { publishedAt })).entities;
const ids = async (text: string, publishedAt: string | null = '2024-05-10') => (await entities(text, publishedAt)).map((e) => e.id);

describe('normalisation', () => {
  it('folds transliteration variants, case, diacritics and a leading "the" to one key', async () => {
    expect(nameKey('Tehrik-i-Taliban Pakistan')).toBe(nameKey('Tehreek-e-Taliban Pakistan'));
    expect(nameKey('the JAMAAT-UL-AHRAR')).toBe(nameKey('Jamat ul Ahrar'));
    expect(nameKey('Türkiye')).toBe(nameKey('Turkiye'));
    expect(nameKey("Pakistan's")).toBe('pakistan');
  });
});

describe('mentions and resolution', () => {
  it('matches known aliases exactly and through spelling variants', async () => {
    expect(await ids('Tehrik-i-Taliban Pakistan fighters crossed the border.')).toContain('ttp');
    expect(await ids('The Islamic Emirate issued a decree.')).toContain('afghan-taliban');
  });

  it('learns an acronym from "Full Name (ACR)" and uses it later', async () => {
    const found = await entities('The Tehreek-e-Nifaz-e-Amn Brigade (TNAB) emerged last year. Police said TNAB fighters fled.');
    const group = found.find((e) => e.kind === 'ArmedGroup');
    expect(group?.aliases).toContain('TNAB');
  });

  it('learns "commonly known as" aliases', async () => {
    const rel = await run(
      'The Lashkar-e-Jhangvi, commonly known as the Jhangvi Front, threatened the police. The Jhangvi Front attacked the police.',
      { publishedAt: '2024-01-01' },
    );
    expect(rel.relations.filter((r) => r.source === 'lashkar-e-jhangvi').map((r) => r.type)).toEqual(
      expect.arrayContaining(['THREATENS', 'ATTACKS']),
    );
  });

  it('resolves a misspelt known name by fuzzy matching within its kind', async () => {
    expect(await ids('Interior Minister Sirajudin Haqqanni met the envoy.')).toContain('sirajuddin-haqqani');
  });

  it('proposes new actors only with a cue to their kind', async () => {
    const found = await entities('Defence Minister Tariq Baloch met Commander Zarin Gul. Later Bright Morning came.');
    expect(found.filter((e) => !e.known).map((e) => [e.name, e.kind])).toEqual([
      ['Tariq Baloch', 'Person'],
      ['Zarin Gul', 'Person'],
    ]);
  });

  it('proposes an armed group from a "… group" head', async () => {
    const found = await entities('Fighters of the Abdul Qadir group ambushed a convoy.');
    expect(found.find((e) => e.id === 'abdul-qadir-group')?.kind).toBe('ArmedGroup');
  });

  it('reads a capital acting as an agent as its government, and a place as a place', async () => {
    const found = await entities('Islamabad condemned the raid. The delegation stayed in Kabul.');
    expect(found.find((e) => e.id === 'pakistan-government')?.aliases).toContain('Islamabad');
    expect(found.find((e) => e.id === 'kabul')?.kind).toBe('Location');
    expect(await ids('The delegation stayed in Kabul.')).not.toContain('afghan-taliban');
  });

  it('lists a nationality adjective that names a state in a relation among the state\'s names ("U.S. missile strikes")', async () => {
    const found = await entities('U.S. missile strikes have killed dozens of TTP fighters.');
    expect(found.find((e) => e.id === 'united-states')?.aliases).toContain('U.S.');
  });

  it('reads a country before a named place of its own as a place ("Afghanistan\'s Kunar province")', async () => {
    expect(await ids("Fighters moved to Afghanistan's Kunar province.", '2023-01-01')).not.toContain('afghan-taliban');
    expect(await ids("Afghanistan's envoy protested.", '2023-01-01')).toContain('afghan-taliban');
  });

  it('makes "the Afghan government" the Taliban after August 2021 and the Republic before', async () => {
    expect(await ids('The Afghan government protested.', '2023-01-01')).toContain('afghan-taliban');
    expect(await ids('The Afghan government protested.', '2019-01-01')).toContain('afghan-republic');
    expect(await ids('Kabul protested.', '2019-01-01')).toContain('afghan-republic');
  });

  it('maps nationality + officials/forces to the state', async () => {
    expect(await ids('Pakistani officials met Afghan authorities.')).toEqual(
      expect.arrayContaining(['pakistan-government', 'afghan-taliban']),
    );
    expect(await ids('Pakistani troops were deployed.')).toContain('pakistan-army');
    expect(await ids('Iranian warplanes and helicopters were seen over the border.')).toContain('iranian-armed-forces');
  });

  it('learns a surname after the full name, unless two people share it', async () => {
    const rels = (
      await run('Interior Minister Rana Sanaullah spoke. Sanaullah accused the TTP of extortion.', { publishedAt: '2023-01-01' })
    ).relations;
    expect(rels.some((r) => r.type === 'ACCUSES' && r.source === 'rana-sanaullah')).toBe(true);
    const shared = (
      await run('Omar Khalid Khorasani and Muhammad Khorasani spoke. Khorasani threatened the army.', { publishedAt: '2023-01-01' })
    ).relations;
    expect(shared.some((r) => r.type === 'THREATENS')).toBe(false);
  });
});

describe('anaphora', () => {
  it('resolves "the group" to the latest armed group', async () => {
    expect(
      (await run('The TTP issued a statement. Later the outlawed group threatened the police.')).relations.map(
        (r) => `${r.type} ${r.source}`,
      ),
    ).toContain('THREATENS ttp');
  });

  it('picks the antecedent of "it" that fits the relation (not a person, not the target)', async () => {
    const rels = (await run('The Afghan Taliban rejected the claim. It has offered a safe haven to the TTP, officials say.')).relations;
    expect(rels.map((r) => `${r.type} ${r.source}>${r.target}`)).toContain('SHELTERS afghan-taliban>ttp');
  });

  it('does not resolve pleonastic "it"', async () => {
    const rels = (await run('The TTP met the jirga. It is important that it was reported widely.')).relations;
    expect(rels.every((r) => r.type !== 'DETAINS')).toBe(true);
  });

  it('resolves "he" to the latest person', async () => {
    const rels = (await run('Zabihullah Mujahid spoke to reporters. He accused Pakistan of violating Afghan airspace.')).relations;
    expect(rels.map((r) => `${r.type} ${r.source}>${r.target}`)).toContain('ACCUSES zabihullah-mujahid>pakistan-government');
  });
});
