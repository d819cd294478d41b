/**
 * The bulk import benchmark, into an EMPTY database: a generated file of each layout is read and
 * mapped (the same stages as the live import) into CSV files (src/import/bulk/), loaded with
 * `neo4j-admin database import full` into a new local instance, which is then started (schema
 * applied, indexes populated) and the typed relationships projected by the project's projection.
 * Every phase is timed; claims/s is given for the importer alone and end to end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { projectAll } from '../../src/import/bulk/project-all.ts';
import { runAdminImport } from '../../src/import/bulk/admin-import.ts';
import { writeBulkFiles } from '../../src/import/bulk/write-bulk-files.ts';
import type { Dataset } from '../../src/import/types.ts';
import type { Logger } from '../../src/log.ts';
import { ensureDistribution } from '../../src/neo4j-local/distribution.ts';
import { prepareInstance } from '../../src/neo4j-local/instance.ts';
import { findJava } from '../../src/neo4j-local/java.ts';
import { findFreePort } from '../../src/neo4j-local/ports.ts';
import { startRuntime } from '../../src/startup.ts';
import { LOCAL_DIR, memoryFor } from '../database.ts';
import { writeEventFile } from './generate-events.ts';

export interface BulkImportResult {
  dataset: Dataset;
  rows: number;
  claims: number;
  relationships: number;
  /** Seconds per phase. */
  seconds: { mapToCsv: number; adminImport: number; startAndSchema: number; indexes: number; projection: number };
  /** Claims per second of neo4j-admin alone, and of map + import + indexes + projection. */
  adminClaimsPerSecond: number;
  endToEndClaimsPerSecond: number;
  claimsInGraph: number;
  relationshipsInGraph: number;
}

/** One dataset, `rows` rows, bulk-loaded into a throwaway instance `bench-bulk`. */
export async function runBulkBenchmark(
  dataset: Dataset,
  rows: number,
  logger: Logger,
  log: (m: string) => void,
): Promise<BulkImportResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-graph-bulk-'));
  const instance = 'bench-bulk';
  const homeDir = path.join(LOCAL_DIR, 'instances', instance);
  fs.rmSync(homeDir, { recursive: true, force: true });
  const memory = memoryFor(rows);
  const boltPort = await findFreePort();
  let httpPort = await findFreePort();
  while (httpPort === boltPort) httpPort = await findFreePort();
  try {
    const file = path.join(work, `${dataset}.${dataset === 'gdelt' ? 'tsv' : 'csv'}`);
    await writeEventFile(dataset, rows, file);
    log(`bulk: mapping ${rows.toLocaleString('en')} ${dataset} rows to CSV`);
    const files = await writeBulkFiles(dataset, fs.createReadStream(file), 'bench', path.join(work, 'csv'));
    const java = findJava();
    const dist = await ensureDistribution(LOCAL_DIR);
    const inst = prepareInstance({ homeDir, boltPort, httpPort, heap: memory.heap, pagecache: memory.pagecache }, java, dist.libDir);
    log(`bulk: neo4j-admin database import full (${files.summary.claims.toLocaleString('en')} claims)`);
    const admin = await runAdminImport({
      java: java.executable,
      libDir: dist.libDir,
      homeDir: inst.homeDir,
      confDir: inst.confDir,
      filesDir: files.dir,
      heap: memory.heap,
    });
    let t = performance.now();
    const config = loadConfig({
      NEO4J_LOCAL_DIR: LOCAL_DIR,
      NEO4J_LOCAL_BOLT_PORT: String(boltPort),
      NEO4J_LOCAL_HTTP_PORT: String(httpPort),
      NEO4J_LOCAL_HEAP: memory.heap,
      NEO4J_LOCAL_PAGECACHE: memory.pagecache,
      QUERY_TIMEOUT_MS: '300000',
      LOG_LEVEL: 'warn',
    });
    const runtime = await startRuntime(config, logger, { instance, seedIfEmpty: false });
    try {
      const startAndSchema = (performance.now() - t) / 1000;
      t = performance.now();
      await runtime.gateway.write('CALL db.awaitIndexes(600)');
      const indexes = (performance.now() - t) / 1000;
      log(`bulk: projecting ${files.keys.length.toLocaleString('en')} relationships`);
      const projection = await projectAll(runtime.gateway, files.keys);
      const [claims] = await runtime.gateway.read('MATCH (c:Claim) RETURN count(c) AS n');
      const [rels] = await runtime.gateway.read('MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n');
      const seconds = { mapToCsv: files.summary.seconds, adminImport: admin.seconds, startAndSchema, indexes, projection };
      const n = files.summary.claims;
      return {
        dataset,
        rows: files.summary.rows,
        claims: n,
        relationships: files.keys.length,
        seconds,
        adminClaimsPerSecond: n / admin.seconds,
        endToEndClaimsPerSecond: n / (seconds.mapToCsv + seconds.adminImport + seconds.indexes + seconds.projection),
        claimsInGraph: Number(claims!.n),
        relationshipsInGraph: Number(rels!.n),
      };
    } finally {
      await runtime.close();
    }
  } finally {
    fs.rmSync(homeDir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { createLogger } = await import('../../src/log.ts');
  const started = Date.now();
  const rows = Number(process.argv[2] ?? 100_000);
  const results = [];
  for (const dataset of (process.argv[3]?.split(',') ?? ['acled']) as Dataset[]) {
    results.push(
      await runBulkBenchmark(dataset, rows, createLogger('warn'), (m) =>
        process.stderr.write(`[bulk +${((Date.now() - started) / 1000).toFixed(0)}s] ${m}\n`),
      ),
    );
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}
