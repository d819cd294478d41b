/** Field resolvers of the object types: nested lists go through the request's batch loaders. */
import type { Actor, Article, Relationship } from '../../model/types.ts';
import type { RequestContext } from '../context.ts';
import { toConnection, toPage } from '../pagination.ts';

type Args = Record<string, any>;

export const actorResolvers = {
  async relationships(actor: Actor, args: Args, { repos }: RequestContext) {
    const page = toPage(args.first, args.after);
    const { items, total } = await repos.relationships.ofActor(actor.id, { types: args.types, direction: args.direction, from: args.from, to: args.to, minConfidence: args.minConfidence, ...page });
    return toConnection(items, total, page);
  },
  async neighbours(actor: Actor, args: Args, { repos }: RequestContext) {
    const page = toPage(args.first, args.after);
    const { items, total } = await repos.actors.neighbours(actor.id, { types: args.types, direction: args.direction, from: args.from, to: args.to, minConfidence: args.minConfidence, ...page });
    return toConnection(items, total, page);
  },
  async claims(actor: Actor, args: Args, { repos }: RequestContext) {
    const page = toPage(args.first, args.after);
    const { items, total } = await repos.claims.ofActor(actor.id, { types: args.types, from: args.from, to: args.to, includeRetracted: args.includeRetracted, ...page });
    return toConnection(items, total, page);
  },
  async timeline(actor: Actor, args: Args, { repos }: RequestContext) {
    const page = toPage(args.first, args.after, 50);
    const { items, total } = await repos.claims.ofActor(actor.id, { types: args.types, from: args.from, to: args.to, datedOnly: true, ...page });
    return toConnection(items, total, page);
  },
};

export const relationshipResolvers = {
  evidence: (rel: Relationship, _: Args, { repos }: RequestContext) => repos.claims.many(rel.claimIds),
};

export const articleResolvers = {
  async claims(article: Article, args: Args, { repos }: RequestContext) {
    const page = toPage(args.first, args.after);
    const { items, total } = await repos.claims.ofArticle(article.id, page);
    return toConnection(items, total, page);
  },
};
