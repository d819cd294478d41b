/**
 * What a GraphQL operation may cost, priced by the arguments it actually sends (literals and
 * variables alike, with the schema's defaults filled in) — an estimator for
 * graphql-query-complexity:
 *
 * - a field costs 1 plus its sub-selection;
 * - a connection (`first`) costs 1 plus `first` × its sub-selection: the rows it may return;
 * - `paths`/`pathSearch` cost a search of SEARCH_COST per hop per path asked for, plus the
 *   paths it returns (k, all shortest: up to the path cap) × hops × their sub-selection;
 * - `connections` costs that search for every pair of actors;
 * - `neighbourhood` costs `limit` × `depth` rows read plus `limit` × its sub-selection;
 * - `stats` scans the whole graph: STATS_COST.
 * Out-of-range arguments are priced as sent (the repositories then refuse them).
 */
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { NEIGHBOURHOOD_BOUNDS, PATH_BOUNDS } from '../model/bounds.ts';

export const SEARCH_COST = 100;
export const STATS_COST = 500;

/** A positive integer argument, or its fallback when absent or not a number. */
function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : fallback;
}

function pathsCost(args: Record<string, unknown>, child: number): number {
  const hops = count(args.maxHops, PATH_BOUNDS.maxHops.default);
  const paths = args.mode === 'K_SHORTEST' ? count(args.k, PATH_BOUNDS.k.default) : args.mode === 'ALL_SHORTEST' ? PATH_BOUNDS.maxPaths : 1;
  return SEARCH_COST * hops * paths + paths * hops * child;
}

function connectionsCost(args: Record<string, unknown>, child: number): number {
  const actors = Array.isArray(args.actorIds) ? new Set(args.actorIds).size : 2;
  const pairs = Math.max(1, (actors * (actors - 1)) / 2);
  const hops = count(args.maxHops, PATH_BOUNDS.connectionsMaxHops.default);
  return SEARCH_COST * hops * pairs + pairs * hops * child;
}

function neighbourhoodCost(args: Record<string, unknown>, child: number): number {
  const depth = count(args.depth, NEIGHBOURHOOD_BOUNDS.depth.default);
  const limit = count(args.limit, NEIGHBOURHOOD_BOUNDS.limit.default);
  return limit * depth + limit * child;
}

/** The project's estimator: every field is priced here (none falls through). */
export const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name === 'Query') {
    if (field.name === 'paths' || field.name === 'pathSearch') return pathsCost(args, childComplexity);
    if (field.name === 'connections') return connectionsCost(args, childComplexity);
    if (field.name === 'neighbourhood') return neighbourhoodCost(args, childComplexity);
    if (field.name === 'stats') return STATS_COST + childComplexity;
  }
  if ('first' in args) return 1 + count(args.first, 1) * childComplexity;
  return 1 + childComplexity;
};
