/**
 * Every Cypher query lives in `cypher/<name>.cypher`, one query per file, loaded once when this
 * module is first imported; a missing file fails at start-up, not on the first request.
 *
 * Values always travel as `$parameters`. Relationship types cannot be parameters, so a few
 * queries are templates with a `{{TYPE}}` placeholder, filled only by `typedQuery` from the
 * vocabulary enum (never from a raw string).
 */
import { PATH_BOUNDS } from '../model/bounds.ts';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import {
  ACTOR_KINDS,
  RELATION_TYPES,
  assertActorKind,
  assertRelationType,
  type ActorKind,
  type RelationType,
} from '../model/vocabulary.ts';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

export const QUERY_NAMES = [
  'server-info',
  'count-nodes',
  'upsert-locations',
  'upsert-articles',
  'upsert-claims',
  'actors-by-ids',
  'search-actors',
  'list-actors',
  'relationships-by-actor',
  'relationships-all',
  'neighbours-by-actor',
  'claims-by-ids',
  'claims-by-actor',
  'claims-by-article',
  'timeline',
  'articles-by-ids',
  'list-articles',
  'stats',
  'add-alias',
  'claims-state',
  'retract-claim',
  'revive-claim',
  'review-claim',
  'relationship-by-key',
  'merge-move-claims',
  'merge-finish',
  'merge-record',
  'actors-for-matching',
  'article-by-hash',
  'import-claim-details',
  'imported-claim-keys',
  'resolve-actor-refs',
  'claims-by-review',
  'locations-by-ids',
  'resolve-location-refs',
  'stale-relationship-keys',
  'export-subgraph',
  'article-texts',
  'existing-claim-ids',
  'create-imported-claims',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/**
 * Templates: `{{TYPE}}` (a relationship type), `{{ALL_TYPES}}` (every relationship type of the
 * vocabulary, `A|B|…`), `{{KIND}}` / `{{ALL_KINDS}}` (actor labels),
 * `{{HOPS}}` (a path length bound) and `{{SELECTOR}}` (a shortest-path selector) — each filled
 * only from a validated value by `template()`.
 */
export const TEMPLATE_NAMES = ['project-relationships', 'upsert-actors', 'neighbourhood', 'paths', 'connections'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Re-exported for the templates' own assertion; defined once in src/model/bounds.ts. */
export const MAX_HOPS = PATH_BOUNDS.maxHops.max;

/** Shortest-path selectors, by the API's path mode (`k` is validated before it gets here). */
export type PathSelector = { mode: 'SHORTEST' } | { mode: 'ALL_SHORTEST' } | { mode: 'K_SHORTEST'; k: number };

export interface TemplateFills {
  type?: RelationType;
  kind?: ActorKind;
  hops?: number;
  selector?: PathSelector;
}

function selectorText(selector: PathSelector): string {
  if (selector.mode === 'SHORTEST') return 'SHORTEST 1';
  if (selector.mode === 'ALL_SHORTEST') return 'ALL SHORTEST';
  if (!Number.isInteger(selector.k) || selector.k < PATH_BOUNDS.k.min || selector.k > PATH_BOUNDS.k.max)
    throw new Error(`k out of range: ${selector.k}`);
  return `SHORTEST ${selector.k}`;
}

function readQuery(name: string): string {
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`missing Cypher file: cypher/${name}.cypher`);
  return fs
    .readFileSync(file, 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
    .trim();
}

const QUERIES: ReadonlyMap<string, string> = new Map([...QUERY_NAMES, ...TEMPLATE_NAMES].map((n) => [n, readQuery(n)]));

/** The text of a plain query. */
export function query(name: QueryName): string {
  return QUERIES.get(name)!;
}

/** The text of a template with its placeholders filled; a placeholder left unfilled is an error. */
export function template(name: TemplateName, fills: TemplateFills): string {
  let text = QUERIES.get(name)!;
  if (fills.type !== undefined) text = text.replaceAll('{{TYPE}}', assertRelationType(fills.type));
  if (fills.kind !== undefined)
    text = text.replaceAll('{{KIND}}', assertActorKind(fills.kind)).replaceAll('{{ALL_KINDS}}', ACTOR_KINDS.join(':'));
  if (fills.hops !== undefined) {
    if (!Number.isInteger(fills.hops) || fills.hops < 1 || fills.hops > MAX_HOPS) throw new Error(`hops out of range: ${fills.hops}`);
    text = text.replaceAll('{{HOPS}}', String(fills.hops));
  }
  if (fills.selector !== undefined) text = text.replaceAll('{{SELECTOR}}', selectorText(fills.selector));
  text = text.replaceAll('{{ALL_TYPES}}', RELATION_TYPES.join('|'));
  const left = /\{\{(\w+)\}\}/.exec(text);
  if (left) throw new Error(`cypher/${name}.cypher: placeholder ${left[0]} not filled`);
  return text;
}

/** The statements of `cypher/schema.cypher` (constraints and indexes), split on `;`. */
export function schemaStatements(): string[] {
  return readQuery('schema')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
