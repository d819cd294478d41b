/**
 * One graph size from start to finish: a fresh Neo4j, the synthetic graph loaded through the
 * write path, our API and the peer in child processes, every section measured, then ingestion
 * (last, because it writes), and everything stopped in `finally` — Neo4j, both servers, and the
 * instance folder deleted. A section that fails is recorded and the others still run.
 */
import { measureExplorer, type ExplorerResult } from './explorer.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Logger } from '../src/log.ts';
import type { BenchArgs } from './args.ts';
import { createCapture } from './capture.ts';
import { startChildServer, type ChildServer } from './child.ts';
import { findPid } from './cpu.ts';
import { startBenchDatabase, type BenchDatabase, type StoreSize } from './database.ts';
import { runIngestBenchmark, type IngestReport } from './ingest.ts';
import { loadGraph, type LoadReport } from './load.ts';
import { runMixedReads, type MixedResult } from './mixed.ts';
import { readNoise, type Noise } from './machine.ts';
import { mainThreadProfile, summariseProfile, type ProfileShare } from './profile.ts';
import type { SideLatency } from './latency.ts';
import { createRawRunner } from './raw.ts';
import { createWorkload } from './workload.ts';
import {
  pathScaling,
  hubRouting,
  peerLatency,
  readOps,
  throughput,
  type MemoryResult,
  type PathResult,
  type HubRoutingResult,
  type PeerLatencyResult,
  type ReadOpResult,
  type SizeContext,
  type ThroughputSeries,
} from './sections.ts';
import { executorCost, type ExecutorResult } from './executor.ts';

export interface SizeResult {
  label: string;
  actors: number;
  neo4j: { version: string; edition: string; heap: string; pagecache: string };
  load: LoadReport;
  store: StoreSize;
  readOps?: ReadOpResult[];
  /** Latency of `{ __typename }`: the API's own floor per request (no resolver, no Neo4j). */
  apiFloor?: SideLatency;
  /** Section `executor`: the GraphQL layer's own CPU per request, graphql-js against graphql-jit. */
  executor?: ExecutorResult[];
  paths?: PathResult[];
  /** Section `paths`: the seeded pairs with and without the degree bound. */
  hubRouting?: HubRoutingResult;
  peer?: PeerLatencyResult[];
  throughput?: ThroughputSeries[];
  memory?: { api: MemoryResult; peer?: MemoryResult };
  /** Section `mixed`: many clients, sustained mixed reads (target: zero errors). */
  mixed?: MixedResult;
  /** Section `explorer`: the web page in Chromium (first graph, drag frame time, bundle). */
  explorer?: ExplorerResult;
  ingest?: IngestReport;
  /** Sections that failed, with the error. */
  failures: Array<{ section: string; error: string }>;
  seconds: number;
  /** With --profile: the API process's CPU by owner (package, src, GC) over the whole size run. */
  apiProfile?: ProfileShare[];
  /** Machine load when the size started and when its measurements ended. */
  noise: { start: Noise; end?: Noise };
}

const BENCH_DIR = path.join(PROJECT_ROOT, 'bench');

/**
 * Runs every section for one size. `shouldStop()` (Ctrl-C) ends the load early and skips the
 * remaining sections; the servers and Neo4j are still stopped and the folder deleted.
 */
