/**
 * Construction class of this file, with invented sentences, invented actors and the real parser:
 * a perfect interrupted by an adverbial ("has for months accused", "had, for years, sheltered",
 * "has since 2019 demanded"), which the parser reads with "have" as a main verb or a loose
 * dependent of the subject: 2-parse/clause-repairs.ts `repairInterruptedPerfect`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'lumen', name: 'Republic of Lumen', kind: 'Government', aliases: ['Lumen'] });
const { has, statusOf } = relationChecks(parser, ACTORS);

describe('a perfect interrupted by an adverbial', () => {
  it('keeps the participle as the verb of the clause', async () => {
    await has('Valdoria has for months accused Ostmark of harbouring the Front.', 'ACCUSES valdoria>ostmark');
    await has('Lumen had, for years, sheltered the Front.', 'SHELTERS lumen>front');
    await has('Valdoria has since 2019 demanded that the Front disarm.', 'DEMANDS valdoria>front');
    await has('The Front has in the past attacked the Levy.', 'ATTACKS front>levy');
  });

  it('keeps the clause under a verb of saying', async () => {
    expect(await statusOf('Officials said Lumen had for years sheltered the Front.', 'SHELTERS lumen>front')).toBe('alleged');
  });
});
