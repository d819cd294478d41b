/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a participle phrase on its noun read as a loose dependent ("presented a dossier accusing X of
 *   financing and arming Y": `dep`, not the reduced relative `acl` it is) — the document's issuer
 *   accuses;
 * - a gerund tagged as one but read as an oblique noun phrase before a coordinated gerund ("a
 *   complaint accusing X of arming and training Y"): the second gerund is its conjunct and shares
 *   its agent, the accused.
 * Near misses: a participle with no object of its own, and a document another party issued.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('a participle phrase on its noun read as a loose dependent', () => {
  it("is the noun's reduced relative: the document's issuer accuses", async () => {
    await has('Valdoria presented a dossier accusing Ostmark of financing and arming the Front.', 'ACCUSES valdoria>ostmark');
    await has('Valdoria submitted a complaint accusing Ostmark of arming and training the League.', 'ACCUSES valdoria>ostmark');
    await has('Valdoria filed a complaint accusing Ostmark of funding and sheltering the League.', 'ACCUSES valdoria>ostmark');
    await has('The League released a declaration accusing Valdoria of bombing and shelling its villages.', 'ACCUSES league>valdoria');
    await has('Valdoria produced a complaint accusing Ostmark of arming and funding the Front.', 'SUPPORTS ostmark>front');
  });

  it('gives the coordinated gerund the accused as agent, not the issuer', async () => {
    const training = 'Valdoria submitted a complaint accusing Ostmark of arming and training the League.';
    await has(training, 'SUPPORTS ostmark>league');
    await hasNot(training, 'SUPPORTS valdoria>league');
  });

  it('not a document another party issued', async () => {
    await hasNot('Ostmark rejected a dossier accusing it of arming the Front.', 'ACCUSES ostmark>ostmark');
    await hasNot('Ostmark rejected a dossier accusing the League of arming the Front.', 'ACCUSES ostmark>league');
  });
});
