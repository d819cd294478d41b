/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a demand refused by its addressee ("Valdoria demanded that the League free the hostages. The
 *   League refused to do so") rejects the demand's maker;
 * - a directive's infinitive with an act noun ("invited the Front to join talks", "encouraged X
 *   to hold talks with Y") is only asked for, like a directive's infinitive verb;
 * - a place's force in a title ("Tarn Inspector General of Police X", "Tarn police chief X") is
 *   the force known as "Tarn police", not Tarn's government.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

const WITH_TARN = inventedActors(
  { id: 'tarn', name: 'Tarn', kind: 'Location', aliases: [] },
  {
    id: 'tarn-government',
    name: 'Government of Tarn',
    kind: 'Government',
    aliases: ['Tarn government'],
    governs: 'tarn',
    serves: 'valdoria',
  },
  { id: 'tarn-police', name: 'Tarn police', kind: 'SecurityForce', aliases: ['Tarn constabulary'], serves: 'valdoria' },
  { id: 'lev-orlov', name: 'Lev Orlov', kind: 'Person', aliases: [] },
);
const tarn = relationChecks(parser, WITH_TARN);

describe('a demand refused by its addressee', () => {
  it("rejects the demand's maker", async () => {
    await has('The League demanded the withdrawal of Valdorian troops from Karn. Valdoria refused to withdraw.', 'REJECTS valdoria>league');
    await has('Valdoria demanded that the League free the hostages. The League refused to do so.', 'REJECTS league>valdoria');
    await has('Valdoria urged Ostmark to expel the Front. Ostmark declined to act, saying it had no proof.', 'REJECTS ostmark>valdoria');
    await has('Valdoria asked Ostmark to hand over Ida Voss. Ostmark has refused to hand her over.', 'REJECTS ostmark>valdoria');
    await has('Valdoria urged Ostmark to expel the Front, but Ostmark refused to do so.', 'REJECTS ostmark>valdoria');
  });

  it('not by someone else, not negated, not long after', async () => {
    await hasNot('The Front called on Ostmark to close the camps. The League refused to comment.', 'REJECTS league>front');
    await hasNot('The Front called on Ostmark to close the camps. Ostmark did not refuse to close them.', 'REJECTS ostmark>front');
    await hasNot(
      'The Front called on Ostmark to close the camps. Trade fell. Schools closed. Roads were blocked. Ostmark refused to close them.',
      'REJECTS ostmark>front',
    );
    await hasNot('Valdoria refused to expel the Front on Monday.', 'REJECTS valdoria>front');
  });
});

describe("a directive's infinitive with an act noun", () => {
  it('is only asked for', async () => {
    await hasNot('Ostmark invited the Front to join talks in March.', 'NEGOTIATES_WITH front>valdoria');
    await hasNot('Ostmark encouraged the Front to hold talks with Valdoria.', 'NEGOTIATES_WITH front>valdoria');
    await hasNot('Ostmark told the League to open negotiations with Valdoria.', 'NEGOTIATES_WITH league>valdoria');
    await hasNot('Ostmark persuaded the Front to sign a truce with Valdoria.', 'CEASEFIRE_WITH front>valdoria');
    await hasNot('Ostmark advised the League to hold talks with Valdoria.', 'NEGOTIATES_WITH league>valdoria');
  });

  it('while the act itself, or an urged act, still counts', async () => {
    await has('The Front held talks with Valdoria in March.', 'NEGOTIATES_WITH front>valdoria');
    await has('Ostmark urged the Front to join talks in March.', 'DEMANDS ostmark>front');
    await has('Ostmark ordered its troops to launch strikes on the Front.', 'THREATENS ostmark>front');
  });
});

describe("a place's force in a title", () => {
  it('is the force known by the place and the word', async () => {
    await tarn.has(
      'Tarn Inspector General of Police Lev Orlov told reporters that the bomber had entered the compound.',
      'LEADS lev-orlov>tarn-police',
    );
    await tarn.has('Tarn Inspector General of Police Lev Orlov said the suspects had been arrested.', 'LEADS lev-orlov>tarn-police');
    await tarn.has(
      'Tarn Deputy Inspector General of Police Lev Orlov said the suspects had been arrested.',
      'MEMBER_OF lev-orlov>tarn-police',
    );
    await tarn.has('Tarn police chief Lev Orlov said the suspects had been arrested.', 'LEADS lev-orlov>tarn-police');
    await tarn.has('On Monday, Tarn Inspector General of Police Lev Orlov visited the wounded.', 'LEADS lev-orlov>tarn-police');
    await tarn.has('Lev Orlov, Tarn Inspector General of Police, said the suspects had been arrested.', 'LEADS lev-orlov>tarn-police');
  });

  it('not for another office, or a force the knowledge base does not know by the place', async () => {
    await tarn.has('Tarn Chief Minister Lev Orlov said the suspects had been arrested.', 'LEADS lev-orlov>tarn-government');
    await tarn.hasNot('Tarn Chief Minister Lev Orlov said the suspects had been arrested.', 'LEADS lev-orlov>tarn-police');
    await tarn.hasNot('Tarn Inspector General of Prisons Lev Orlov said the suspects had been arrested.', 'LEADS lev-orlov>tarn-police');
    await tarn.hasNot(
      'Valdorian Inspector General of Police Lev Orlov said the suspects had been arrested.',
      'LEADS lev-orlov>tarn-police',
    );
  });
});
