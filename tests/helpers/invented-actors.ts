/**
 * Invented actors for the extraction tests (no real actor, place or sentence), and the checks
 * every construction test makes: the relations a text yields as "TYPE source>target" strings,
 * and whether one is among them.
 */
import { expect } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import type { SentenceParser } from '../../src/parser-local/index.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { extractArticle } from '../../src/ingest/extract-article.ts';

const BASE: readonly KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front'], fights: ['valdoria'] },
  { id: 'league', name: 'Amber League', kind: 'ArmedGroup', aliases: ['the League'], fights: ['valdoria'] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdoria', 'Valdorian government'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark'] },
  { id: 'levy', name: 'Northern Levy', kind: 'SecurityForce', aliases: ['the Levy'] },
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [] },
];

/** An invented province, its government (serving Valdoria) and a party, for tests of provincial offices. */
export const NORTH_PROVINCE: readonly KnownActor[] = [
  { id: 'north-province', name: 'North Province', kind: 'Location', aliases: [] },
  {
    id: 'north-government',
    name: 'North Province government',
    kind: 'Government',
    serves: 'valdoria',
    governs: 'north-province',
    aliases: [],
  },
  { id: 'people-party', name: 'People Party', kind: 'PoliticalParty', aliases: [] },
];

/** A second invented province (no "Province" in its name) with its government, and a person, for tests of provincial offices and generic names. */
export const TARNIA: readonly KnownActor[] = [
  { id: 'tarnia', name: 'Tarnia', kind: 'Location', aliases: [] },
  { id: 'tarnia-government', name: 'Tarnia government', kind: 'Government', serves: 'valdoria', governs: 'tarnia', aliases: [] },
  { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] },
];

/** An invented army of Valdoria and its chief since 2022 (an office the knowledge base dates), for tests of titles and offices. */
export const VALDORIAN_ARMY: readonly KnownActor[] = [
  { id: 'valdoria-army', name: 'Valdorian Army', kind: 'SecurityForce', aliases: ['Valdorian army'], partOf: 'valdoria' },
  {
    id: 'karel-brandt',
    name: 'Karel Brandt',
    kind: 'Person',
    aliases: [],
    offices: [{ body: 'valdoria-army', role: 'army chief (chief of army staff)', from: '2022-01-01' }],
  },
];

/** The shared invented actors, with `extra` added (an entry with a shared id replaces the base one). */
export function inventedActors(...extra: KnownActor[]): KnownActor[] {
  const ids = new Set(extra.map((a) => a.id));
  return [...BASE.filter((a) => !ids.has(a.id)), ...extra];
}

/** Relation checks over `actors` on `day`. */
export function relationChecks(parser: SentenceParser, actors: readonly KnownActor[], day = '2024-05-10') {
  const rels = (text: string, on = day) => listRelations(parser, text, on, actors);
  return {
    rels,
    has: async (text: string, rel: string, on = day) => expect(await rels(text, on), text).toContain(rel),
    hasNot: async (text: string, rel: string, on = day) => expect(await rels(text, on), text).not.toContain(rel),
    /** The status of relation "TYPE source>target" in `text`, undefined when it is not found. */
    statusOf: async (text: string, rel: string, on = day) =>
      (await extractArticle(text, { publishedAt: on, knownActors: actors, parser })).relations.find(
        (r) => `${r.type} ${r.source}>${r.target}` === rel,
      )?.status,
    /** The names of the entities `text` yields. */
    entityNames: async (text: string, on = day) =>
      (await extractArticle(text, { publishedAt: on, knownActors: actors, parser })).entities.map((e) => e.name),
  };
}
