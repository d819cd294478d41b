/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a truce as the subject of its own end ("the ceasefire collapsed", "the truce expired") is ended;
 * - a participle of owning read as the main verb ("Militants linked to X attacked Y");
 * - a repelled attack's owner named by a compound ("repulsed a Front attack") attacked;
 * - the hallmarks an attack bore ("bore the hallmarks of X") name its attacker, alleged;
 * - "the police lines" stand for the police quartered there.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const POLICE: KnownActor = { id: 'tarn-police', name: 'Tarn Police', kind: 'SecurityForce', aliases: ['Tarn police'] };
const { has, hasNot, statusOf } = relationChecks(parser, inventedActors(POLICE));

describe('a truce as the subject of its own end', () => {
  it('is ended', async () => {
    for (const text of [
      'The ceasefire between the Front and Valdoria collapsed in December.',
      'The month-long truce between the Front and Valdoria expired on Friday.',
    ])
      expect(await statusOf(text, 'CEASEFIRE_WITH front>valdoria'), text).toBe('ended');
  });

  it('not a truce that holds', async () => {
    const text = 'The ceasefire between the Front and Valdoria held for six months.';
    expect(await statusOf(text, 'CEASEFIRE_WITH front>valdoria'), text).toBe('stated');
  });
});

describe('a participle of owning read as the main verb', () => {
  it('is a reduced relative on its subject', async () => {
    await has('Militants linked to the Front attacked the Levy near Ardent.', 'ATTACKS front>levy');
    await has('Gunmen affiliated with the League ambushed the Levy near Ardent.', 'ATTACKS league>levy');
  });

  it('not a participle of owning that is the main verb', async () => {
    await hasNot('Militants linked to the Front said the Levy attacked them.', 'ATTACKS front>levy');
  });
});

describe("a repelled attack's owner named by a compound", () => {
  it('attacked the one who repelled it', async () => {
    await has('The Levy repulsed a Front attack on its post near Ardent.', 'ATTACKS front>levy');
  });
});

describe('the hallmarks an attack bore', () => {
  it('name its attacker, by inference', async () => {
    const text = 'The bombing of the Levy post bore the hallmarks of the Front.';
    expect(await statusOf(text, 'ATTACKS front>levy'), text).toBe('alleged');
  });

  it('not support an attack had', async () => {
    await hasNot('The bombing of the Levy post had the backing of the Front.', 'ATTACKS front>levy');
  });
});

describe('the police lines', () => {
  it('stand for the police quartered there', async () => {
    await has('The Front bombed the Tarn Police lines in Ardent.', 'ATTACKS front>tarn-police');
  });
});
