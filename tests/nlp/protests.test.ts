/**
 * Construction class: a government's formal protest without a to/with phrase, with invented
 * actors and sentences and the real parser. The owner of what is protested is the one blamed;
 * with no owner named, the one summoned to hear it ("summoned X's envoy to lodge a protest",
 * a purpose clause controlled by the subject; an envoy named in apposition, "the Ostmark
 * ambassador, Y,", stands for the state the article has them serve). A nationality adjective on an official stand-in
 * ("the Afghan envoy") names that state's government. Also reported failure ("X said Y had
 * failed to …"), the gerund of a light verb in an accusation ("of providing sanctuary to Y") and
 * "owned the attack". Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors();

const { rels, has } = relationChecks(parser, ACTORS);
/** With a Valdorian minister. */
const with_ = relationChecks(
  parser,
  inventedActors({ id: 'lev-orlov', name: 'Lev Orlov', kind: 'Person', aliases: [], affiliation: 'valdoria' }),
).rels;
const none = async (text: string) =>
  expect(
    (await rels(text)).filter((r) => r.startsWith('ACCUSES')),
    text,
  ).toEqual([]);

describe('a protest without a to/with phrase', () => {
  it('blames the owner of what is protested', async () => {
    await has('Valdoria protested the use of Ostmark’s territory by the Front.', 'ACCUSES valdoria>front');
    await has("Valdoria lodged a strong protest over Ostmark's shelling of the border.", 'ACCUSES valdoria>ostmark');
  });

  it('blames the one summoned to hear it', async () => {
    await has("The Valdorian government summoned Ostmark's envoy to lodge a strong protest over the attack.", 'ACCUSES valdoria>ostmark');
    await has("Valdoria summoned Ostmark's ambassador to protest against the cross-border attack.", 'ACCUSES valdoria>ostmark');
    await has("Valdoria summoned Ostmark's ambassador and lodged a protest over the shelling.", 'ACCUSES valdoria>ostmark');
  });

  it('reads nothing from a street protest, a summons for talks, or a protest not made', async () => {
    await none('The Front protested against Valdoria.');
    await none("Valdoria summoned Ostmark's envoy to discuss trade.");
    await none("Valdoria did not protest the use of Ostmark's territory by the Front.");
  });
});

describe('a nationality adjective on an official stand-in', () => {
  it('names that state’s government (knowledge-base nationality data)', async () => {
    const found = await listRelations(parser, 'Pakistan summoned the Afghan envoy to lodge a protest over the attack.', '2023-05-10');
    expect(found).toContain('ACCUSES pakistan-government>afghan-taliban');
  });
});

describe('reported failure and accusations with a gerund of a light verb', () => {
  it('reads "X said Y had failed to honour its commitments" as X accusing Y', async () => {
    expect(await with_('Lev Orlov said Ostmark had failed to honour its commitments.')).toContain('ACCUSES lev-orlov>ostmark');
    expect(await with_('Lev Orlov went further, saying Ostmark had failed to honour its commitments.')).toContain(
      'ACCUSES lev-orlov>ostmark',
    );
  });

  it('reads no accusation of the speaker’s own side, or of a failure denied', async () => {
    expect(await with_('Lev Orlov said Valdoria had failed to protect the border.')).not.toContain('ACCUSES lev-orlov>valdoria');
    expect(await with_('Lev Orlov said Ostmark had not failed to act.')).not.toContain('ACCUSES lev-orlov>ostmark');
  });

  it('reads "accused X of providing sanctuary to Y" as X sheltering Y, by the accuser’s word', async () => {
    const found = await rels('Valdoria accuses Ostmark of providing sanctuary to the Front.');
    expect(found).toContain('ACCUSES valdoria>ostmark');
    expect(found).toContain('SHELTERS ostmark>front');
  });

  it('reads "was quick to own the attack" as a claim of it', async () => {
    await has(
      'A bombing in the capital on Friday killed an Ostmark officer. The Front was quick to own the attack.',
      'ATTACKS front>ostmark',
    );
  });
});

describe('a common noun with a named actor in apposition', () => {
  it('stands for that actor ("blamed Ostmark’s spy agency, the Bureau, for the attack")', async () => {
    const bureau = inventedActors({ id: 'bureau', name: 'Bureau', kind: 'SecurityForce', aliases: [] });
    const found = await relationChecks(parser, bureau).rels("Valdoria blamed Ostmark's spy agency Bureau for the attack.");
    expect(found).toContain('ACCUSES valdoria>bureau');
  });
});

describe('demands: "call on" with and without a to-clause, a demand beside a shared act', () => {
  it('reads "called on X to act" as a demand and "called on X" as a visit', async () => {
    expect(await with_('Lev Orlov called on Ostmark to hand over the culprits.')).toContain('DEMANDS lev-orlov>ostmark');
    expect(await with_("Lev Orlov called on Ostmark's ambassador on Monday.")).toEqual([]);
  });

  it('addresses a mandative demand to the party of the act it is coordinated with', async () => {
    await has('Valdoria shared the evidence with Ostmark and demanded that the perpetrators be handed over.', 'DEMANDS valdoria>ostmark');
    await none('Valdoria shared the evidence with Ostmark and said that the perpetrators had fled.');
    expect(await rels('Valdoria shared the evidence with Ostmark and said that the perpetrators had fled.')).not.toContain(
      'DEMANDS valdoria>ostmark',
    );
  });
});

describe('a summoned envoy named in apposition', () => {
  const named = relationChecks(parser, inventedActors({ id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] }));

  it('stands for the state they serve', async () => {
    await named.has('Valdoria summoned the Ostmark ambassador, Karel Brandt, to protest.', 'ACCUSES valdoria>ostmark');
    await named.hasNot('Valdoria summoned the Ostmark ambassador, Karel Brandt, to protest.', 'ACCUSES valdoria>karel-brandt');
  });
});
