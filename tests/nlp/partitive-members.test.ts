/**
 * Construction class, with invented actors and sentences and the real parser: members named in a
 * partitive. "detained 20 people, among them three members of the Front", "arrested 13 suspects,
 * two of whom were Front militants", "freed 400 inmates, among them X": a plural common noun
 * followed (after a subject's verb, for a subject: "Thirteen people were killed, among them …") by
 * "among them" or "<quantity> of whom/them" stands for the actors the partitive
 * names — not whoever describes them ("described by the League as …", "officials say …"). Near
 * misses: a partitive naming nobody, and a list with no partitive.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors({ id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }));

describe('members named in a partitive', () => {
  it('are what the plural noun stands for', async () => {
    await has('The Levy detained 20 people, among them three members of the Front.', 'DETAINS levy>front');
    await has('The Levy arrested 13 suspects in raids on Monday, two of whom were Front militants.', 'DETAINS levy>front');
    await has('Levy officers rounded up more than 50 suspects, 16 of whom officials say are members of the Front.', 'DETAINS levy>front');
    await has('The Levy said it had arrested 28 suspects, two of them Front fighters.', 'DETAINS levy>front');
    await has('The Front freed 400 inmates, among them Jan Hollis.', 'RELEASES front>jan-hollis');
    // (a subject's partitive follows its verb)
    await has('Thirteen people were killed, among them two Levy officers. The Front claimed the attack.', 'ATTACKS front>levy');
    const described = 'The Levy arrested 13 suspects, two of whom were described by the League as Front militants.';
    await has(described, 'DETAINS levy>front');
    await hasNot(described, 'DETAINS levy>league');
  });

  it('not a partitive that names nobody, nor a plain list', async () => {
    await hasNot('The Levy detained 20 people, among them three teenagers.', 'DETAINS levy>front');
    await hasNot('The Levy detained 20 people, and the Front condemned the raids.', 'DETAINS levy>front');
    // (only the partitive's head: "facilitators of the Levy post attack" are no Levy men)
    const nested = 'The Front said it had detained 23 suspects, among them facilitators of the Levy post attack.';
    await hasNot(nested, 'DETAINS front>levy');
  });
});
