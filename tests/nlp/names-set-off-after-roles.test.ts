/**
 * Construction class, with invented actors and sentences and the real parser: a person's name set
 * off after a definite role ("with the army chief, General X.", "after the army chief, General X,
 * flew in"), which the parser hangs on an earlier noun or makes the subject of the clause after
 * it, is the role's appositive: the person holds the role. Near misses: a name that is the
 * subject of its own clause after a set-off phrase stays the subject.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks, VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(...VALDORIAN_ARMY, { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }),
);

describe('a name set off after a definite role', () => {
  it('holds the role when the parser reads the role into a temporal phrase', async () => {
    await has(
      'The sit-in ended on Friday evening after the army chief, General Karel Brandt, flew in and held talks with the elders.',
      'LEADS karel-brandt>valdoria-army',
    );
    await has(
      'The blockade ended on Sunday morning after the army chief, General Karel Brandt, drove in and met the elders for an hour.',
      'LEADS karel-brandt>valdoria-army',
    );
  });

  it('holds the role at the end of a sentence', async () => {
    await has(
      'The minister visited the wounded that evening with the army chief, General Karel Brandt.',
      'LEADS karel-brandt>valdoria-army',
    );
    await has(
      'The Levy chief toured the base that afternoon with the army chief, General Karel Brandt.',
      'LEADS karel-brandt>valdoria-army',
    );
    await has(
      'Jan Hollis, the Levy chief, toured the base that afternoon with the army chief, General Karel Brandt.',
      'LEADS karel-brandt>valdoria-army',
    );
  });

  it('not when the name is the subject of its own clause', async () => {
    const text = 'After speaking to the Front’s spokesman, Jan Hollis left Karn on Monday.';
    await hasNot(text, 'SPOKESPERSON_FOR jan-hollis>front');
    await hasNot('Before meeting the Levy chief, Jan Hollis spoke to reporters in Karn.', 'LEADS jan-hollis>levy');
  });
});
