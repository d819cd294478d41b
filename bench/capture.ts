/**
 * What Cypher does a GraphQL operation run? Rather than restate the repositories' queries and
 * parameters here (they change as the project does), the benchmark asks the project itself:
 * the operation is executed in-process against the real schema and resolvers, with
 * repositories over a gateway that records every statement (text and parameters, in order)
 * while passing it to Neo4j. The raw side then replays exactly those statements with the
 * driver — same Cypher, same parameters, same dependent round trips — and only the replay is
 * timed.
 */
import fs from 'node:fs';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Gateway, Params, Tx } from '../src/graph/gateway.ts';
import { createRepositories } from '../src/graph/repositories/index.ts';
import { makeExecutableSchemaFrom } from '../src/graphql/make-schema.ts';
import type { RequestContext } from '../src/graphql/context.ts';
import { SCHEMA_PATH } from '../src/graphql/server.ts';
import { ANONYMOUS } from '../src/auth/tokens.ts';

export interface Statement {
  cypher: string;
  params: Params;
  /** Whether the repository ran it in a read transaction (all the measured operations do). */
  mode: 'READ' | 'WRITE';
}

export type Capture = (query: string, variables: Record<string, unknown>) => Promise<Statement[]>;

/** A gateway that forwards to `inner` and appends every statement to `log`. */
function recordingGateway(inner: Gateway, log: Statement[]): Gateway {
  const wrap = (tx: Tx, mode: Statement['mode']): Tx => ({
    run(cypher, params = {}) {
      log.push({ cypher, params, mode });
      return tx.run(cypher, params);
    },
  });
  return {
    read(cypher, params = {}, options) {
      log.push({ cypher, params, mode: 'READ' });
      return inner.read(cypher, params, options);
    },
    write(cypher, params = {}) {
      log.push({ cypher, params, mode: 'WRITE' });
      return inner.write(cypher, params);
    },
    readTx: (work, options) => inner.readTx((tx) => work(wrap(tx, 'READ')), options),
    writeTx: (work, options) => inner.writeTx((tx) => work(wrap(tx, 'WRITE')), options),
    get queryCount() {
      return inner.queryCount;
    },
    bookmarkManager: inner.bookmarkManager,
    get available() {
      return inner.available;
    },
    driver: inner.driver,
    close: () => inner.close(),
  };
}

/**
 * A capture function over the benchmark's gateway. The schema is built once and each document
 * parsed and validated once (as Apollo's document cache does), so a timed call costs what the
 * API's execution costs: resolvers, DataLoader, repositories, gateway, driver, mapping.
 */
export function createCapture(gateway: Gateway, pathTimeoutMs = 10_000): Capture {
  const schema: GraphQLSchema = makeExecutableSchemaFrom(fs.readFileSync(SCHEMA_PATH, 'utf8'));
  const documents = new Map<string, DocumentNode>();
  const documentFor = (query: string): DocumentNode => {
    let document = documents.get(query);
    if (!document) {
      document = parse(query);
      const errors = validate(schema, document);
      if (errors.length) throw new Error(`invalid operation: ${errors.map((e) => e.message).join('; ')}`);
      documents.set(query, document);
    }
    return document;
  };
  return async (query, variables) => {
    const log: Statement[] = [];
    const contextValue: RequestContext = {
      principal: ANONYMOUS,
      repos: createRepositories(recordingGateway(gateway, log), null, pathTimeoutMs),
      notices: [],
    };
    const result = await execute({ schema, document: documentFor(query), variableValues: variables, contextValue });
    if (result.errors?.length) throw new Error(`capture failed: ${result.errors.map((e) => e.message).join('; ')}`);
    return log;
  };
}