export async function runSize(
  size: { label: string; actors: number },
  args: BenchArgs,
  logger: Logger,
  log: (m: string) => void,
  shouldStop: () => boolean = () => false,
): Promise<SizeResult> {
  const started = performance.now();
  const noiseStart = readNoise();
  const failures: SizeResult['failures'] = [];
  let db: BenchDatabase | undefined;
  let api: ChildServer | undefined;
  let peer: ChildServer | undefined;
  const attempt = async <T>(section: string, work: () => Promise<T>): Promise<T | undefined> => {
    if (shouldStop()) {
      failures.push({ section, error: 'skipped: interrupted' });
      return undefined;
    }
    try {
      return await work();
    } catch (err) {
      log(`${section} failed: ${(err as Error).message}`);
      failures.push({ section, error: (err as Error).message.slice(0, 500) });
      return undefined;
    }
  };
  try {
    log(`starting a fresh Neo4j (instance bench-${size.label})`);
    db = await startBenchDatabase(size.label, size.actors, logger);
    const { runtime } = db;
    const load = await loadGraph(runtime.gateway, { actors: size.actors, seed: args.seed }, args.loadBudget, shouldStop);
    log(
      `loaded ${load.relationships} relationships, ${load.claims} claims in ${load.totalSeconds.toFixed(1)} s${load.partial ? ' (PARTIAL: load budget reached)' : ''}`,
    );
    const store = db.storeBytes();
    const result: SizeResult = {
      label: size.label,
      actors: load.actors,
      neo4j: { version: runtime.server.version, edition: runtime.server.edition, ...db.memory },
      load,
      store,
      failures,
      seconds: 0,
      noise: { start: noiseStart },
    };
    const env = { NEO4J_URI: runtime.db.uri, NEO4J_USERNAME: runtime.db.username, NEO4J_PASSWORD: runtime.db.password, LOG_LEVEL: 'warn' };
    const profileDir = path.join(os.tmpdir(), `conflict-graph-bench-profile-${process.pid}-${size.label}`);
    api = await startChildServer(
      path.join(BENCH_DIR, 'api-server.ts'),
      env,
      args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    if (!args.skip.has('peer')) peer = await attempt('peer start', () => startChildServer(path.join(BENCH_DIR, 'peer', 'server.ts'), env));
    const ctx: SizeContext = {
      args,
      actors: load.actors,
      api,
      peer,
      neo4jPid: findPid(`--home-dir=${db.homeDir}`),
      runner: createRawRunner(runtime.gateway.driver, runtime.db.database),
      capture: createCapture(runtime.gateway),
      log,
    };

    if (!args.skip.has('latency')) {
      const r = await attempt('latency', () => readOps(ctx));
      if (r) Object.assign(result, { readOps: r.ops, apiFloor: r.floor });
    }
    if (!args.skip.has('executor')) {
      log('executor: parse, validate and execute in-process over recorded rows, graphql-js against graphql-jit');
      result.executor = await attempt('executor', () => executorCost(runtime.gateway, load.actors, args.seed));
    }
    if (!args.skip.has('paths')) result.paths = await attempt('paths', () => pathScaling(ctx));
    if (!args.skip.has('paths')) result.hubRouting = await attempt('paths', () => hubRouting(ctx));
    if (peer) result.peer = await attempt('peer', () => peerLatency(ctx));
    if (!args.skip.has('throughput')) {
      const t = await attempt('throughput', () => throughput(ctx, Boolean(peer)));
      if (t) Object.assign(result, { throughput: t.series, memory: t.memory });
    }
    if (!args.skip.has('mixed')) {
      log(`mixed: ${args.mixedClients} clients × ${args.mixedSeconds} s of mixed reads (actor, search, neighbourhood, paths)`);
      const nextArgs = createWorkload(args.seed, load.actors, args.seed * 1000 + 300);
      result.mixed = await attempt('mixed', () =>
        runMixedReads({ api: api!, neo4jPid: ctx.neo4jPid, clients: args.mixedClients, seconds: args.mixedSeconds, nextArgs }),
      );
      if (result.mixed)
        log(
          `mixed: ${result.mixed.requests} requests, ${result.mixed.requestsPerSecond.toFixed(0)} req/s, p99 ${result.mixed.latencyMs.p99} ms, ${result.mixed.errors.total} errors`,
        );
    }
    if (!args.skip.has('explorer')) {
      log('explorer: the /explore page in Chromium (first graph of the best-connected actor, dragging, bundle)');
      result.explorer = await attempt('explorer', () => measureExplorer(api!.url, ctx.runner, log));
    }
    result.noise.end = readNoise();
    await api.stop();
    await peer?.stop();
    if (args.profile) {
      const file = mainThreadProfile(profileDir);
      if (file) result.apiProfile = summariseProfile(file);
      fs.rmSync(profileDir, { recursive: true, force: true });
    }
    if (!args.skip.has('ingest')) {
      log('ingest: articles through src/ingest/write-article.ts');
      result.ingest = await attempt('ingest', () => runIngestBenchmark(runtime.gateway));
    }
    result.seconds = (performance.now() - started) / 1000;
    return result;
  } finally {
    await api?.stop().catch(() => undefined);
    await peer?.stop().catch(() => undefined);
    await db?.stop().catch((err: Error) => log(`stopping Neo4j failed: ${err.message}`));
    log(`size ${size.label} done in ${((performance.now() - started) / 1000).toFixed(0)} s; Neo4j stopped, instance folder deleted`);
  }
}
