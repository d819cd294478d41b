/**
 * Section `mixed` (issue 13): many clients at once for a sustained run of mixed reads — `actor`
 * by id with its evidence, `actors(search:)`, `neighbourhood` depth 2, `paths` SHORTEST and
 * K_SHORTEST k=5 — each client cycling through the five with fresh arguments from the seeded
 * workload. The target is zero errors of any kind (connection, timeout, non-200, a GraphQL
 * `errors` array) over 64 clients × 60 s; `--mixed-seconds` shortens it for a quick run. A
 * warm-up of up to 5 s at 8 clients comes first and is not counted.
 */
import autocannon, { type AutocannonRequest } from 'autocannon';
import type { ChildServer } from './child.ts';
import { measureCpu, type CpuUse } from './cpu.ts';
import { READ_OPERATIONS } from './operations.ts';
import type { Args } from './operations.ts';

export interface MixedResult {
  clients: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  /** Requests answered per operation. */
  perOperation: Record<string, number>;
  errors: { total: number; connection: number; timeouts: number; non2xx: number; graphql: number };
  /** The first few error messages seen (empty when there were none). */
  sampleErrors: string[];
  cpu: CpuUse;
}

/** Runs `clients` keep-alive connections against the API for `seconds`, each cycling the five reads. */
export async function runMixedReads(options: {
  api: ChildServer;
  neo4jPid?: number;
  clients: number;
  seconds: number;
  nextArgs: () => Args;
}): Promise<MixedResult> {
  const target = new URL('/graphql', options.api.url);
  if (target.hostname !== '127.0.0.1') throw new Error(`load stays on 127.0.0.1 (got ${target.hostname})`);
  const perOperation: Record<string, number> = Object.fromEntries(READ_OPERATIONS.map((op) => [op.name, 0]));
  const sampleErrors: string[] = [];
  let graphqlErrors = 0;
  // warm-up (not counted): JIT, the driver's connection pool and Neo4j's query caches
  await autocannon({
    url: target.toString(),
    connections: 8,
    duration: Math.min(5, options.seconds),
    timeout: 30,
    requests: requestsFor(options),
  });
  const cpu = measureCpu({ server: options.api.pid, neo4j: options.neo4jPid });
  const result = await autocannon({
    url: target.toString(),
    connections: options.clients,
    duration: options.seconds,
    timeout: 30,
    requests: requestsFor(options, (name, status, body) => {
      perOperation[name]! += 1;
      if (status === 200 && !body.includes('"errors":[')) return;
      if (status === 200) graphqlErrors++;
      if (sampleErrors.length < 5) sampleErrors.push(`${name}: HTTP ${status} ${body.slice(0, 300)}`);
    }),
  });
  const connection = result.errors - result.timeouts;
  return {
    clients: options.clients,
    durationSeconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.001),
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    perOperation,
    errors: {
      total: result.errors + result.non2xx + graphqlErrors,
      connection,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphql: graphqlErrors,
    },
    sampleErrors,
    cpu: cpu.stop(),
  };
}

/** One autocannon request per read operation, with fresh arguments each time; `onResponse` sees each answer. */
function requestsFor(options: { nextArgs: () => Args }, onResponse?: (name: string, status: number, body: string) => void) {
  return READ_OPERATIONS.map((op) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    setupRequest: (req: AutocannonRequest) => ({
      ...req,
      body: JSON.stringify({ query: op.query, variables: op.variables(options.nextArgs()) }),
    }),
    ...(onResponse ? { onResponse: (status: number, body: string) => onResponse(op.name, status, body) } : {}),
  }));
}
