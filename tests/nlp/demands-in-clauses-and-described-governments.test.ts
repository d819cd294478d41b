/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a finite clause read as a clausal subject ("it had asked X to seal the border so that
 *   fighters fleeing the offensive could not slip across"): the clause keeps its own place;
 * - a government described by its branch ("the civilian government", "the elected government")
 *   is the article's government, as good as named;
 * - a date between an auxiliary and its participle ("had on 24 July urged X to …") is an
 *   adverbial of the perfect;
 * - a nationality before commanders or guards ("Iranian border commanders") is that state's
 *   army, like "Iranian troops".
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] });
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a finite clause read as a clausal subject', () => {
  it('keeps its own place under the verb of saying', async () => {
    await has(
      'The Levy said it had asked Ostmark to seal its side of the border so that fighters fleeing the offensive could not slip across.',
      'DEMANDS levy>ostmark',
    );
    await has(
      'Valdoria said it had urged Ostmark to close the crossing so that militants escaping the raids could not regroup.',
      'DEMANDS valdoria>ostmark',
    );
    await has(
      'The Levy said it had asked Ostmark to guard the passes so that gunmen leaving the valley could not reach Karn.',
      'DEMANDS levy>ostmark',
    );
    await has(
      'Valdoria said it had called on Ostmark to shut the camps so that recruits arriving from the south could not train there.',
      'DEMANDS valdoria>ostmark',
    );
    await has(
      'The Levy said it had asked Ostmark to patrol the river so that smugglers crossing at night could not bring in arms.',
      'DEMANDS levy>ostmark',
    );
  });

  it('not when the clause itself is denied or only asked about', async () => {
    await hasNot(
      'The Levy said it had not asked Ostmark to seal the border so that fighters fleeing the offensive could not slip across.',
      'DEMANDS levy>ostmark',
    );
    await hasNot(
      'The Levy asked whether it had urged Ostmark to seal the border so that fighters fleeing the offensive could not slip across.',
      'DEMANDS levy>ostmark',
    );
  });
});

describe('a government described by its branch', () => {
  it("is the article's government", async () => {
    const opening = 'Valdoria launched an offensive against the Front on Sunday.';
    await has(`${opening} Karl Brenner had pressed the civilian government for months to authorise it.`, 'DEMANDS karl-brenner>valdoria');
    await has(`${opening} Karl Brenner had urged the civilian government to act sooner.`, 'DEMANDS karl-brenner>valdoria');
    await has(`${opening} The Front accused the civilian government of lying about the dead.`, 'ACCUSES front>valdoria');
    await has(`${opening} The Front threatened the elected government with reprisals.`, 'THREATENS front>valdoria');
    await has(`${opening} Karl Brenner asked the elected government to authorise more strikes.`, 'DEMANDS karl-brenner>valdoria');
  });

  it('not a government described as interim or new, which could be another side’s', async () => {
    const opening = 'Valdoria launched an offensive against the Front on Sunday.';
    await hasNot(`${opening} Karl Brenner had pressed the interim government for months to authorise it.`, 'DEMANDS karl-brenner>valdoria');
    await hasNot(`${opening} Karl Brenner had urged the new government to act sooner.`, 'DEMANDS karl-brenner>valdoria');
  });
});

describe('a date between an auxiliary and its participle', () => {
  it('is an adverbial of the perfect', async () => {
    await has('Ida Voss had on 24 July urged Valdoria to bring the perpetrators to justice.', 'DEMANDS ida-voss>valdoria');
    await has('Ostmark had on Monday accused Valdoria of shelling its border posts.', 'ACCUSES ostmark>valdoria');
    await has('The Front had in March attacked a Levy convoy near Karn.', 'ATTACKS front>levy');
    await has('Valdoria has since January demanded that Ostmark expel the Front.', 'DEMANDS valdoria>ostmark');
    await has('Ostmark had in March mediated talks between Valdoria and the Front.', 'MEDIATES ostmark>front');
  });

  it('not a date that is the object of the verb', async () => {
    await hasNot('Ida Voss had on 24 July a meeting with Valdoria.', 'DEMANDS ida-voss>valdoria');
    await hasNot('Ostmark had on Monday no comment on Valdoria.', 'ACCUSES ostmark>valdoria');
  });
});

describe('a nationality before commanders or guards', () => {
  it("is that state's army", async () => {
    await has('Iranian border commanders demanded that the Front leave the valley.', 'DEMANDS iranian-armed-forces>front');
    await has('Iranian border guards fired on Front fighters near the crossing.', 'ATTACKS iranian-armed-forces>front');
    await has('Iranian commanders warned the Front against crossing the river.', 'THREATENS iranian-armed-forces>front');
    await has('Front fighters ambushed Iranian border guards on Monday.', 'ATTACKS front>iranian-armed-forces');
    await has('Iranian guards arrested two Front fighters at the crossing.', 'DETAINS iranian-armed-forces>front');
  });

  it('not a commander of another body', async () => {
    await hasNot('Iranian-born Front commanders demanded that Valdoria leave the valley.', 'DEMANDS iranian-armed-forces>valdoria');
    await hasNot('The Front commanders demanded that Valdoria leave the valley.', 'DEMANDS iranian-armed-forces>valdoria');
  });
});
