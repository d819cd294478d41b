/**
 * The event import benchmark: generated files of each layout (bench/events/generate-events.ts)
 * imported live — through `importEventFile`, the same code as `cli import` — into one fresh
 * local Neo4j, one dataset after the other. Reports claims/s and rows/s per dataset, and the
 * time of a second import of the same file (a no-op by design: every write is a MERGE).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importEventFile, DEFAULT_BATCH_SIZE } from '../../src/import/run-import.ts';
import { DATASETS, type Dataset } from '../../src/import/types.ts';
import type { Logger } from '../../src/log.ts';
import { memoryFor, startBenchDatabase } from '../database.ts';
import { writeEventFile } from './generate-events.ts';

export interface EventImportResult {
  dataset: Dataset;
  rows: number;
  claims: number;
  relationships: number;
  newActors: number;
  skipped: number;
  seconds: number;
  claimsPerSecond: number;
  rowsPerSecond: number;
  /** The same file again (nothing changes); absent when skipped for time. */
  reimportSeconds?: number;
  fileBytes: number;
  generateSeconds: number;
}

export interface EventsReport {
  rows: number;
  batchSize: number;
  memory: { heap: string; pagecache: string };
  live: EventImportResult[];
}

/** Generates and imports `rows` rows of each dataset; `reimport` also times a second pass. */
export async function runEventsBenchmark(
  rows: number,
  logger: Logger,
  log: (m: string) => void,
  options: { datasets?: readonly Dataset[]; reimport?: boolean; batchSize?: number } = {},
): Promise<EventsReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-graph-events-'));
  const memory = memoryFor(rows);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const db = await startBenchDatabase('events', rows, logger, memory);
  const live: EventImportResult[] = [];
  try {
    for (const dataset of options.datasets ?? DATASETS) {
      const file = path.join(dir, `${dataset}-${rows}.${dataset === 'gdelt' ? 'tsv' : 'csv'}`);
      const g0 = performance.now();
      await writeEventFile(dataset, rows, file);
      const generateSeconds = (performance.now() - g0) / 1000;
      log(
        `events: importing ${rows.toLocaleString('en')} ${dataset} rows (${(fs.statSync(file).size / 1e6).toFixed(0)} MB, batches of ${batchSize})`,
      );
      let lastLog = performance.now();
      const s = await importEventFile(db.runtime.gateway, {
        dataset,
        input: fs.createReadStream(file),
        release: 'bench',
        batchSize,
        onProgress: (n) => {
          if (performance.now() - lastLog > 15_000) {
            lastLog = performance.now();
            log(`events: ${dataset} ${n.toLocaleString('en')} rows`);
          }
        },
      });
      const result: EventImportResult = {
        dataset,
        rows: s.rows,
        claims: s.claims,
        relationships: s.relationships,
        newActors: s.newActors.length,
        skipped: Object.values(s.skipped).reduce((a, b) => a + b, 0),
        seconds: s.seconds,
        claimsPerSecond: s.claims / s.seconds,
        rowsPerSecond: s.rows / s.seconds,
        fileBytes: fs.statSync(file).size,
        generateSeconds,
      };
      log(
        `events: ${dataset} ${Math.round(result.claimsPerSecond).toLocaleString('en')} claims/s (${s.claims.toLocaleString('en')} claims in ${s.seconds.toFixed(1)} s)`,
      );
      if (options.reimport) {
        const again = await importEventFile(db.runtime.gateway, { dataset, input: fs.createReadStream(file), release: 'bench', batchSize });
        result.reimportSeconds = again.seconds;
        log(`events: ${dataset} re-import (no-op) ${again.seconds.toFixed(1)} s`);
      }
      live.push(result);
      fs.rmSync(file, { force: true });
    }
  } finally {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { rows, batchSize, memory, live };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { createLogger } = await import('../../src/log.ts');
  const rows = Number(process.argv[2] ?? 100_000);
  const datasets = (process.argv[3]?.split(',') ?? DATASETS) as Dataset[];
  const started = Date.now();
  const report = await runEventsBenchmark(
    rows,
    createLogger('warn'),
    (m) => process.stderr.write(`[events +${((Date.now() - started) / 1000).toFixed(0)}s] ${m}\n`),
    { datasets, batchSize: Number(process.env.BATCH ?? DEFAULT_BATCH_SIZE) },
  );
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
