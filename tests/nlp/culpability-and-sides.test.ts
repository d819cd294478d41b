/**
 * Construction classes of attack reports, with invented actors and sentences and the real parser:
 * - culpability with an attack noun ("X was behind / responsible for the attack on Y");
 * - a post named by who mans it ("a checkpoint manned by Y");
 * - a relative pronoun as its antecedent ("the Front, whose fighters …") and a role in a
 *   whose-relative ("the Front, whose spokesman X said");
 * - a group is not the attacker of its own leader;
 * - a state's report of its own forces' act is neither an accusation nor an allegation.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { extractArticle } from '../../src/ingest/extract-article.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front'], fights: ['valdoria'] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdoria'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark'] },
  { id: 'levy', name: 'Northern Levy', kind: 'SecurityForce', aliases: ['the Levy'], serves: 'valdoria' },
  { id: 'valdoria-press', name: 'Valdorian Press Bureau', kind: 'SecurityForce', aliases: ['the Press Bureau'], speaksFor: 'levy' },
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [] },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);
const has = async (text: string, rel: string) => expect(await rels(text), text).toContain(rel);
const hasNot = async (text: string, rel: string) => expect(await rels(text), text).not.toContain(rel);

describe('culpability with an attack noun', () => {
  it('makes the subject of "behind", "responsible for", "involved in" the attacker', async () => {
    await has('The Front was behind a string of attacks on the Levy.', 'ATTACKS front>levy');
    await has('The Front was responsible for the ambush on the Levy.', 'ATTACKS front>levy');
    await has('Ostmark was involved in the bombing of a Levy barracks.', 'ATTACKS ostmark>levy');
  });

  it('reports it through a speaker as the speaker accusing the culprit', async () => {
    const found = await rels('Valdoria said the Front was responsible for the attack on Ida Voss.');
    expect(found).toContain('ATTACKS front>ida-voss');
    expect(found).toContain('ACCUSES valdoria>front');
  });

  it('reported with "that": "X told reporters that Y was behind the blast"', async () => {
    await has('Valdoria told reporters that the Front was behind the blast.', 'ACCUSES valdoria>front');
    await hasNot('Valdoria told reporters that the Front was behind the wall.', 'ACCUSES valdoria>front');
  });

  it('gives nothing when denied or when "behind" is a place', async () => {
    await hasNot('The Front was not behind the attack on the Levy.', 'ATTACKS front>levy');
    await hasNot('The Levy stood behind the checkpoint when the attack began.', 'ATTACKS levy>front');
    await hasNot('Ostmark was behind the wall during the raid on the market.', 'ATTACKS ostmark>valdoria');
  });
});

describe('blamed for an attack', () => {
  it('makes the one blamed the attacker, as the blamer’s allegation', async () => {
    const text = 'Valdoria blamed the Front for the attack on the Levy.';
    const found = await extractArticle(text, { publishedAt: '2024-05-10', knownActors: ACTORS, parser });
    const attack = found.relations.find((r) => r.type === 'ATTACKS');
    expect(`${attack?.source}>${attack?.target}`).toBe('front>levy');
    expect(attack?.status).toBe('alleged');
    await has('The Front was blamed for the bombing of a Levy barracks.', 'ATTACKS front>levy');
    await has('Valdoria accused the Front of the attack on the Levy.', 'ATTACKS front>levy');
  });

  it('not when the blame is denied, or falls on something else', async () => {
    await hasNot('Valdoria did not blame the Front for the attack on the Levy.', 'ATTACKS front>levy');
    await hasNot('Valdoria blamed the weather for the delay before the attack on the Levy.', 'ATTACKS valdoria>levy');
  });
});

describe('a relative clause is an island for its noun’s governors', () => {
  it('keeps the relative clause’s own statement under an offer, a negation or "aimed at"', async () => {
    await has('Valdoria offered talks to the Front, which had attacked the Levy.', 'ATTACKS front>levy');
    await has('Valdoria did not strike the Front, which had attacked the Levy.', 'ATTACKS front>levy');
    await has(
      'Valdoria said the raids were aimed at fighters of the Front, which Valdoria blames for an assault on a Levy post.',
      'ACCUSES valdoria>front',
    );
  });

  it('while the relative clause’s own negation still counts', async () => {
    await hasNot('Valdoria struck the Front, which had not attacked the Levy.', 'ATTACKS front>levy');
  });
});

describe('a post named by who mans it', () => {
  it('makes a checkpoint "manned by", a camp "run by" stand for that force', async () => {
    await has('Fighters of the Front opened fire on a checkpoint manned by the Levy.', 'ATTACKS front>levy');
    await has('Valdoria bombed a camp run by the Front.', 'ATTACKS valdoria>front');
  });

  it('does not take an unrelated by-phrase for the owner', async () => {
    await hasNot('Fighters of the Front opened fire on a checkpoint visited by Ida Voss.', 'ATTACKS front>ida-voss');
  });
});

describe('relative pronouns and whose-roles', () => {
  it('reads "whose N" as the antecedent’s N', async () => {
    await has('The Levy raided a village near the border and the Front, whose fighters had attacked Valdoria.', 'ATTACKS front>valdoria');
    await has('The Levy shelled positions of the Front, whose gunmen later attacked Ostmark.', 'ATTACKS front>ostmark');
  });

  it('reads a relative pronoun after "the N of X," as X', async () => {
    await has('The Front continued to enjoy the patronage of Ostmark, which provides it with safe havens.', 'SHELTERS ostmark>front');
  });

  it('gives the name after "whose ROLE" that role in the antecedent', async () => {
    await has(
      'The raid was claimed by the Front, whose spokesman Ida Voss said more raids would follow.',
      'SPOKESPERSON_FOR ida-voss>front',
    );
    await has('The Front, whose leader Karel Brandt was killed last year, rejected the offer.', 'LEADS karel-brandt>front');
  });

  it('does not make a group the attacker of its own leader', async () => {
    await hasNot('The Front, whose leader Karel Brandt was killed last year, claimed the attack.', 'ATTACKS front>karel-brandt');
  });
});

describe('help to one’s own body', () => {
  it('is no tie: a commander training his group’s bombers supports no one', async () => {
    const found = await rels('Front commander Karel Brandt trained the bombers of the Front.');
    expect(found).toContain('MEMBER_OF karel-brandt>front');
    expect(found).not.toContain('SUPPORTS karel-brandt>front');
  });

  it('while help to another body still is', async () => {
    await has('Front commander Karel Brandt trained fighters of the Levy.', 'SUPPORTS karel-brandt>levy');
  });
});

describe('a state reporting its own forces', () => {
  it('is not an accusation, and the act is stated, not alleged', async () => {
    const text = 'Valdoria said the Levy had raided a Front camp in the hills.';
    const found = await extractArticle(text, { publishedAt: '2024-05-10', knownActors: ACTORS, parser });
    const list = found.relations.map((r) => `${r.type} ${r.source}>${r.target}`);
    expect(list).toContain('ATTACKS levy>front');
    expect(list).not.toContain('ACCUSES valdoria>levy');
    expect(found.relations.find((r) => r.type === 'ATTACKS')?.status).not.toBe('alleged');
  });

  it('also through the force’s media wing', async () => {
    await hasNot('The Press Bureau said the Levy killed five fighters of the Front.', 'ACCUSES levy>levy');
    const list = await rels('The Press Bureau said the Levy killed five fighters of the Front.');
    expect(list.filter((r) => r.startsWith('ACCUSES'))).toEqual([]);
  });

  it('is still an accusation when another state reports it', async () => {
    await has('Ostmark said the Levy had raided a Front camp in the hills.', 'ACCUSES ostmark>levy');
  });
});

describe('orders to one’s own forces', () => {
  it('are commands, not demands', async () => {
    await hasNot('Valdoria directed the Levy to hunt down the attackers.', 'DEMANDS valdoria>levy');
    await hasNot('Valdoria urged the Levy to step up patrols.', 'DEMANDS valdoria>levy');
  });

  it('while a demand of another state’s forces still is one', async () => {
    await has('Ostmark urged the Levy to withdraw from the border.', 'DEMANDS ostmark>levy');
  });
});

describe('a formal protest', () => {
  it('accuses the one it is lodged with or made to', async () => {
    await has('Valdoria lodged a strong protest with Ostmark over the attacks.', 'ACCUSES valdoria>ostmark');
    await has('Valdoria protested to Ostmark over the raid.', 'ACCUSES valdoria>ostmark');
  });

  it('is not a street protest against someone', async () => {
    await hasNot('Students of Ostmark held a protest against Valdoria.', 'ACCUSES ostmark>valdoria');
  });
});
