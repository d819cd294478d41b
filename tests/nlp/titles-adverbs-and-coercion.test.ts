/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a sentence adverb opening a sentence ("Meanwhile, …") is never a new actor's name;
 * - a retired rank between a title and a name ("Interior Minister Brigadier (retd) X", a person the knowledge base does not know) leaves the title the person's role;
 * - a title whose of-phrase holds a body with a plural name and then the person ("Inspector
 *   General of the Tarn Rangers X") gives the person that role in that body;
 * - "Ameer" before a name is a title, not part of the name;
 * - coercion short of force under a verb of warning ("would block the Levy's supplies") threatens;
 * - talks advocated are no talks.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { inventedActors, relationChecks, VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const EXTRA: KnownActor[] = [
  { id: 'tarn-police', name: 'Tarn Police', kind: 'SecurityForce', aliases: [] },
  { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] },
  { id: 'people-party', name: 'People Party', kind: 'PoliticalParty', aliases: [] },
];
const { has, hasNot, entityNames } = relationChecks(parser, inventedActors(...VALDORIAN_ARMY, ...EXTRA));

describe('a sentence adverb opening a sentence', () => {
  it('is no actor', async () => {
    const text = 'Meanwhile, Chief Minister Jan Hollis, who belongs to the People Party, condemned the attack.';
    await has(text, 'MEMBER_OF jan-hollis>people-party');
    expect(await entityNames(text), text).not.toContain('Meanwhile');
  });
});

describe('a retired rank between a title and a name', () => {
  it('leaves the title the role', async () => {
    const text =
      'Valdoria blamed the Front for the blast. Interior Minister Brigadier (retd) Osric Penhallow said the Front would be crushed.';
    await has(text, 'MEMBER_OF osric-penhallow>valdoria');
  });
});

describe('a title whose of-phrase holds a body with a plural name, then the person', () => {
  it('gives the person the role in that body', async () => {
    await has('Inspector General of the Tarn Police Jan Hollis said the Front was behind the blast.', 'LEADS jan-hollis>tarn-police');
  });
});

describe('"Ameer" before a name', () => {
  it('is a title of the body before it', async () => {
    const text = 'People Party Ameer Osric Penhallow blamed the Front.';
    await has(text, 'LEADS osric-penhallow>people-party');
    expect(await entityNames(text), text).not.toContain('Ameer Osric Penhallow');
  });
});

describe('coercion short of force under a verb of warning', () => {
  it('threatens the one coerced', async () => {
    await has("The People Party warned that it would block the Levy's supplies.", 'THREATENS people-party>levy');
  });

  it('not coercion forecast by someone of another side', async () => {
    await hasNot("The People Party warned that the Front would block the Levy's supplies.", 'THREATENS people-party>levy');
  });
});

describe('talks advocated', () => {
  it('are no talks', async () => {
    await hasNot('Jan Hollis had advocated talks between Valdoria and the Front for years.', 'NEGOTIATES_WITH valdoria>front');
    await hasNot('Jan Hollis had advocated talks between Valdoria and the Front for years.', 'NEGOTIATES_WITH front>valdoria');
  });
});
