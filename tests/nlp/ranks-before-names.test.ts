/**
 * Name detection, with invented people and sentences and the real parser: ranks of the armed
 * forces and police ("Air Commodore", "Naib Subedar", "Sepoy", "Constable") and offices of the
 * courts and churches ("Chief Justice", "Bishop") written before a name are titles, not part of
 * the name. Near miss: a capitalised word before a name that is no title stays the name's.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { entityNames } = relationChecks(parser, inventedActors());

describe('a rank or office before a name', () => {
  it('is a title, not part of the name', async () => {
    expect(await entityNames('The base commander, Air Commodore Tomas Reyk, was wounded.')).toContain('Tomas Reyk');
    expect(await entityNames('Naib Subedar Karel Brandt and Sepoy Anton Vrell were killed, the Levy said.')).toEqual(
      expect.arrayContaining(['Karel Brandt', 'Anton Vrell']),
    );
    expect(await entityNames('Constable Milo Tarek was shot dead by gunmen in Karn.')).toContain('Milo Tarek');
    expect(await entityNames('Chief Justice Ivo Dalen took notice of the burning of schools.')).toContain('Ivo Dalen');
    expect(await entityNames('Bishop Ivo Dalen condemned the bombing on Sunday.')).toContain('Ivo Dalen');
  });

  it('not a capitalised word that is no title', async () => {
    expect(await entityNames('Senator Tomas Reyk met Valdoria.')).toContain('Tomas Reyk');
    expect(await entityNames('Anton Vrell Tarek, a trader, was killed.')).not.toContain('Vrell Tarek');
  });
});
