/** Field resolvers of the object types: nested lists go through the request's batch loaders. */
import type { ActorResolvers, ArticleResolvers, ClaimResolvers, RelationshipResolvers } from '../generated/types.ts';
import { toConnection, toPage } from '../pagination.ts';
import { passageOf } from '../../model/passage.ts';
import { actorRelationshipArgs } from '../prefetch.ts';

export const actorResolvers: ActorResolvers = {
  async relationships(actor, args, { repos }) {
    const query = actorRelationshipArgs(args);
    const { items, total } = await repos.relationships.ofActor(actor.id, query);
    return toConnection(items, total, query);
  },
  async neighbours(actor, args, { repos }) {
    const query = actorRelationshipArgs(args);
    const { items, total } = await repos.actors.neighbours(actor.id, query);
    return toConnection(items, total, query);
  },
  async claims(actor, args, { repos }) {
    const page = toPage(args.first, args.after);
    const { items, total } = await repos.claims.ofActor(actor.id, {
      types: args.types,
      from: args.from,
      to: args.to,
      includeRetracted: args.includeRetracted,
      ...page,
    });
    return toConnection(items, total, page);
  },
  async timeline(actor, args, { repos }) {
    const page = toPage(args.first, args.after, 50);
    const { items, total } = await repos.claims.ofActor(actor.id, {
      types: args.types,
      from: args.from,
      to: args.to,
      datedOnly: true,
      ...page,
    });
    return toConnection(items, total, page);
  },
};

export const relationshipResolvers: RelationshipResolvers = {
  evidence: (rel, _, { repos }) => repos.claims.many(rel.claimIds),
};

export const claimResolvers: ClaimResolvers = {
  location: (claim, _, { repos }) => (claim.locationId ? repos.locations.byId(claim.locationId) : null),
  recordedAt: (claim) => claim.createdAt,
  async passage(claim, _, { repos }) {
    if (!claim.sentence || !claim.article) return null;
    const text = await repos.articles.textOf(claim.article.id);
    return text ? passageOf(text, claim.sentence) : null;
  },
};

export const articleResolvers: ArticleResolvers = {
  async claims(article, args, { repos }) {
    const page = toPage(args.first, args.after);
    const { items, total } = await repos.claims.ofArticle(article.id, page);
    return toConnection(items, total, page);
  },
};
