/**
 * The measured sections of one graph size, each a function of the running servers:
 *  - readOps: GraphQL vs raw Cypher latency for the five read operations;
 *  - pathScaling: SHORTEST / K_SHORTEST k=5 at maxHops 4 and 6 through GraphQL;
 *  - peerLatency: ours vs @neo4j/graphql on the operations both can express;
 *  - throughput: autocannon on `actor` and `paths` (ours) and the shared operations (both),
 *    with the servers' peak RSS over the runs.
 */
import type { BenchArgs } from './args.ts';
import type { Capture } from './capture.ts';
import type { ChildServer } from './child.ts';
import { measureCpu, type CpuUse } from './cpu.ts';
import { createGraphqlClient } from './http-client.ts';
import { graphqlSide, inProcessSide, measureInterleaved, rawSide, type LatencyOptions, type SideLatency } from './latency.ts';
import { sampleRss } from './memory.ts';
import { actorOperation, pathsOperation, READ_OPERATIONS, type Operation } from './operations.ts';
import { PEER_NAME_CONTAINS, SHARED_OPERATIONS } from './peer/operations.ts';
import type { RawRunner } from './raw.ts';
import { runThroughput, type ThroughputResult } from './throughput.ts';
import { createWorkload } from './workload.ts';

export interface SizeContext {
  args: BenchArgs;
  actors: number;
  api: ChildServer;
  peer?: ChildServer;
  /** The Neo4j JVM's pid, for CPU accounting (undefined when not found). */
  neo4jPid?: number;
  runner: RawRunner;
  capture: Capture;
  log(message: string): void;
}

export interface ReadOpResult {
  op: string;
  label: string;
  graphql: SideLatency;
  /** The same execution in the benchmark process, without HTTP/Express/Apollo (for the breakdown). */
  inProcess: SideLatency;
  raw: SideLatency;
  ratioP50: number;
  ratioP95: number;
}

export interface PathResult {
  op: string;
  mode: string;
  maxHops: number;
  /** The degree bound (routing around hubs), when the search had one. */
  maxDegree?: number;
  latency: SideLatency;
}

/** The same seeded pairs searched with and without the degree bound: how many answers differ. */
export interface HubRoutingResult {
  maxDegree: number;
  maxHops: number;
  pairs: number;
  /** Pairs with a path unbounded. */
  connected: number;
  /** Same shortest length with and without the bound (the path may take another route). */
  sameLength: number;
  /** A longer path under the bound. */
  longer: number;
  /** A path unbounded, none under the bound. */
  lost: number;
  /** Pairs whose first path differs hop for hop (the longer ones included). */
  differentRoute: number;
}

export interface PeerLatencyResult {
  op: string;
  label: string;
  ours: SideLatency;
  peer: SideLatency;
}

export interface ThroughputSeries {
  op: string;
  server: 'ours' | 'peer';
  runs: Array<ThroughputResult & { cpu: CpuUse }>;
}

export interface MemoryResult {
  peakRssBytes: number;
  maxSampledRssBytes: number;
  peakResetWorked: boolean;
}

const latencyOptions = (args: BenchArgs): LatencyOptions => ({
  warmup: args.warmup,
  samples: args.samples,
  rounds: args.rounds,
  roundSeconds: args.roundSeconds,
});
const stream = (ctx: SizeContext, n: number) => createWorkload(ctx.args.seed, ctx.actors, ctx.args.seed * 1000 + n);

/**
 * GraphQL over raw Cypher, interleaved, per read operation; first the API's floor: `{ __typename }`,
 * a request that reaches no resolver and no database (HTTP + Express + Apollo only).
 */
