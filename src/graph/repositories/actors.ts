/** Reading actors: by id (batched), by full-text search, by kind; their neighbours (batched). */
import { query } from '../cypher.ts';
import { relationshipParams, type RelationshipFilterInput } from '../filters.ts';
import type { Gateway } from '../gateway.ts';
import { toActor } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';
import type { Actor, Page } from '../../model/types.ts';
import type { ActorKind } from '../../model/vocabulary.ts';
import { createLoader, createPageLoader, type PageArgs } from './batch.ts';
import { badInput } from '../../errors.ts';
import { SEARCH_BOUNDS } from '../../model/bounds.ts';
import { metonymActors } from '../metonyms.ts';

export type { PageArgs } from './batch.ts';

/**
 * Builds the Lucene query for a user's search text: the whole phrase (boosted), every word
 * with a small edit distance (typos such as "Haqani"), and word prefixes. Lucene syntax in the
 * user's text is escaped, so the search box can never inject operators. Words are cut to
 * MAX_WORD characters and only short ones get an edit distance: Lucene builds an automaton per
 * fuzzy term, and a long one is refused as "too complex to determinize".
 */
const MAX_WORD = 40;
const MAX_FUZZY_WORD = 20;
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Backslash-escapes every Lucene operator character. */
export const escapeLucene = (text: string) => text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

export function toLucene(search: string): string {
  const words = search
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8)
    .map((w) => escapeLucene(w.slice(0, MAX_WORD)));
  if (!words.length) return '';
  const fuzzy = words.map((w) => (w.length >= 4 && w.length <= MAX_FUZZY_WORD ? `${w}~${w.length >= 7 ? 2 : 1}` : w)).join(' AND ');
  const prefix = words.map((w) => `${w}*`).join(' AND ');
  return `"${words.join(' ')}"^4 OR (${fuzzy})^2 OR (${prefix})`;
}

export function createActorRepository(gateway: Gateway) {
  const byId = createLoader<string, Actor | null>(
    async (ids) => {
      const rows = await gateway.read(query('actors-by-ids'), { ids });
      return new Map(rows.map((r) => [String((r.actor as Record<string, Plain>).id), toActor(r.actor)]));
    },
    () => null,
  );

  const neighbours = createPageLoader(
    gateway,
    query('neighbours-by-actor'),
    (args: RelationshipFilterInput & PageArgs) => relationshipParams(args),
    toActor,
  );

  return {
    /** One actor, or null; calls in the same tick share one query. */
    byId: (id: string) => byId.load(id),

    /** Keeps what another statement found for `id` (an actor, or null: none) for later `byId` calls in this request. */
    prime: (id: string, actor: Actor | null) => byId.prime(id, actor),

    /** Search by name or alias (ranked), or list by name when there is no search text. */
    async find(args: { search?: string | null; kinds?: readonly ActorKind[] | null } & PageArgs): Promise<Page<Actor>> {
      if (args.search && args.search.length > SEARCH_BOUNDS.maxLength) {
        throw badInput(`search must be at most ${SEARCH_BOUNDS.maxLength} characters (got ${args.search.length})`, { argument: 'search' });
      }
      const kinds = args.kinds?.length ? [...args.kinds] : null;
      const lucene = args.search ? toLucene(args.search) : '';
      if (args.search && !lucene) return { items: [], total: 0 };
      const [row] = lucene
        ? await gateway.read(query('search-actors'), {
            lucene,
            exact: args.search!.trim().toLowerCase(),
            standsFor: [...metonymActors(args.search!)],
            kinds,
            offset: args.offset,
            first: args.first,
          })
        : await gateway.read(query('list-actors'), { kinds, offset: args.offset, first: args.first });
      return { total: Number(row?.total ?? 0), items: ((row?.actors as Plain[]) ?? []).map(toActor) };
    },

    /** A page of an actor's distinct neighbours (batched across actors with equal filters). */
    neighbours: (actorId: string, args: RelationshipFilterInput & PageArgs) => neighbours.load(actorId, args),
  };
}
