/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - people with ties named in a with-phrase ("detained suspects with links to the Front"): the
 *   body they are tied to;
 * - an attack noun's participle of aiming ("strikes aimed at X", "raids directed against Y"),
 *   also when the parser reads the object as the participle's subject ("had carried out strikes
 *   aimed at X");
 * - a plural title before coordinated names ("the League lawmakers A and B") is each one's.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'unity-party', name: 'Unity Party', kind: 'PoliticalParty', aliases: [] },
  { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] },
  { id: 'tomas-berg', name: 'Tomas Berg', kind: 'Person', aliases: [] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('people with ties named in a with-phrase', () => {
  it('are the body they are tied to', async () => {
    await has('The Levy had detained several suspects with links to the Front in overnight raids.', 'DETAINS levy>front');
  });

  it('not people with things', async () => {
    await hasNot('The Levy detained several suspects with weapons from the Front.', 'DETAINS levy>front');
  });
});

describe('an attack noun’s participle of aiming', () => {
  it('names its target', async () => {
    await has('Valdoria had carried out air strikes aimed at Jan Hollis in the hills.', 'ATTACKS valdoria>jan-hollis');
    await has('Ostmark carried out strikes aimed at Front hideouts.', 'ATTACKS ostmark>front');
  });

  it('not a participle of another sense', async () => {
    await hasNot('Ostmark carried out strikes reported by the Front.', 'ATTACKS ostmark>front');
  });
});

describe('a plural title before coordinated names', () => {
  it('is each one’s', async () => {
    const text = 'The Levy arrested the Unity Party lawmakers Jan Hollis and Tomas Berg.';
    await has(text, 'MEMBER_OF jan-hollis>unity-party');
    await has(text, 'MEMBER_OF tomas-berg>unity-party');
  });

  it('not a singular title, which is the first name’s only', async () => {
    await hasNot('The Levy arrested Unity Party lawmaker Jan Hollis and Tomas Berg.', 'MEMBER_OF tomas-berg>unity-party');
  });
});