export async function readOps(ctx: SizeContext): Promise<{ ops: ReadOpResult[]; floor: SideLatency }> {
  const client = createGraphqlClient(ctx.api.url);
  const out: ReadOpResult[] = [];
  try {
    ctx.log('latency: { __typename } (the API without resolvers or Neo4j)');
    const floor = (
      await measureInterleaved([graphqlSide('floor', client, '{ __typename }', () => ({}))], stream(ctx, 99), latencyOptions(ctx.args))
    ).floor!;
    for (const [i, op] of READ_OPERATIONS.entries()) {
      ctx.log(`latency: ${op.label}`);
      const sides = [
        graphqlSide('graphql', client, op.query, op.variables),
        inProcessSide('inProcess', ctx.capture, op),
        rawSide('raw', ctx.capture, ctx.runner, op),
      ];
      const r = await measureInterleaved(sides, stream(ctx, i), latencyOptions(ctx.args));
      out.push({
        op: op.name,
        label: op.label,
        graphql: r.graphql!,
        inProcess: r.inProcess!,
        raw: r.raw!,
        ratioP50: r.graphql!.p50 / r.raw!.p50,
        ratioP95: r.graphql!.p95 / r.raw!.p95,
      });
    }
    return { ops: out, floor };
  } finally {
    client.close();
  }
}

/** Path latency at this size: both selectors, maxHops 4 and 6, the same random pairs for all four. */
export async function pathScaling(ctx: SizeContext): Promise<PathResult[]> {
  const client = createGraphqlClient(ctx.api.url);
  const configs: Array<{ op: Operation; mode: string; maxHops: number }> = [];
  const maxDegree = ctx.args.maxDegree;
  for (const maxHops of [4, 6]) {
    configs.push({ op: pathsOperation({ mode: 'SHORTEST' }, maxHops), mode: 'SHORTEST', maxHops });
    configs.push({ op: pathsOperation({ mode: 'K_SHORTEST', k: 5 }, maxHops), mode: 'K_SHORTEST k=5', maxHops });
    configs.push({ op: pathsOperation({ mode: 'SHORTEST' }, maxHops, maxDegree), mode: `SHORTEST maxDegree ${maxDegree}`, maxHops });
  }
  try {
    ctx.log(`paths: SHORTEST and K_SHORTEST k=5 at maxHops 4 and 6, and SHORTEST around hubs above ${maxDegree} ties`);
    const sides = configs.map((c) => graphqlSide(c.op.name, client, c.op.query, c.op.variables));
    const r = await measureInterleaved(sides, stream(ctx, 50), {
      ...latencyOptions(ctx.args),
      warmup: Math.min(ctx.args.warmup, 10),
      samples: Math.min(ctx.args.samples, 100),
    });
    return configs.map((c) => ({ op: c.op.name, mode: c.mode, maxHops: c.maxHops, latency: r[c.op.name]! }));
  } finally {
    client.close();
  }
}

/**
 * Routing around hubs: the first `pairs` seeded pairs of the path stream, each searched SHORTEST
 * at maxHops 6 with and without `maxDegree`, compared by length and by route.
 */
export async function hubRouting(ctx: SizeContext, pairs = 50): Promise<HubRoutingResult> {
  const client = createGraphqlClient(ctx.api.url);
  const maxDegree = ctx.args.maxDegree;
  const maxHops = 6;
  const open = pathsOperation({ mode: 'SHORTEST' }, maxHops);
  const bounded = pathsOperation({ mode: 'SHORTEST' }, maxHops, maxDegree);
  const next = stream(ctx, 50);
  const out: HubRoutingResult = { maxDegree, maxHops, pairs, connected: 0, sameLength: 0, longer: 0, lost: 0, differentRoute: 0 };
  type Answer = { paths: Array<{ length: number; summary: string }> };
  const first = async (op: Operation, args: ReturnType<typeof next>) => {
    const res = await client.post(op.query, op.variables(args));
    if (!res.ok) throw new Error(`paths ${op.label}: ${res.body.errors?.[0]?.message ?? `HTTP ${res.status}`}`);
    return (res.body.data as Answer).paths[0];
  };
  try {
    ctx.log(`paths: ${pairs} pairs with and without maxDegree ${maxDegree}`);
    for (let i = 0; i < pairs; i++) {
      const args = next();
      const [a, b] = [await first(open, args), await first(bounded, args)];
      if (!a) continue;
      out.connected++;
      if (!b) out.lost++;
      else if (b.length > a.length) out.longer++;
      else out.sameLength++;
      if (b && b.summary !== a.summary) out.differentRoute++;
    }
    return out;
  } finally {
    client.close();
  }
}

