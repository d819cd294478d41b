/**
 * Relationship path search between actors. The search itself is Neo4j's (`SHORTEST k`,
 * `ALL SHORTEST` over a quantified path pattern with inline filters, see cypher/paths.cypher);
 * this module validates the arguments, applies the bounds and shapes the answer.
 *
 * Bounds: at most 8 hops, k at most 10, at most MAX_PATHS paths, and a per-query time limit.
 * Hitting one is reported (`truncated` + `notice`), never silent.
 */
import { AppError, badInput, notFound } from '../../errors.ts';
import { toPath, type Path } from '../../model/path.ts';
import type { Actor, Relationship, Subgraph } from '../../model/types.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import { PATH_BOUNDS } from '../../model/bounds.ts';
import { MAX_HOPS, query, template, type PathSelector } from '../cypher.ts';
import { confidenceParam, typesParam, windowParams } from '../filters.ts';
import type { Gateway } from '../gateway.ts';
import { toActor, toRelationship } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';

export const MAX_PATHS = PATH_BOUNDS.maxPaths;
export const MAX_K = PATH_BOUNDS.k.max;

export interface PathArgs {
  from: string;
  to: string;
  mode?: 'SHORTEST' | 'ALL_SHORTEST' | 'K_SHORTEST' | null;
  k?: number | null;
  types?: readonly RelationType[] | null;
  direction?: 'ANY' | 'OUTGOING' | null;
  maxHops?: number | null;
  window?: { start?: string | null; end?: string | null } | null;
  minConfidence?: number | null;
  avoid?: readonly string[] | null;
}

export interface PathSearch {
  paths: Path[];
  truncated: boolean;
  notice: string | null;
}

function checkHops(maxHops: number): number {
  if (!Number.isInteger(maxHops) || maxHops < PATH_BOUNDS.maxHops.min || maxHops > MAX_HOPS)
    throw badInput(`maxHops must be between 1 and ${MAX_HOPS} (got ${maxHops})`, { argument: 'maxHops' });
  return maxHops;
}

function selectorFor(args: PathArgs): PathSelector {
  const mode = args.mode ?? 'SHORTEST';
  if (mode !== 'K_SHORTEST') return { mode };
  const k = args.k ?? PATH_BOUNDS.k.default;
  if (!Number.isInteger(k) || k < PATH_BOUNDS.k.min || k > MAX_K)
    throw badInput(`k must be between 1 and ${MAX_K} (got ${k})`, { argument: 'k' });
  return { mode, k };
}

function toPaths(rows: Record<string, Plain>[]): Path[] {
  return rows.map((r) => toPath((r.nodes as Plain[]).map(toActor), (r.rels as Plain[]).map(toRelationship)));
}

export function createPathRepository(gateway: Gateway, timeoutMs: number) {
  async function requireActors(ids: string[]): Promise<void> {
    const rows = await gateway.read(query('actors-by-ids'), { ids });
    const found = new Set(rows.map((r) => String((r.actor as { id: string }).id)));
    for (const id of ids) if (!found.has(id)) throw notFound('actor', id);
  }

  /** Runs a bounded search; a time-out becomes a truncated, empty answer with a notice. */
  async function bounded(cypher: string, params: Record<string, unknown>): Promise<{ rows: Record<string, Plain>[]; timedOut: boolean }> {
    try {
      return { rows: await gateway.read(cypher, params, { timeoutMs }), timedOut: false };
    } catch (err) {
      if (err instanceof AppError && err.code === 'QUERY_TIMEOUT') return { rows: [], timedOut: true };
      throw err;
    }
  }

  return {
    async search(args: PathArgs): Promise<PathSearch> {
      if (args.from === args.to) throw badInput('from and to must be different actors');
      const avoid = [...new Set(args.avoid ?? [])];
      if (avoid.includes(args.from) || avoid.includes(args.to)) throw badInput('avoid must not contain from or to');
      const selector = selectorFor(args);
      const hops = checkHops(args.maxHops ?? PATH_BOUNDS.maxHops.default);
      const params = {
        from: args.from,
        to: args.to,
        types: typesParam(args.types),
        minConfidence: confidenceParam(args.minConfidence),
        outgoing: (args.direction ?? 'ANY') === 'OUTGOING',
        avoid,
        ...windowParams({ from: args.window?.start, to: args.window?.end }),
        maxPaths: MAX_PATHS + 1,
      };
      await requireActors([args.from, args.to, ...avoid]);
      const { rows, timedOut } = await bounded(template('paths', { selector, hops }), params);
      if (timedOut)
        return {
          paths: [],
          truncated: true,
          notice: `the search took longer than ${timeoutMs} ms and was stopped; narrow it (fewer hops, some types, a window)`,
        };
      const paths = toPaths(rows.slice(0, MAX_PATHS));
      const truncated = rows.length > MAX_PATHS;
      return { paths, truncated, notice: truncated ? `more than ${MAX_PATHS} paths; showing the first ${MAX_PATHS}` : null };
    },

    async connections(args: {
      actorIds: readonly string[];
      maxHops?: number | null;
      types?: readonly RelationType[] | null;
      window?: PathArgs['window'];
    }): Promise<Subgraph> {
      const ids = [...new Set(args.actorIds)];
      if (ids.length < PATH_BOUNDS.connectionsActors.min || ids.length > PATH_BOUNDS.connectionsActors.max)
        throw badInput(
          `connections needs ${PATH_BOUNDS.connectionsActors.min} to ${PATH_BOUNDS.connectionsActors.max} distinct actors (got ${ids.length})`,
        );
      const hops = checkHops(args.maxHops ?? PATH_BOUNDS.connectionsMaxHops.default);
      await requireActors(ids);
      const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]));
      const params = { pairs, types: typesParam(args.types), ...windowParams({ from: args.window?.start, to: args.window?.end }) };
      const { rows, timedOut } = await bounded(template('connections', { hops }), params);
      const nodes = new Map<string, Actor>();
      const edges = new Map<string, Relationship>();
      const given = await gateway.read(query('actors-by-ids'), { ids });
      for (const r of given) nodes.set(String((r.actor as { id: string }).id), toActor(r.actor));
      for (const path of toPaths(rows)) {
        for (const hop of path.hops) {
          nodes.set(hop.from.id, hop.from).set(hop.to.id, hop.to);
          edges.set(hop.relationship.id, hop.relationship);
        }
      }
      return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: timedOut };
    },
  };
}
