/**
 * Throughput with autocannon: `connections` concurrent keep-alive connections on 127.0.0.1 for
 * `durationSeconds`, each request with fresh arguments from the workload (setupRequest), each
 * answer checked for a GraphQL `errors` array (a 200 with errors is still an error). Reports
 * requests/s (mean, and the median of the per-second counts), latency and every kind of error.
 */
import autocannon from 'autocannon';
import type { Args } from './operations.ts';

export interface ThroughputOptions {
  url: string;
  query: string;
  variables(args: Args): Record<string, unknown>;
  nextArgs(): Args;
  connections: number;
  durationSeconds: number;
}

export interface ThroughputResult {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  requestsPerSecondMedian: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  errors: { total: number; connection: number; timeouts: number; non2xx: number; graphql: number };
}

/** One bounded autocannon run against `<url>/graphql`. */
export async function runThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const target = new URL('/graphql', options.url);
  if (target.hostname !== '127.0.0.1') throw new Error(`load stays on 127.0.0.1 (got ${target.hostname})`);
  let graphqlErrors = 0;
  const result = await autocannon({
    url: target.toString(),
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ query: options.query, variables: options.variables(options.nextArgs()) }),
        }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors":[')) graphqlErrors++;
        },
      },
    ],
  });
  const connection = result.errors - result.timeouts;
  return {
    connections: options.connections,
    durationSeconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.001),
    requestsPerSecondMedian: result.requests.p50,
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    errors: {
      total: result.errors + result.non2xx + graphqlErrors,
      connection,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphql: graphqlErrors,
    },
  };
}
