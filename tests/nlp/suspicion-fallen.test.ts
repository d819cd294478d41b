/**
 * Construction class, with invented actors and sentences and the real parser: suspicion that
 * falls on someone after an attack ("Suspicion fell early on the League", "blame pointed to the
 * Front", lexicon `suspicionNouns`, `suspicionVerbs`): the one named is alleged to have made the
 * attack just reported, as a bare blame states. Near misses: another subject of falling, the
 * victim itself, no attack before.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, statusOf } = relationChecks(parser, inventedActors());
const ambush = 'Six Levy officers were killed when their convoy was ambushed near Karn on Monday.';

describe('suspicion that falls on someone', () => {
  it('alleges that it made the attack just reported', async () => {
    await has(`${ambush} Suspicion fell early on the Amber League.`, 'ATTACKS league>levy');
    expect(await statusOf(`${ambush} Suspicion fell early on the Amber League.`, 'ATTACKS league>levy')).toBe('alleged');
    await has(`${ambush} Blame quickly pointed to the League.`, 'ATTACKS league>levy');
    await has(`${ambush} Suspicion rests with the League, officials said.`, 'ATTACKS league>levy');
    await has(`${ambush} Suspicion immediately fell on the Red Crescent Front.`, 'ATTACKS front>levy');
  });

  it('not another subject, the victim itself, or no attack before', async () => {
    await hasNot(`${ambush} The rain fell on the League's camps.`, 'ATTACKS league>levy');
    await hasNot(`${ambush} Suspicion fell on the Levy's own guards.`, 'ATTACKS levy>levy');
    await hasNot('Valdoria opened talks in Karn. Suspicion fell on the League.', 'ATTACKS league>valdoria');
  });
});
