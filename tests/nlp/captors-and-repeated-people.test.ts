/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a captor named by its captive ("freed by their captors"): the possessor is whom they held,
 *   the captors stay unnamed fighters;
 * - a definite plural repeating a named side's people ("three Levy officers … the officers");
 * - custody passed within one side ("handed them over to the police") is no release;
 * - casualties of a fight with someone ("were killed in clashes with X") state each side attacking the other.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks, VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors(...VALDORIAN_ARMY));

const TAKEN = 'The Front abducted three Levy officers near Ardent on Monday.';

describe('a captor named by its captive', () => {
  it('is an unnamed fighter, not the captive', async () => {
    await has(`${TAKEN} The three were freed by their captors on Thursday.`, 'RELEASES front>levy');
    await has(`${TAKEN} Their kidnappers released them after a week.`, 'RELEASES front>levy');
  });

  it('not a possessor that owns the fighters', async () => {
    await has(`${TAKEN} Its fighters released them after a week.`, 'RELEASES front>levy');
    await hasNot(`${TAKEN} Its fighters released them after a week.`, 'RELEASES levy>levy');
  });
});

describe('a definite plural repeating a named side’s people', () => {
  it('stands for that side', async () => {
    await has(`${TAKEN} The abductors freed the officers two days later.`, 'RELEASES front>levy');
    await has(
      'Gunmen seized four Valdorian Army soldiers at a checkpoint. The League released the soldiers a week later.',
      'RELEASES league>valdoria-army',
    );
  });

  it('not a noun the earlier phrase did not head, nor one too far back', async () => {
    await hasNot(`${TAKEN} The abductors freed the teachers two days later.`, 'RELEASES front>levy');
    const far = `${TAKEN} Talks began on Tuesday. Elders travelled to Ardent. A jirga met on Wednesday. The abductors freed the officers.`;
    await hasNot(far, 'RELEASES front>levy');
  });
});

describe('custody passed within one side', () => {
  it('is no release', async () => {
    const text = 'The Valdorian Army arrested six Front commanders and handed them over to the Valdorian government.';
    await has(text, 'DETAINS valdoria-army>front');
    await hasNot(text, 'RELEASES valdoria-army>front');
  });

  it('not custody handed to another side', async () => {
    await has('Ostmark handed over two Front commanders to Valdoria.', 'RELEASES ostmark>front');
  });
});

describe('casualties of a fight with someone', () => {
  it('each side attacks the other', async () => {
    const text = 'Three Valdorian Army soldiers were killed in clashes with the Front near Ardent.';
    await has(text, 'ATTACKS front>valdoria-army');
    await has(text, 'ATTACKS valdoria-army>front');
    await has('Two Levy guards died in a gunfight with the League.', 'ATTACKS league>levy');
    await has('Two Levy guards were wounded in an exchange of fire with the League.', 'ATTACKS levy>league');
  });

  it('not a fight phrase on a verb of no harm, nor a meeting', async () => {
    await hasNot('Levy officers took part in clashes with the Front.', 'ATTACKS front>levy');
    await hasNot('Two Levy officers were seen in a meeting with the Front.', 'ATTACKS front>levy');
  });
});
