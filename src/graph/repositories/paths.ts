/**
 * Relationship path search between actors. The search itself is Neo4j's (`SHORTEST k`,
 * `ALL SHORTEST` over a quantified path pattern with inline filters, see cypher/paths.cypher);
 * this module validates the arguments, applies the bounds and shapes the answer.
 *
 * Actors are given by id, name or alias (resolved first; an ambiguous name is refused).
 *
 * Bounds: at most 8 hops, k at most 10, at most MAX_PATHS paths, and a per-query time limit.
 * Hitting one is reported (`truncated` + `notice`), never silent.
 */
import { AppError, badInput } from '../../errors.ts';
import { toPath, type Path } from '../../model/path.ts';
import type { Actor, Relationship, Subgraph } from '../../model/types.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import { PATH_BOUNDS } from '../../model/bounds.ts';
import { MAX_HOPS, query, template, type PathSelector } from '../cypher.ts';
import { confidenceParam, evidenceParam, typesParam, windowParams, type EvidenceFilter } from '../filters.ts';
import type { Gateway } from '../gateway.ts';
import { toActor, toRelationship } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';
import { resolveActorRefs } from './actor-refs.ts';

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
  evidence?: EvidenceFilter | null;
  maxDegree?: number | null;
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

function checkDegree(maxDegree: number | null | undefined): number | null {
  if (maxDegree === null || maxDegree === undefined) return null;
  if (!Number.isInteger(maxDegree) || maxDegree < PATH_BOUNDS.maxDegree.min)
    throw badInput(`maxDegree must be a whole number of at least ${PATH_BOUNDS.maxDegree.min} (got ${maxDegree})`, {
      argument: 'maxDegree',
    });
  return maxDegree;
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
  /** The ids of the given references, in order (NOT_FOUND / ambiguous refused by resolveActorRefs). */
  async function idsOf(refs: readonly string[]): Promise<string[]> {
    const ids = await resolveActorRefs(gateway, refs);
    return refs.map((r) => ids.get(r)!);
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
      const selector = selectorFor(args);
      const hops = checkHops(args.maxHops ?? PATH_BOUNDS.maxHops.default);
      const maxDegree = checkDegree(args.maxDegree);
      const filters = {
        types: typesParam(args.types),
        minConfidence: confidenceParam(args.minConfidence),
        minLevel: evidenceParam(args.evidence),
        ...windowParams({ from: args.window?.start, to: args.window?.end }),
      };
      const [from, to, ...avoidIds] = await idsOf([args.from, args.to, ...(args.avoid ?? [])]);
      if (from === to) throw badInput('from and to must be different actors');
      const avoid = [...new Set(avoidIds)];
      if (avoid.includes(from!) || avoid.includes(to!)) throw badInput('avoid must not contain from or to');
      const params = {
        ...filters,
        from,
        to,
        outgoing: (args.direction ?? 'ANY') === 'OUTGOING',
        avoid,
        maxDegree,
        maxPaths: MAX_PATHS + 1,
      };
      const { rows, timedOut } = await bounded(template('paths', { selector, hops }), params);
      if (timedOut)
        return {
          paths: [],
          truncated: true,
          notice: `the search took longer than ${timeoutMs} ms and was stopped; narrow it (fewer hops, some types, a window)`,
        };
      const paths = toPaths(rows.slice(0, MAX_PATHS));
      const truncated = rows.length > MAX_PATHS;
      if (truncated) return { paths, truncated, notice: `more than ${MAX_PATHS} paths; showing the first ${MAX_PATHS}` };
      // (an empty answer under a degree bound may only mean every path crosses a hub: say so)
      const hubs = maxDegree !== null && !paths.length;
      return {
        paths,
        truncated,
        notice: hubs
          ? `no path found without passing through actors with more than ${maxDegree} relationships; raise or drop maxDegree`
          : null,
      };
    },

    async connections(args: {
      actorIds: readonly string[];
      maxHops?: number | null;
      types?: readonly RelationType[] | null;
      window?: PathArgs['window'];
      evidence?: EvidenceFilter | null;
    }): Promise<Subgraph> {
      const ids = [...new Set(await idsOf(args.actorIds))];
      if (ids.length < PATH_BOUNDS.connectionsActors.min || ids.length > PATH_BOUNDS.connectionsActors.max)
        throw badInput(
          `connections needs ${PATH_BOUNDS.connectionsActors.min} to ${PATH_BOUNDS.connectionsActors.max} distinct actors (got ${ids.length})`,
        );
      const hops = checkHops(args.maxHops ?? PATH_BOUNDS.connectionsMaxHops.default);
      const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]));
      const params = {
        pairs,
        types: typesParam(args.types),
        minLevel: evidenceParam(args.evidence),
        ...windowParams({ from: args.window?.start, to: args.window?.end }),
      };
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
