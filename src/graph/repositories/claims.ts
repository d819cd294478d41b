/** Reading claims: by id (batched, the evidence of relationships), per actor, per article, timelines. */
import { query } from '../cypher.ts';
import { typesParam, windowParams, type WindowInput } from '../filters.ts';
import type { Gateway } from '../gateway.ts';
import { toClaim } from '../mappers.ts';
import type { Claim, Page } from '../../model/types.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import { createLoader, createPageLoader, type PageArgs } from './batch.ts';

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
    ofActor: async (actorId: string, args: ClaimListArgs) => expand(await idsOfActor.load(actorId, args)),
    ofArticle: async (articleId: string, args: PageArgs) => expand(await idsOfArticle.load(articleId, args)),

    /** Dated live claims in date order. */
    async timeline(args: ClaimListArgs & { actorIds?: readonly string[] | null }): Promise<Page<Claim>> {
      const [row] = await gateway.read(query('timeline'), {
        actorIds: args.actorIds?.length ? [...args.actorIds] : null,
        types: typesParam(args.types),
        ...windowParams(args),
        offset: args.offset,
        first: args.first,
      });
      return expand({ total: Number(row?.total ?? 0), items: (row?.ids as string[]) ?? [] });
    },
  };
}