/** Ours vs the peer, interleaved, on the shared operations (+ the peer's plain name filter). */
export async function peerLatency(ctx: SizeContext): Promise<PeerLatencyResult[]> {
  if (!ctx.peer) return [];
  const ours = createGraphqlClient(ctx.api.url);
  const peer = createGraphqlClient(ctx.peer.url);
  const out: PeerLatencyResult[] = [];
  try {
    for (const [i, op] of SHARED_OPERATIONS.entries()) {
      ctx.log(`peer latency: ${op.label}`);
      const r = await measureInterleaved(
        [graphqlSide('ours', ours, op.ours.query, op.ours.variables), graphqlSide('peer', peer, op.peer.query, op.peer.variables)],
        stream(ctx, 100 + i),
        latencyOptions(ctx.args),
      );
      out.push({ op: op.name, label: op.label, ours: r.ours!, peer: r.peer! });
    }
    ctx.log('peer latency: name contains (reference)');
    const r = await measureInterleaved(
      [graphqlSide('peer', peer, PEER_NAME_CONTAINS.query, PEER_NAME_CONTAINS.variables)],
      stream(ctx, 101),
      { ...latencyOptions(ctx.args), samples: Math.min(ctx.args.samples, 50), rounds: 1 },
    );
    out.push({ op: 'name-contains', label: 'peer only: actors(where: { name: { contains } })', ours: r.peer!, peer: r.peer! });
  } finally {
    ours.close();
    peer.close();
  }
  return out;
}

async function series(
  ctx: SizeContext,
  server: ChildServer,
  name: 'ours' | 'peer',
  op: string,
  query: string,
  variables: Operation['variables'],
  seedOffset: number,
): Promise<ThroughputSeries> {
  const nextArgs = stream(ctx, seedOffset);
  ctx.log(`throughput: ${name} ${op} warm-up`);
  await runThroughput({ url: server.url, query, variables, nextArgs, connections: 16, durationSeconds: Math.min(3, ctx.args.duration) });
  const runs: ThroughputSeries['runs'] = [];
  for (const connections of ctx.args.concurrency) {
    ctx.log(`throughput: ${name} ${op} at concurrency ${connections} for ${ctx.args.duration} s`);
    const cpu = measureCpu({ server: server.pid, neo4j: ctx.neo4jPid });
    const result = await runThroughput({ url: server.url, query, variables, nextArgs, connections, durationSeconds: ctx.args.duration });
    runs.push({ ...result, cpu: cpu.stop() });
  }
  return { op, server: name, runs };
}

/** Throughput runs; the API's (and the peer's) peak RSS is taken over its own runs. */
export async function throughput(
  ctx: SizeContext,
  includePeer: boolean,
): Promise<{ series: ThroughputSeries[]; memory: { api: MemoryResult; peer?: MemoryResult } }> {
  const out: ThroughputSeries[] = [];
  const apiRss = sampleRss(ctx.api.pid);
  const shortest = pathsOperation({ mode: 'SHORTEST' }, 4);
  out.push(await series(ctx, ctx.api, 'ours', 'actor', actorOperation.query, actorOperation.variables, 200));
  out.push(await series(ctx, ctx.api, 'ours', 'paths', shortest.query, shortest.variables, 201));
  if (includePeer)
    for (const [i, op] of SHARED_OPERATIONS.entries())
      out.push(await series(ctx, ctx.api, 'ours', op.name, op.ours.query, op.ours.variables, 210 + i));
  const api = apiRss.stop();
  let peer: MemoryResult | undefined;
  if (includePeer && ctx.peer) {
    const peerRss = sampleRss(ctx.peer.pid);
    for (const [i, op] of SHARED_OPERATIONS.entries())
      out.push(await series(ctx, ctx.peer, 'peer', op.name, op.peer.query, op.peer.variables, 210 + i));
    const m = peerRss.stop();
    peer = { peakRssBytes: m.peakBytes, maxSampledRssBytes: m.maxSampledBytes, peakResetWorked: m.peakResetWorked };
  }
  return {
    series: out,
    memory: {
      api: { peakRssBytes: api.peakBytes, maxSampledRssBytes: api.maxSampledBytes, peakResetWorked: api.peakResetWorked },
      ...(peer ? { peer } : {}),
    },
  };
}
