/** Root query fields: arguments → one repository call → connection or value. */
import { notFound } from '../../errors.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { toConnection, toPage } from '../pagination.ts';
import { actorForRequest } from '../prefetch.ts';

export const queryResolvers: QueryResolvers = {
  health: (_, __, { repos }) => repos.health.check(),

  actor: (_, { id }, { repos }, info) => actorForRequest(id, repos, info),

  async actors(_, { search, kinds, first, after }, { repos }) {
    const page = toPage(first, after);
    const { items, total } = await repos.actors.find({ search, kinds, ...page });
    return toConnection(items, total, page);
  },

  async relationships(_, { filter, first, after }, { repos }) {
    const page = toPage(first, after);
    const f = filter ?? {};
    if (f.actorId) {
      if (!(await repos.actors.byId(f.actorId))) throw notFound('actor', f.actorId);
      const { items, total } = await repos.relationships.ofActor(f.actorId, { ...f, ...page });
      return toConnection(items, total, page);
    }
    const { items, total } = await repos.relationships.find({ ...f, ...page });
    return toConnection(items, total, page);
  },

  neighbourhood(_, args, { repos }) {
    // The repository answers NOT_FOUND itself when the actor does not exist.
    return repos.neighbourhood.around({
      actorId: args.actorId,
      depth: args.depth,
      types: args.types,
      from: args.from,
      to: args.to,
      limit: args.limit,
      evidence: args.evidence,
    });
  },

  async timeline(_, { actorIds, between, place, from, to, types, first, after }, { repos }) {
    // The repository resolves names and answers NOT_FOUND / ambiguous itself.
    const page = toPage(first, after, 50);
    const { items, total } = await repos.claims.timeline({ actorIds, between, place, from, to, types, ...page });
    return toConnection(items, total, page);
  },

  async claims(_, { review, origin, first, after }, { repos }) {
    const page = toPage(first, after);
    const { items, total } = await repos.claims.byReview({ review, origin, ...page });
    return toConnection(items, total, page);
  },

  async articles(_, { first, after }, { repos }) {
    const page = toPage(first, after);
    const { items, total } = await repos.articles.list(page);
    return toConnection(items, total, page);
  },

  article: (_, { id }, { repos }) => repos.articles.byId(id),
  claim: (_, { id }, { repos }) => repos.claims.byId(id),
  stats: (_, __, { repos }) => repos.stats.read(),
};
