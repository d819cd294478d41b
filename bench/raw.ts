/**
 * The raw-Cypher side of the GraphQL-over-Cypher comparison: statements captured from the
 * project's own repositories (bench/capture.ts) replayed directly with neo4j-driver — one
 * session per statement, a read as one auto-commit statement and a write in a managed
 * transaction, as the gateway does — and nothing else:
 * no conversion to plain values, no mapping, no GraphQL, no HTTP.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from './capture.ts';

/** The parameters the gateway sends as Neo4j integers (mirrors INTEGER_PARAMS in src/graph/gateway.ts). */
const INTEGER_PARAMS = ['offset', 'first', 'limit', 'maxEdges', 'maxPaths', 'k'];

export interface RawRunner {
  read(cypher: string, params: Record<string, unknown>): Promise<Neo4jRecord[]>;
  /** Runs captured statements one after the other; returns the number of records. */
  replay(statements: readonly Statement[]): Promise<number>;
}

/** A runner over an open driver (the caller closes the driver). */
export function createRawRunner(driver: Driver, database?: string): RawRunner {
  const run = async (cypher: string, params: Record<string, unknown>, mode: Statement['mode']) => {
    const sent: Record<string, unknown> = { ...params };
    for (const key of INTEGER_PARAMS) {
      const v = sent[key];
      if (typeof v === 'number' && Number.isInteger(v)) sent[key] = neo4j.int(v);
    }
    const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const work = (tx: { run: (c: string, p: Record<string, unknown>) => Promise<{ records: Neo4jRecord[] }> }) => tx.run(cypher, sent);
      // a read is one auto-commit statement, as the gateway runs it (no BEGIN/COMMIT round trips)
      const result =
        mode === 'READ' ? await session.run(cypher, sent, { timeout: 60_000 }) : await session.executeWrite(work, { timeout: 60_000 });
      return result.records;
    } finally {
      await session.close();
    }
  };
  return {
    read: (cypher, params) => run(cypher, params, 'READ'),
    async replay(statements) {
      let records = 0;
      for (const s of statements) records += (await run(s.cypher, s.params, s.mode)).length;
      return records;
    },
  };
}
