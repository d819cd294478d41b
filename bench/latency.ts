/**
 * Latency, one request at a time, of several "sides" of the same operation (GraphQL vs raw
 * Cypher, ours vs the peer), interleaved: every iteration draws one set of arguments and runs
 * each side once with it, the order rotating, so noise on this shared machine (GC, the other
 * processes, Neo4j's page cache) hits every side alike. After a warm-up, `rounds` rounds of up
 * to `samples` iterations each (and at most `roundSeconds`) are taken; each side's p50/p95/p99
 * is the median over rounds.
 */
import type { Capture, Statement } from './capture.ts';
import type { GraphqlClient } from './http-client.ts';
import type { Args, Operation } from './operations.ts';
import type { RawRunner } from './raw.ts';
import { medianOfRounds, percentiles, type Percentiles } from './stats.ts';

export interface Side {
  name: string;
  /** Untimed work before a timed run (e.g. capturing the statements to replay). */
  prepare?(args: Args): Promise<unknown>;
  /** Runs once; `ok` false on any error; `notice` when the API said a bound cut the answer. */
  run(args: Args, prepared: unknown): Promise<{ ok: boolean; notice?: boolean; empty?: boolean }>;
  /** Statements per run, when the side knows (the raw side does). */
  statements?: number;
}

export interface LatencyOptions {
  warmup: number;
  samples: number;
  rounds: number;
  roundSeconds: number;
}

export interface SideLatency extends Percentiles {
  errors: number;
  /** Cypher statements per request (raw side: as captured from the repositories). */
  statements?: number;
  /** Answers that carried a notice (e.g. a path search stopped by its time limit). */
  notices: number;
  /** Answers with no result (e.g. no path within the hop bound). */
  empty: number;
  firstError?: string;
}

/** A side that posts a GraphQL document. */
export function graphqlSide(name: string, client: GraphqlClient, query: string, variables: (a: Args) => Record<string, unknown>): Side {
  return {
    name,
    async run(args) {
      const res = await client.post(query, variables(args));
      const data = res.body.data as Record<string, unknown> | undefined;
      const first = data ? Object.values(data)[0] : undefined;
      const empty = first === null || (Array.isArray(first) && first.length === 0);
      if (!res.ok && !lastError.has(name)) lastError.set(name, JSON.stringify(res.body.errors ?? res.status).slice(0, 300));
      // (a time limit hit, not the other notices: "no path within the degree bound" is an answer)
      const notices = (res.body.extensions?.notices as string[] | undefined) ?? [];
      return { ok: res.ok, notice: notices.some((n) => /took longer|time limit/.test(n)), empty };
    },
  };
}

/**
 * A side that executes the operation in this process with the project's schema, resolvers,
 * repositories and gateway — the API minus HTTP, Express and Apollo — to split the API's cost.
 */
export function inProcessSide(name: string, capture: Capture, op: Operation): Side {
  return {
    name,
    async run(args) {
      await capture(op.query, op.variables(args));
      return { ok: true };
    },
  };
}

/** A side that replays, with the driver alone, the statements the API runs for the operation. */
export function rawSide(name: string, capture: Capture, runner: RawRunner, op: Operation): Side {
  const side: Side = {
    name,
    prepare: (args) => capture(op.query, op.variables(args)),
    async run(_args, prepared) {
      const statements = prepared as Statement[];
      side.statements = statements.length;
      await runner.replay(statements);
      return { ok: true };
    },
  };
  return side;
}

/** The first error message of each side in the current measurement. */
const lastError = new Map<string, string>();

/** Measures the sides interleaved; returns each side's latency (ms) by name. */
export async function measureInterleaved(
  sides: readonly Side[],
  nextArgs: () => Args,
  options: LatencyOptions,
): Promise<Record<string, SideLatency>> {
  const runTimed = async (side: Side, args: Args) => {
    let started = performance.now();
    try {
      const prepared = await side.prepare?.(args);
      started = performance.now();
      const r = await side.run(args, prepared);
      return { ms: performance.now() - started, ...r };
    } catch (err) {
      if (!lastError.has(side.name)) lastError.set(side.name, (err as Error).message.slice(0, 300));
      return { ms: performance.now() - started, ok: false };
    }
  };
  for (let i = 0; i < options.warmup; i++) {
    const args = nextArgs();
    for (const side of sides) await runTimed(side, args);
  }
  for (const side of sides) lastError.delete(side.name); // report errors of the measured rounds only
  const rounds = new Map<string, Percentiles[]>(sides.map((s) => [s.name, []]));
  const counts = new Map(sides.map((s) => [s.name, { errors: 0, notices: 0, empty: 0 }]));
  for (let round = 0; round < options.rounds; round++) {
    const samples = new Map<string, number[]>(sides.map((s) => [s.name, []]));
    const deadline = performance.now() + options.roundSeconds * 1000;
    for (let i = 0; i < options.samples && performance.now() < deadline; i++) {
      const args = nextArgs();
      for (let s = 0; s < sides.length; s++) {
        const side = sides[(i + s) % sides.length]!;
        const r = await runTimed(side, args);
        samples.get(side.name)!.push(r.ms);
        const c = counts.get(side.name)!;
        if (!r.ok) c.errors++;
        if ('notice' in r && r.notice) c.notices++;
        if ('empty' in r && r.empty) c.empty++;
      }
    }
    for (const side of sides) rounds.get(side.name)!.push(percentiles(samples.get(side.name)!));
  }
  const out: Record<string, SideLatency> = {};
  for (const side of sides) {
    out[side.name] = {
      ...medianOfRounds(rounds.get(side.name)!),
      ...counts.get(side.name)!,
      ...(side.statements !== undefined ? { statements: side.statements } : {}),
      ...(lastError.has(side.name) ? { firstError: lastError.get(side.name) } : {}),
    };
  }
  return out;
}
