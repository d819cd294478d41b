/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - an act imputed to someone ("which Valdoria blamed on the Front", "attributed to X", "linked
 *   the bombing to X"): they carried it out, alleged; a party that imputes it accuses them;
 * - a possibility with a condition under a verb of saying is a threat ("said Valdoria could strike X if …");
 * - a named operation launched against someone is an attack on them;
 * - the supported named by a noun ("X, Ostmark's proxy");
 * - an attack foretold to be met with a response threatens its attacker;
 * - giving someone space is sheltering them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks, VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, statusOf } = relationChecks(parser, inventedActors(...VALDORIAN_ARMY));

describe('an act imputed to someone', () => {
  it('was carried out by them, by the imputer’s word', async () => {
    const relative = 'Seven Levy guards were killed in a suicide attack on their post, which Valdoria blamed on the League.';
    expect(await statusOf(relative, 'ATTACKS league>levy'), relative).toBe('alleged');
    const attributed = 'The bombing of the Levy post was attributed to the Front.';
    expect(await statusOf(attributed, 'ATTACKS front>levy'), attributed).toBe('alleged');
  });

  it('is the imputing party’s accusation', async () => {
    await has("Valdoria has linked Monday's bombing of a Levy convoy to the League.", 'ACCUSES valdoria>league');
  });

  it('not an act linked to no one, nor a person linked to a group', async () => {
    await hasNot('The bombing of the Levy post was linked to the elections.', 'ATTACKS front>levy');
    await hasNot('Valdoria linked Ida Voss to the Front.', 'ATTACKS ida-voss>front');
  });
});

describe('a possibility with a condition under a verb of saying', () => {
  it('threatens', async () => {
    await has(
      'Karel Brandt said Valdoria could strike Front hideouts in Ostmark if the attacks continued.',
      'THREATENS karel-brandt>front',
    );
  });

  it('not without the condition, nor forecast by an analyst', async () => {
    await hasNot('Karel Brandt said Valdoria could strike Front hideouts in Ostmark.', 'THREATENS karel-brandt>front');
    await hasNot('Analysts said the Front could strike Levy posts if the talks failed.', 'THREATENS front>levy');
  });
});

describe('a named operation launched against someone', () => {
  it('is an attack on them', async () => {
    await has('The Valdorian Army launched Iron-e-Resolve against the Front in June.', 'ATTACKS valdoria-army>front');
    await has(
      'Iron-e-Resolve, launched by the Valdorian Army against the Front in June, displaced thousands.',
      'ATTACKS valdoria-army>front',
    );
  });

  it('not a name launched with no against-phrase', async () => {
    await hasNot('The Valdorian Army launched Iron-e-Resolve in June, the Front said.', 'ATTACKS valdoria-army>front');
  });
});

describe('the supported named by a noun', () => {
  it('is supported by the noun’s owner', async () => {
    await has("The League, Ostmark's proxy in the north, claimed the attack.", 'SUPPORTS ostmark>league');
  });
});

describe('an attack foretold to be met with a response', () => {
  it('threatens its attacker', async () => {
    await has('Valdoria said any aggression by Ostmark would be met with a firm response.', 'THREATENS valdoria>ostmark');
  });
});

describe('giving someone space', () => {
  it('shelters them', async () => {
    await has('Ostmark continues to give space to the Front.', 'SHELTERS ostmark>front');
  });

  it('not space denied', async () => {
    await hasNot('Ostmark refuses to give space to the Front.', 'SHELTERS ostmark>front');
  });
});
