/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a repeated participle coordinated into the first one's gerund ("…, accusing X of failing to
 *   keep its pledges, and accusing Y of raids"): the second shares the first one's subject;
 * - a title before a rank ("Director General Bureau Major General X"): the title is X's role in
 *   the body between them;
 * - a name read as the last phrase of its own title, the title noun capitalised in any tag
 *   ("Spokesman of the banned Front X").
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(
    { id: 'bureau', name: 'Public Relations Bureau', kind: 'SecurityForce', aliases: ['PRB'] },
    { id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [] },
  ),
);

describe('a repeated participle coordinated into the first one’s gerund', () => {
  it('shares the first participle’s subject', async () => {
    const text =
      'On Monday the Front announced that it would not extend the truce, accusing Valdoria of failing to honour its commitments, including the release of prisoners, and accusing the Levy of continuing raids on its fighters.';
    await has(text, 'ACCUSES front>valdoria');
    await has(text, 'ACCUSES front>levy');
    await hasNot(text, 'ACCUSES valdoria>levy');
  });
});

describe('a title before a rank', () => {
  it('is the person’s role in the body between them', async () => {
    await has('Director General PRB Major General Tomas Reyk said the attack was repulsed.', 'LEADS tomas-reyk>bureau');
  });

  it('not a rank alone', async () => {
    await hasNot('Major General Tomas Reyk of the Levy said the attack was repulsed.', 'LEADS tomas-reyk>levy');
  });
});

describe('a name read as the last phrase of its own title', () => {
  it('holds the title in the body of the phrase', async () => {
    await has('Spokesman of the banned Red Crescent Front Tomas Reyk claimed the attack.', 'SPOKESPERSON_FOR tomas-reyk>front');
  });
});
