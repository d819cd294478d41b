/**
 * Construction classes, with invented actors and sentences and the real parser. A place named with
 * its class noun ("the home minister of Tarnia province", "Tarnia district"). The class noun
 * (lexicon `placeClassNouns`) heads the phrase and the name is its compound; the office is the
 * government of the place the name names, not the article's national government. Near misses: a
 * class noun with no governed place named, a role no government gives, and a national title.
 * And a title's holder hung on the title's of-phrase ("The law minister of Tarnia province, X,
 * said …"): the parser makes the name the appositive of "province"; it is the title's. Near
 * misses: a holder already on the title, and a noun that is no title.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks, TARNIA } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors(...TARNIA));

describe('a place named with its class noun', () => {
  it("gives the office to that place's government", async () => {
    const shot = 'Jan Hollis, the home minister of Tarnia province, was shot dead on Sunday.';
    await has(shot, 'MEMBER_OF jan-hollis>tarnia-government');
    await hasNot(shot, 'MEMBER_OF jan-hollis>valdoria');
    await has('Jan Hollis, chief minister of Tarnia province, condemned the bombing.', 'LEADS jan-hollis>tarnia-government');
    await has(
      'The law minister of Tarnia province, Jan Hollis, accused the Front of the attack.',
      'MEMBER_OF jan-hollis>tarnia-government',
    );
    await has('Jan Hollis, the finance minister of Tarnia district, met the League.', 'MEMBER_OF jan-hollis>tarnia-government');
    await has(
      'Valdoria closed the border. Jan Hollis, governor of Tarnia region, met the League.',
      'MEMBER_OF jan-hollis>tarnia-government',
    );
  });

  it('not a place the knowledge base governs, nor a role no government gives', async () => {
    await hasNot('Jan Hollis, a lawyer from Tarnia province, met the League.', 'MEMBER_OF jan-hollis>tarnia-government');
    await hasNot('Jan Hollis, the home minister of the province, met the League.', 'MEMBER_OF jan-hollis>tarnia-government');
    await has('Jan Hollis, the home minister of Valdoria, met the League.', 'MEMBER_OF jan-hollis>valdoria');
  });
});

describe("a title's holder hung on the title's of-phrase", () => {
  it('is the title holder', async () => {
    await has(
      'The law minister of Tarnia province, Jan Hollis, accused the Front of the attack.',
      'MEMBER_OF jan-hollis>tarnia-government',
    );
    await has('The chief minister of Tarnia province, Jan Hollis, condemned the bombing.', 'LEADS jan-hollis>tarnia-government');
    await has('The information minister of Tarnia region, Jan Hollis, met the League.', 'MEMBER_OF jan-hollis>tarnia-government');
    await has(
      'The home minister of Tarnia district, Jan Hollis, said the Front was behind the attack.',
      'MEMBER_OF jan-hollis>tarnia-government',
    );
    await has('On Monday the governor of Tarnia province, Jan Hollis, visited the wounded.', 'MEMBER_OF jan-hollis>tarnia-government');
  });

  it('not a holder already on the title, nor a noun that is no title', async () => {
    await has('The chief of the Front, Jan Hollis, vowed to attack Valdoria.', 'LEADS jan-hollis>front');
    await hasNot('A lawyer of Tarnia province, Jan Hollis, met the League.', 'MEMBER_OF jan-hollis>tarnia-government');
  });
});
