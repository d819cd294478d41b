/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - coordinated gerunds of an accusation whose first is also a noun ("accused Ostmark of
 *   financing and arming the Front"): the parser reads the first as a noun; both are the accused
 *   one's acts, alleged, on the shared object;
 * - a converse light verb in an accusation's gerund ("accused the Front of receiving money from
 *   Ostmark"): the giver supports the accused, alleged.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, statusOf } = relationChecks(parser, inventedActors());

describe('coordinated gerunds of an accusation, the first read as a noun', () => {
  it("are the accused one's acts on the shared object, alleged", async () => {
    await has('Valdoria accused Ostmark of financing and arming the Front.', 'SUPPORTS ostmark>front');
    await hasNot('Valdoria accused Ostmark of financing and arming the Front.', 'SUPPORTS valdoria>front');
    await has('Valdoria accused Ostmark of funding and sheltering the Front.', 'SHELTERS ostmark>front');
    await has('Ostmark accused Valdoria of funding and training the League.', 'SUPPORTS valdoria>league');
    await has('Valdoria blamed the League for financing and sheltering the Front.', 'SHELTERS league>front');
    expect(await statusOf('Valdoria accused Ostmark of funding and sheltering the Front.', 'SUPPORTS ostmark>front')).toBe('alleged');
  });

  it('not gerunds that state no relation', async () => {
    await hasNot('Valdoria accused the Front of lying and cheating.', 'SUPPORTS front>valdoria');
    await hasNot('Valdoria accused Ostmark of lying and cheating the Front.', 'SUPPORTS ostmark>front');
  });
});

describe('a converse light verb in an accusation', () => {
  it('makes the giver support the accused, alleged', async () => {
    await has('Valdoria accused the Front of receiving money and weapons from Ostmark.', 'SUPPORTS ostmark>front');
    await has('The Levy accused the Front of getting weapons from the League.', 'SUPPORTS league>front');
    await has('Valdoria accused the Front of obtaining funds from Ostmark through a charity.', 'SUPPORTS ostmark>front');
    await has('Ostmark has accused the League of accepting arms from Valdoria.', 'SUPPORTS valdoria>league');
    expect(await statusOf('Valdoria accused the Front of receiving money from Ostmark.', 'SUPPORTS ostmark>front')).toBe('alleged');
  });

  it('not a thing received that is no support', async () => {
    await hasNot('Ostmark accused the League of receiving visitors from Valdoria.', 'SUPPORTS valdoria>league');
    await hasNot('Valdoria accused the Front of spending money on weapons.', 'SUPPORTS valdoria>front');
  });
});
