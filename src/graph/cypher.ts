/**
 * Every Cypher query lives in `cypher/<name>.cypher`, one query per file, loaded once when this
 * module is first imported; a missing file fails at start-up, not on the first request.
 *
 * Values always travel as `$parameters`. Relationship types cannot be parameters, so a few
 * queries are templates with a `{{TYPE}}` placeholder, filled only by `typedQuery` from the
 * vocabulary enum (never from a raw string).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { ACTOR_KINDS, assertActorKind, assertRelationType, type ActorKind, type RelationType } from '../model/vocabulary.ts';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

export const QUERY_NAMES = [
  'server-info',
  'count-nodes',
  'upsert-locations',
  'upsert-articles',
  'upsert-claims',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** Templates with `{{TYPE}}` (a relationship type) or `{{KIND}}` / `{{ALL_KINDS}}` (actor labels). */
export const TYPED_QUERY_NAMES = ['project-relationships', 'upsert-actors'] as const;
export type TypedQueryName = (typeof TYPED_QUERY_NAMES)[number];

function readQuery(name: string): string {
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`missing Cypher file: cypher/${name}.cypher`);
  return fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '').trim();
}

const QUERIES: ReadonlyMap<string, string> = new Map([...QUERY_NAMES, ...TYPED_QUERY_NAMES].map((n) => [n, readQuery(n)]));

/** The text of a plain query. */
export function query(name: QueryName): string {
  return QUERIES.get(name)!;
}

/** The text of a template query with its relationship type filled from the enum. */
export function typedQuery(name: TypedQueryName, type: RelationType): string {
  return QUERIES.get(name)!.replaceAll('{{TYPE}}', assertRelationType(type));
}

/** The text of a template query with its actor-kind label filled from the enum. */
export function kindQuery(name: TypedQueryName, kind: ActorKind): string {
  return QUERIES.get(name)!.replaceAll('{{KIND}}', assertActorKind(kind)).replaceAll('{{ALL_KINDS}}', ACTOR_KINDS.join(':'));
}

/** The statements of `cypher/schema.cypher` (constraints and indexes), split on `;`. */
export function schemaStatements(): string[] {
  return readQuery('schema')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
