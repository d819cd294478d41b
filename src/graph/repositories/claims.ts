/** Reading claims: by id (batched, the evidence of relationships), per actor, per article, timelines. */
import { query } from '../cypher.ts';
import { typesParam, windowParams, type WindowInput } from '../filters.ts';
import type { Gateway } from '../gateway.ts';
import { toClaim } from '../mappers.ts';
import type { Claim, Page } from '../../model/types.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import { createLoader, createPageLoader, type PageArgs } from './batch.ts';
import { resolveActorRefs } from './actor-refs.ts';
import { resolveLocationRef } from './locations.ts';
import { badInput } from '../../errors.ts';
import type { ClaimOrigin, ReviewState } from '../../model/claim.ts';

export interface TimelineArgs extends ClaimListArgs {
  /** Claims about any of these actors (id, name or alias). */
  actorIds?: readonly string[] | null;
  /** Claims between exactly these two actors, either way round. */
  between?: readonly string[] | null;
  /** Claims at this place (id, name or alias of a Location). */
  place?: string | null;
}

export interface ClaimListArgs extends WindowInput, PageArgs {
  types?: readonly RelationType[] | null;
  includeRetracted?: boolean;
  datedOnly?: boolean;
}

export function createClaimRepository(gateway: Gateway) {
  const byId = createLoader<string, Claim | null>(
    async (ids) => {
      const rows = await gateway.read(query('claims-by-ids'), { ids });
      return new Map(rows.map((r) => [String((r.claim as { id: string }).id), toClaim(r)]));
    },
    () => null,
  );

  const idsOfActor = createPageLoader(
    gateway,
    query('claims-by-actor'),
    (args: ClaimListArgs) => ({
      types: typesParam(args.types),
      includeRetracted: args.includeRetracted ?? false,
      datedOnly: args.datedOnly ?? false,
      ...windowParams(args),
    }),
    String,
  );
  const idsOfArticle = createPageLoader(gateway, query('claims-by-article'), () => ({}), String);

  /** Claims for ids, in the order given (all batched into one query per tick). */
  const many = async (ids: readonly string[]): Promise<Claim[]> =>
    (await Promise.all(ids.map((id) => byId.load(id)))).filter((c): c is Claim => c !== null);
  const expand = async (page: Page<string>): Promise<Page<Claim>> => ({ total: page.total, items: await many(page.items) });

  return {
    byId: (id: string) => byId.load(id),
    many,
    /** Keeps claims fetched by another statement for later `byId` / `many` calls in this request. */
    prime: (claims: readonly Claim[]) => {
      for (const c of claims) byId.prime(c.id, c);
    },
    ofActor: async (actorId: string, args: ClaimListArgs) => expand(await idsOfActor.load(actorId, args)),
    ofArticle: async (articleId: string, args: PageArgs) => expand(await idsOfArticle.load(articleId, args)),

    /**
     * Dated live claims in date order, about some actors, between two, at a place. Actor and
     * place references are resolved first (unknown: NOT_FOUND; ambiguous: BAD_USER_INPUT).
     */
    async timeline(args: TimelineArgs): Promise<Page<Claim>> {
      const filters = { types: typesParam(args.types), ...windowParams(args) };
      if (args.between && new Set(args.between).size !== 2)
        throw badInput(`between takes exactly two different actors (got ${args.between.length})`, { argument: 'between' });
      const refs = await resolveActorRefs(gateway, [...(args.actorIds ?? []), ...(args.between ?? [])]);
      const ids = (list: readonly string[] | null | undefined) => (list?.length ? list.map((r) => refs.get(r)!) : null);
      const between = ids(args.between);
      if (between && between[0] === between[1]) throw badInput('between names the same actor twice', { argument: 'between' });
      const [row] = await gateway.read(query('timeline'), {
        ...filters,
        actorIds: ids(args.actorIds),
        between,
        placeId: args.place ? await resolveLocationRef(gateway, args.place) : null,
        offset: args.offset,
        first: args.first,
      });
      return expand({ total: Number(row?.total ?? 0), items: (row?.ids as string[]) ?? [] });
    },

    /** Live claims by review state and origin, newest recorded first: the editors' review queue. */
    async byReview(args: PageArgs & { review?: ReviewState | null; origin?: ClaimOrigin | null }): Promise<Page<Claim>> {
      const [row] = await gateway.read(query('claims-by-review'), {
        review: args.review ?? null,
        origin: args.origin ?? null,
        offset: args.offset,
        first: args.first,
      });
      return expand({ total: Number(row?.total ?? 0), items: (row?.ids as string[]) ?? [] });
    },
  };
}
