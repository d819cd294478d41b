/**
 * Section `executor` (issue #12, step 3): what the GraphQL layer itself costs per request, with
 * neither HTTP nor Neo4j in the timed loop, and whether a compiled executor (graphql-jit) pays.
 *
 * Each read operation is first executed for a set of seeded requests against the real database
 * through a gateway that records every statement's rows. The timed loops then run the same
 * requests over a gateway that answers each statement with the rows Neo4j gave it (keyed by
 * Cypher and parameters), so what is timed is the API's own CPU: resolvers, DataLoader,
 * repositories, mapping and the executor. Parse and validate are timed apart: Apollo's document
 * cache does them once per distinct document, not per request. Both executors must give the
 * same answer, request for request, or the comparison is reported as failed.
 */
import fs from 'node:fs';
import { execute, parse, validate, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Gateway, Params, Row, Tx } from '../src/graph/gateway.ts';
import { createRepositories } from '../src/graph/repositories/index.ts';
import { makeExecutableSchemaFrom } from '../src/graphql/make-schema.ts';
import type { RequestContext } from '../src/graphql/context.ts';
import { SCHEMA_PATH } from '../src/graphql/server.ts';
import { ANONYMOUS } from '../src/auth/tokens.ts';
import { READ_OPERATIONS } from './operations.ts';
import { createWorkload } from './workload.ts';

export interface ExecutorResult {
  op: string;
  label: string;
  requests: number;
  /** Microseconds per document (done once per document by Apollo's cache); medians of 5 rounds. */
  parseUs: number;
  validateUs: number;
  /** Microseconds per request: graphql-js `execute`, and graphql-jit's compiled query; medians of 9 alternating rounds. */
  executeUs: number;
  jitUs: number;
  /** Microseconds to compile the document once with graphql-jit. */
  compileUs: number;
  /** Every request gave the same JSON with both executors. */
  sameAnswers: boolean;
}

const key = (cypher: string, params: Params) => `${cypher}\n${JSON.stringify(params)}`;

/** Forwards reads to `inner` and keeps their rows by statement. */
function recordingGateway(inner: Gateway, rows: Map<string, Row[]>): Gateway {
  const keep = async (cypher: string, params: Params, run: () => Promise<Row[]>) => {
    const out = await run();
    rows.set(key(cypher, params), out);
    return out;
  };
  const wrap = (tx: Tx): Tx => ({ run: (cypher, params = {}) => keep(cypher, params, () => tx.run(cypher, params)) });
  return {
    ...inner,
    read: (cypher, params = {}, options) => keep(cypher, params, () => inner.read(cypher, params, options)),
    readTx: (work, options) => inner.readTx((tx) => work(wrap(tx)), options),
    get queryCount() {
      return inner.queryCount;
    },
    get available() {
      return inner.available;
    },
  };
}

/** Answers every read with the recorded rows (a statement not recorded is an error: the request changed). */
function replayGateway(inner: Gateway, rows: ReadonlyMap<string, Row[]>): Gateway {
  const answer = async (cypher: string, params: Params) => {
    const out = rows.get(key(cypher, params));
    if (!out) throw new Error('executor bench: a statement was not recorded');
    return out;
  };
  return {
    ...inner,
    read: (cypher, params = {}) => answer(cypher, params),
    readTx: (work) => work({ run: (cypher, params = {}) => answer(cypher, params) }),
    write: () => Promise.reject(new Error('executor bench: reads only')),
    writeTx: () => Promise.reject(new Error('executor bench: reads only')),
  };
}

const context = (gateway: Gateway): RequestContext => ({ principal: ANONYMOUS, repos: createRepositories(gateway), notices: [] });

/** Microseconds per call of `work` over `times` calls (the calls run once before, as a warm-up). */
async function perCall(times: number, work: (i: number) => unknown): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < times; i++) await work(i);
  return Number(process.hrtime.bigint() - started) / 1000 / times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median over `rounds` of each side's cost per call, the sides taking turns so machine noise falls on both. */
async function alternating(rounds: number, times: number, sides: Array<(i: number) => unknown>): Promise<number[]> {
  for (const side of sides) await perCall(times, side);
  const samples: number[][] = sides.map(() => []);
  for (let r = 0; r < rounds; r++) for (const [k, side] of sides.entries()) samples[k]!.push(await perCall(times, side));
  return samples.map(median);
}

/** The section: every read operation of the latency comparison, `requests` seeded requests each. */
export async function executorCost(gateway: Gateway, actors: number, seed: number, requests = 50): Promise<ExecutorResult[]> {
  const schema: GraphQLSchema = makeExecutableSchemaFrom(fs.readFileSync(SCHEMA_PATH, 'utf8'));
  const nextArgs = createWorkload(seed, actors, seed * 1000 + 500);
  const results: ExecutorResult[] = [];
  for (const op of READ_OPERATIONS) {
    const document = parse(op.query);
    const variables = Array.from({ length: requests }, () => op.variables(nextArgs()));
    const rows = new Map<string, Row[]>();
    const recorder = recordingGateway(gateway, rows);
    for (const v of variables) await execute({ schema, document, variableValues: v, contextValue: context(recorder) });
    const replay = replayGateway(gateway, rows);

    const [parseUs = Number.NaN, validateUs = Number.NaN] = await alternating(5, 200, [
      () => parse(op.query),
      () => validate(schema, document),
    ]);
    const compileStarted = process.hrtime.bigint();
    const compiled = compileQuery(schema, document);
    const compileUs = Number(process.hrtime.bigint() - compileStarted) / 1000;
    if (!isCompiledQuery(compiled))
      throw new Error(`graphql-jit cannot compile ${op.name}: ${compiled.errors?.map((e) => e.message).join('; ')}`);

    const js: ExecutionResult[] = [];
    const jit: ExecutionResult[] = [];
    const [executeUs = Number.NaN, jitUs = Number.NaN] = await alternating(9, requests, [
      async (i) => {
        js[i] = await execute({ schema, document, variableValues: variables[i], contextValue: context(replay) });
      },
      async (i) => {
        jit[i] = (await compiled.query(undefined, context(replay), variables[i])) as ExecutionResult;
      },
    ]);
    const sameAnswers = js.every((r, i) => !r.errors && JSON.stringify(r) === JSON.stringify(jit[i]));
    results.push({ op: op.name, label: op.label, requests, parseUs, validateUs, executeUs, jitUs, compileUs, sameAnswers });
  }
  return results;
}
