/**
 * Who fills which end — invented actors and sentences, real parser. Construction classes:
 * - shelter nouns whose owner is the sheltered ("giving the Front sanctuary", "Front havens");
 * - control by a passive governor ("X was accused of giving Y a home", "X was urged to stop");
 * - a communicative verb coordinated with a reported clause belongs to the reporter;
 * - a demand's content clause must be mandative ("insisted that X leave"), not indicative.
 * Each class has sentences that must yield the relation and near misses that must not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front'] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdorian government', 'Valdoria'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark government', 'Ostmark'] },
  { id: 'lumen', name: 'Government of Lumen', kind: 'Government', aliases: ['Lumen'] },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);
const has = async (text: string, rel: string) => expect(await rels(text), text).toContain(rel);
const hasNot = async (text: string, rel: string) => expect(await rels(text), text).not.toContain(rel);

describe('shelter nouns: the owner is the one sheltered', () => {
  it("reads the light verb's subject as the host and the noun's owner as the sheltered", async () => {
    await has('Ostmark has long accused Valdoria of giving the Red Crescent Front sanctuary.', 'SHELTERS valdoria>front');
    await has('Valdoria gave the Red Crescent Front a home for years.', 'SHELTERS valdoria>front');
    await has('Valdoria provided the Front safe havens in the hills.', 'SHELTERS valdoria>front');
  });

  it('does not make the owner a host, nor shelter without a giver', async () => {
    await hasNot('Valdoria gave the Red Crescent Front sanctuary.', 'SHELTERS front>valdoria');
    await hasNot('The Red Crescent Front sanctuary lies in the hills.', 'SHELTERS front>valdoria');
  });
});

describe('control by a passive governor', () => {
  it("gives the controlled verb the governor's passive subject", async () => {
    await has('For a decade Valdoria was accused of giving the Red Crescent Front a home.', 'SHELTERS valdoria>front');
    await has('Valdoria was accused of arming the Red Crescent Front.', 'SUPPORTS valdoria>front');
    await has('Ostmark was urged by Lumen to attack the Red Crescent Front.', 'DEMANDS lumen>ostmark');
  });

  it("keeps an active governor's object as the controller", async () => {
    await hasNot('Ostmark accused Valdoria of arming the Red Crescent Front.', 'SUPPORTS ostmark>front');
  });
});

describe('a communicative verb coordinated with a reported clause belongs to the reporter', () => {
  it('gives "… said X had no part and urged Y" to the reporter', async () => {
    await has('Ostmark said the refugees had no part in the violence and urged Valdoria to reconsider.', 'DEMANDS ostmark>valdoria');
    await has('Lumen said the Front had grown stronger and called on Valdoria to act.', 'DEMANDS lumen>valdoria');
  });

  it('leaves other coordinated verbs with the reported clause', async () => {
    await hasNot('Lumen said the Red Crescent Front had regrouped and had attacked Valdoria.', 'ATTACKS lumen>valdoria');
    await has('Lumen said the Red Crescent Front had regrouped and had attacked Valdoria.', 'ATTACKS front>valdoria');
  });
});

describe("a demand's content clause is mandative", () => {
  it('reads a subjunctive or obligation clause as a demand', async () => {
    await has('Ostmark insisted that the Red Crescent Front leave the border.', 'DEMANDS ostmark>front');
    await has('Ostmark demanded that Valdoria should close the camps.', 'DEMANDS ostmark>valdoria');
  });

  it('does not read an indicative clause as a demand', async () => {
    await hasNot('Ostmark insisted that the Red Crescent Front was weakening.', 'DEMANDS ostmark>front');
    await hasNot('Ostmark insisted that Valdoria had closed the camps.', 'DEMANDS ostmark>valdoria');
  });
});
