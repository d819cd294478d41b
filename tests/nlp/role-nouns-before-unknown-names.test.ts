/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a lower-case role noun before a name the knowledge base does not know ("Unity Party activist
 *   Orrin Vasko", "senior journalist X Y"): the name is a person's, and the role is theirs;
 * - a title and its name read as two subjects of one verb ("When the Unity Party activist Orrin
 *   Vasko died, …"): the role noun is the name's title.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'unity-party', name: 'Unity Party', kind: 'PoliticalParty', aliases: [] });
const { has, rels, entityNames } = relationChecks(parser, ACTORS);

describe('a lower-case role noun before an unknown name', () => {
  it('makes the name a person with that role', async () => {
    await has('Unity Party activist Orrin Vasko was beaten by the Levy on Monday.', 'MEMBER_OF orrin-vasko>unity-party');
    await has('Unity Party lawmaker Orrin Vasko was shot by the Levy on Monday.', 'ATTACKS levy>orrin-vasko');
  });

  it('not a one-word name, nor a capitalised word before the name', async () => {
    expect(await rels('Unity Party activist Vasko was beaten by the Levy on Monday.')).not.toContain('MEMBER_OF vasko>unity-party');
    expect(await entityNames('The Unity Party said Orrin Vasko was beaten by the Levy on Monday.')).not.toContain('Orrin Vasko');
  });
});

describe('a title and its name read as two subjects', () => {
  it('is the name’s title', async () => {
    await has('When the Unity Party activist Orrin Vasko died, the League blamed Valdoria.', 'MEMBER_OF orrin-vasko>unity-party');
    await has('The Unity Party activist Orrin Vasko died, and the League blamed Valdoria.', 'MEMBER_OF orrin-vasko>unity-party');
  });

  it('not two subjects that are two people', async () => {
    await has('When the Unity Party and Ida Voss met, the League blamed Valdoria.', 'ACCUSES league>valdoria');
    expect(await rels('When the Unity Party and Ida Voss met, the League blamed Valdoria.')).not.toContain(
      'MEMBER_OF ida-voss>unity-party',
    );
  });
});
