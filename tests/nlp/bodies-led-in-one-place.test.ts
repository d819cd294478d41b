/**
 * Construction class, with invented people and groups and the real parser (places from the
 * knowledge base): a body led in one place. "X, who had commanded the Front in the Karn
 * district", "has led the Front in Bajaur": a leading verb whose object or clause has an
 * in-phrase naming a place within a country (a known sub-national place, or a place class noun)
 * leads an armed group's chapter there — a member of the group, not its leader. Near misses: no
 * place, a country, where the whole body is led, and a state force's command.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors({ id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [] }));

describe('a body led in one place', () => {
  it('makes its leader there a member of the body', async () => {
    const district = 'Tomas Reyk, who had commanded the Front in the Karn district since 2008, later split from it.';
    await has(district, 'MEMBER_OF tomas-reyk>front');
    await hasNot(district, 'LEADS tomas-reyk>front');
    await has('Tomas Reyk has led the Front in Bajaur since 2015.', 'MEMBER_OF tomas-reyk>front');
    await has('Tomas Reyk commanded the League in Mohmand until his death.', 'MEMBER_OF tomas-reyk>league');
    await has('Tomas Reyk, who heads the Front in Swat, denied the charge.', 'MEMBER_OF tomas-reyk>front');
    await has('Tomas Reyk led the League in the Kurram agency for a decade.', 'MEMBER_OF tomas-reyk>league');
  });

  it('not with no place, nor in a country, nor a state force', async () => {
    await has('Tomas Reyk, who heads the Levy in Swat, told reporters the gunmen had fled.', 'LEADS tomas-reyk>levy');
    await has('Tomas Reyk has led the Front since 2015.', 'LEADS tomas-reyk>front');
    await has('Tomas Reyk has led the Front in Afghanistan since 2018.', 'LEADS tomas-reyk>front');
  });
});
