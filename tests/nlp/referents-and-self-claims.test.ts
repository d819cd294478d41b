/**
 * Coreference and self-claims, with invented actors and sentences and the real parser:
 * - "it was behind the blast" has a referent (not a pleonastic "it");
 * - a group saying it was behind an attack claims it: no accusation of itself, and its unnamed
 *   bomber in an earlier sentence is its own;
 * - unnamed attackers are the armed group named earlier in the same sentence, before the
 *   article's default ("repulsed an attack by X fighters, killing four of the attackers");
 * - a capitalised name of several words ending in -s is one body for "its" ("the Border Corps …
 *   its camp");
 * - a pronoun object parallel to the object of the verb it is coordinated with ("accused X of …
 *   and warned them"), and a verb coordinated with "accused" is not under the accusation;
 * - the main verb after a relative clause on the sentence's first name ("X, who was later named
 *   chief, vowed to …"), the role in the passive relative clause, and a vow that threatens only
 *   through a hostile act ("vowed to avenge Y with attacks on Z", not "vowed to rebuild Z").
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'border-corps', name: 'Border Corps', kind: 'SecurityForce', aliases: [] },
  { id: 'rangers', name: 'Valdorian Rangers', kind: 'SecurityForce', aliases: [] },
);

const { rels } = relationChecks(parser, ACTORS);

describe('a group saying it was behind an attack', () => {
  it('claims the attack, its unnamed bomber included, and accuses nobody', async () => {
    const found = await rels(
      'A suicide bomber blew himself up at a Levy checkpoint on Monday. The Amber League, a Front faction, said it was behind the blast.',
    );
    expect(found).toContain('ATTACKS league>levy');
    expect(found).not.toContain('ATTACKS front>levy');
    expect(found.filter((r) => r.startsWith('ACCUSES'))).toEqual([]);
  });

  it('still reads another speaker’s word as an accusation', async () => {
    const found = await rels('Twelve Levy soldiers were killed in a blast on Monday. Valdoria said the Front was behind the blast.');
    expect(found).toContain('ATTACKS front>levy');
    expect(found).toContain('ACCUSES valdoria>front');
  });

  it('keeps "it is important that …" without a referent', async () => {
    expect(await rels('The Front attacked the Levy. It is important that talks resume.')).toEqual(['ATTACKS front>levy']);
  });
});

describe('unnamed attackers and "its" after a plural-looking name', () => {
  it('takes the group named earlier in the sentence and the corps as one body', async () => {
    const found = await rels(
      'The Front attacked the Levy in May. The Border Corps repulsed an attack by League fighters on its camp, killing four of the attackers.',
    );
    expect(found).toContain('ATTACKS league>border-corps');
    expect(found).toContain('ATTACKS border-corps>league');
    expect(found).not.toContain('ATTACKS border-corps>front');
    expect(found).not.toContain('ATTACKS league>levy');
  });
});

describe('a relative clause before the main verb ("X, who was later named chief, vowed …")', () => {
  it('reads the role in the passive relative clause and the threat of the main verb', async () => {
    const found = await rels("Ida Voss, who was later named the Front's new chief, vowed to avenge the death with attacks on the Levy.");
    expect(found).toContain('LEADS ida-voss>front');
    expect(found).toContain('THREATENS ida-voss>levy');
  });

  it('keeps what a relative clause states out of the main clause’s blame', async () => {
    const out = await extractArticle(
      'Ida Voss, who formed the Front in 2007, was blamed by Valdoria for the bombing of the Levy headquarters.',
      {
        publishedAt: '2024-05-10',
        knownActors: ACTORS,
        parser,
      },
    );
    expect(out.relations.filter((r) => r.type === 'LEADS').map((r) => r.status)).toEqual(['stated']);
  });

  it('reads no threat from a vow with no attack in it', async () => {
    const found = await rels('Ida Voss vowed to rebuild the Front with help from the Levy.');
    expect(found.filter((r) => r.startsWith('THREATENS'))).toEqual([]);
  });
});

describe('a pronoun object parallel to the first verb’s object', () => {
  it('reads "accused X of … and warned it" as a threat against X, stated', async () => {
    const out = await extractArticle('Ostmark accused Valdoria of shelling the border and warned it against further strikes.', {
      publishedAt: '2024-05-10',
      knownActors: ACTORS,
      parser,
    });
    const threat = out.relations.find((r) => r.type === 'THREATENS');
    expect(threat).toMatchObject({ source: 'ostmark', target: 'valdoria', status: 'stated' });
  });

  it('gives a person pronoun the person object, not a body', async () => {
    const found = await rels('The Levy arrested the Front commander Ida Voss and later freed him.');
    expect(found).toContain('RELEASES levy>ida-voss');
    expect(found).not.toContain('RELEASES levy>front');
  });
});
