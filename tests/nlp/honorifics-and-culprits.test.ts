/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - honorifics and given names opening a known person's name ("Mian Muhammad X"): part of that
 *   name, no person of their own; the honorific form is listed among the person's names;
 * - an honorific after a name ("Captain X Shaheed", "X Sahib") closes the mention, no part of the name;
 * - punishment foretold by a passive with its phrase ("would be brought to justice", "would be met
 *   with full force");
 * - the culprits of the last attack ("those behind the attack") stand for its attacker.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks, VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';
import { extractArticle } from '../../src/ingest/extract-article.ts';

const parser = testParser();
afterAll(() => parser.close());

const actors = inventedActors(...VALDORIAN_ARMY);
const { has, hasNot, entityNames } = relationChecks(parser, actors);

describe('honorifics opening a known name', () => {
  it('belong to that name', async () => {
    const text = 'Mian Muhammad Karel Brandt said the Front would be crushed.';
    await has(text, 'THREATENS karel-brandt>front');
    expect(await entityNames(text), text).not.toContain('Mian Muhammad');
    const honoured = 'Syed Karel Brandt said the Front would be crushed.';
    const result = await extractArticle(honoured, { publishedAt: '2024-05-10', knownActors: actors, parser });
    expect(result.entities.find((e) => e.id === 'karel-brandt')?.aliases, honoured).toContain('Syed Karel Brandt');
  });

  it('not a new name that only shares a given name', async () => {
    expect(await entityNames('Mian Tariq Hollander said the Front would be crushed.')).toContain('Mian Tariq Hollander');
  });
});

describe('an honorific after a name', () => {
  it('closes the mention without belonging to the name', async () => {
    const text = 'Captain Jonas Keller Shaheed of the Valdorian Army embraced martyrdom.';
    await has(text, 'MEMBER_OF jonas-keller>valdoria-army');
    expect(await entityNames(text), text).toContain('Jonas Keller');
  });
});

describe('punishment foretold by a passive with its phrase', () => {
  it('threatens the subject', async () => {
    await has('Valdoria warned that the Front would be met with full force.', 'THREATENS valdoria>front');
    await has('Valdoria vowed that the League would be brought to justice.', 'THREATENS valdoria>league');
  });

  it('not a passive with another phrase', async () => {
    await hasNot('Valdoria said the League would be brought to the negotiating table.', 'THREATENS valdoria>league');
    await hasNot('Valdoria said the Front would be met with a delegation.', 'THREATENS valdoria>front');
  });
});

describe('the culprits of the last attack', () => {
  it('stand for its attacker', async () => {
    await has(
      'On Monday the Front attacked a Levy post in the north. Valdoria vowed that those behind the attack would be brought to justice.',
      'THREATENS valdoria>front',
    );
  });

  it('not without an attacker named', async () => {
    await hasNot(
      'On Monday a Levy post was attacked in the north. Valdoria vowed that those behind the attack would be brought to justice.',
      'THREATENS valdoria>front',
    );
  });
});
