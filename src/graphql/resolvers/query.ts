/** Root query fields: arguments → one repository call → connection or value. */
import { notFound } from '../../errors.ts';
import type { RequestContext } from '../context.ts';
import { toConnection, toPage } from '../pagination.ts';

type Args = Record<string, any>;

export const queryResolvers = {
  health: (_: unknown, __: Args, { repos }: RequestContext) => repos.health.check(),

  actor: (_: unknown, { id }: Args, { repos }: RequestContext) => repos.actors.byId(id),

  async actors(_: unknown, { search, kinds, first, after }: Args, { repos }: RequestContext) {
    const page = toPage(first, after);
    const { items, total } = await repos.actors.find({ search, kinds, ...page });
    return toConnection(items, total, page);
  },

  async relationships(_: unknown, { filter = {}, first, after }: Args, { repos }: RequestContext) {
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

  async neighbourhood(_: unknown, args: Args, { repos }: RequestContext) {
    if (!(await repos.actors.byId(args.actorId))) throw notFound('actor', args.actorId);
    return repos.neighbourhood.around({ actorId: args.actorId, depth: args.depth, types: args.types, from: args.from, to: args.to, limit: args.limit });
  },

  async timeline(_: unknown, { actorIds, from, to, types, first, after }: Args, { repos }: RequestContext) {
    const page = toPage(first, after, 50);
    for (const id of actorIds ?? []) if (!(await repos.actors.byId(id))) throw notFound('actor', id);
    const { items, total } = await repos.claims.timeline({ actorIds, from, to, types, ...page });
    return toConnection(items, total, page);
  },

  async articles(_: unknown, { first, after }: Args, { repos }: RequestContext) {
    const page = toPage(first, after);
    const { items, total } = await repos.articles.list(page);
    return toConnection(items, total, page);
  },

  article: (_: unknown, { id }: Args, { repos }: RequestContext) => repos.articles.byId(id),
  claim: (_: unknown, { id }: Args, { repos }: RequestContext) => repos.claims.byId(id),
  stats: (_: unknown, __: Args, { repos }: RequestContext) => repos.stats.read(),
};
