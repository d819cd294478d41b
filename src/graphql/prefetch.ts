/**
 * One statement for the request shape the explorer asks most: an actor with a page of its
 * relationships and their evidence. Field by field that is three dependent statements (the
 * actor, its relationships, the claims of the page); when the `actor` field's selection asks
 * for exactly one `relationships` page with `evidence`, this runs the fused statement and
 * primes the request's loaders with what it read, so the field resolvers that follow find
 * everything cached and run no statement of their own. Any other shape, or arguments the
 * resolvers would refuse, runs field by field as before (the refusal then comes from there).
 *
 * The selection is read with graphql-parse-resolve-info (fragments, aliases, variables,
 * defaults and @skip/@include resolved as graphql-js does).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { RelationshipFilterInput } from '../graph/filters.ts';
import type { PageArgs } from '../graph/repositories/batch.ts';
import type { Repositories } from '../graph/repositories/index.ts';
import type { Actor } from '../model/types.ts';
import type { ActorRelationshipsArgs } from './generated/types.ts';
import { toPage } from './pagination.ts';

/** The repository arguments of `Actor.relationships` and `Actor.neighbours` (one place, so a primed page is found again). */
export function actorRelationshipArgs(args: ActorRelationshipsArgs): RelationshipFilterInput & PageArgs {
  return {
    types: args.types,
    direction: args.direction,
    from: args.from,
    to: args.to,
    minConfidence: args.minConfidence,
    ...toPage(args.first, args.after),
  };
}

/** The one sub-field called `name` under `tree`'s selection for `typeName`, or null (none, or several). */
function onlyField(tree: ResolveTree | undefined, typeName: string, name: string): ResolveTree | null {
  const found = Object.values(tree?.fieldsByTypeName[typeName] ?? {}).filter((f) => f.name === name);
  return found.length === 1 ? found[0]! : null;
}

/** The arguments of the single relationships page whose evidence is asked, or null for another shape. */
function evidencePage(info: GraphQLResolveInfo): (RelationshipFilterInput & PageArgs) | null {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) return null;
  const rels = onlyField(tree, 'Actor', 'relationships');
  const node = onlyField(onlyField(rels ?? undefined, 'RelationshipConnection', 'edges') ?? undefined, 'RelationshipEdge', 'node');
  if (!rels || !onlyField(node ?? undefined, 'Relationship', 'evidence')) return null;
  try {
    return actorRelationshipArgs(rels.args as ActorRelationshipsArgs);
  } catch {
    return null;
  }
}

/** `actor(id:)`: one statement for an actor with its relationships' evidence, else the batched lookup. */
export async function actorForRequest(id: string, repos: Repositories, info: GraphQLResolveInfo): Promise<Actor | null> {
  const args = evidencePage(info);
  if (!args) return repos.actors.byId(id);
  const { actor, evidence } = await repos.relationships.actorWithEvidence(id, args);
  repos.actors.prime(id, actor);
  repos.claims.prime(evidence);
  return actor;
}
