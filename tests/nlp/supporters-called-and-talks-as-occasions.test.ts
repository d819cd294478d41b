/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a supporter noun in the small clause of a describing verb ("X called Ostmark the main sponsor
 *   of the Front", also as the parser reads it with the noun loose on the name): the described
 *   actor supports the noun's owner, as the describer alleges;
 * - talks with one party as the occasion of the other's act ("The government, after talks with
 *   Y, reached an agreement"): the verb's subject is the other party;
 * - talks with an unnamed party ("had been in contact with handlers abroad"): no named pair is
 *   inferred for them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'unity-party', name: 'Unity Party', kind: 'PoliticalParty', aliases: [] });
const { has, hasNot, statusOf } = relationChecks(parser, ACTORS);

describe('a supporter noun in a small clause', () => {
  it('the described actor supports the owner, as alleged', async () => {
    await has('Ida Voss called Ostmark the main sponsor of the Front.', 'SUPPORTS ostmark>front');
    await has('Ida Voss called Ostmark "the main sponsor" of the Front.', 'SUPPORTS ostmark>front');
    await has('Valdoria branded Ostmark the chief patron of the League.', 'SUPPORTS ostmark>league');
    await has('Valdoria branded Ostmark the chief patron of the League.', 'ACCUSES valdoria>ostmark');
    expect(await statusOf('Ida Voss called Ostmark the main sponsor of the Front.', 'SUPPORTS ostmark>front')).toBe('alleged');
  });

  it('not a noun that names no supporter', async () => {
    await hasNot('Ida Voss called Ostmark the main victim of the Front.', 'SUPPORTS ostmark>front');
  });
});

describe('talks with one party as the occasion of the other’s act', () => {
  it('the verb’s subject is the other party', async () => {
    await has('Valdoria, after talks with the Unity Party, lifted the ban on its rallies.', 'NEGOTIATES_WITH valdoria>unity-party');
    await has('After talks with the Unity Party, Valdoria reached an agreement.', 'NEGOTIATES_WITH valdoria>unity-party');
  });

  it('not talks that are only planned', async () => {
    await hasNot('Valdoria, ahead of talks with the Unity Party, lifted the ban.', 'NEGOTIATES_WITH valdoria>unity-party');
  });
});

describe('talks with an unnamed party', () => {
  it('infer no pair from the article’s principal talks', async () => {
    const text = 'Valdoria held talks with the Front in May. The bombers had been in contact with handlers abroad, Valdoria said.';
    await has(text, 'NEGOTIATES_WITH valdoria>front');
    await hasNot(text, 'NEGOTIATES_WITH front>valdoria');
  });
});
