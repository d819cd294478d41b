/**
 * An attack noun's relative clause names the victims: "the Front claimed a bombing that killed
 * X", "carried out an attack on a market that killed X" — the agent is whoever carried out or
 * claimed the attack. Invented actors and sentences, real parser; near misses where nobody
 * carried out or claimed the attack, and a denied one (status denied).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { extractArticle } from '../../src/ingest/extract-article.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front'], fights: ['valdoria'] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdoria'] },
  { id: 'levy', name: 'Northern Levy', kind: 'SecurityForce', aliases: ['the Levy'] },
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [] },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);
const has = async (text: string, rel: string) => expect(await rels(text), text).toContain(rel);
const hasNot = async (text: string, rel: string) => expect(await rels(text), text).not.toContain(rel);
const statusOf = async (text: string, rel: string) =>
  (await extractArticle(text, { publishedAt: '2024-05-10', knownActors: ACTORS, parser })).relations.find(
    (r) => `${r.type} ${r.source}>${r.target}` === rel,
  )?.status;

describe('relative clause on an attack noun: "an attack that killed X"', () => {
  it('gives the victims to whoever carried out or claimed the attack', async () => {
    await has('The Front claimed responsibility for a bombing that killed Ida Voss.', 'ATTACKS front>ida-voss');
    await has('The Front carried out an attack on a market that killed Ida Voss.', 'ATTACKS front>ida-voss');
    await has('The Front carried out a bombing that wounded Karel Brandt on Sunday.', 'ATTACKS front>karel-brandt');
  });

  it('gives nothing when the attack is only condemned or reported, and a denied one when denied', async () => {
    await hasNot('The Front condemned an attack on a market that killed Ida Voss.', 'ATTACKS front>ida-voss');
    await hasNot('Valdoria said an attack that killed Ida Voss was under investigation.', 'ATTACKS valdoria>ida-voss');
    await hasNot('The Levy said an attack on a market killed Ida Voss.', 'ATTACKS levy>ida-voss');
    expect(await statusOf('The Front denied carrying out an attack that killed Ida Voss.', 'ATTACKS front>ida-voss')).toBe('denied');
  });
});
