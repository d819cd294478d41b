/**
 * The event import sections of `npm run bench`: `events` (live, batched UNWIND through the
 * write path, into one fresh instance) and `events-bulk` (neo4j-admin into an empty instance),
 * a generated file of each layout for each, plus their markdown table and target checks.
 */
import type { BenchArgs } from '../args.ts';
import type { TargetCheck } from '../targets.ts';
import type { Logger } from '../../src/log.ts';
import { DATASETS } from '../../src/import/types.ts';
import { runBulkBenchmark, type BulkImportResult } from './run-bulk.ts';
import { runEventsBenchmark, type EventsReport } from './run-events.ts';

export interface EventsSection {
  live?: EventsReport;
  bulk: BulkImportResult[];
  failures: string[];
}

/** Runs the sections not skipped; a failing one is recorded, not fatal. */
export async function runEventSections(args: BenchArgs, logger: Logger, log: (m: string) => void): Promise<EventsSection> {
  const out: EventsSection = { bulk: [], failures: [] };
  if (!args.skip.has('events')) {
    try {
      out.live = await runEventsBenchmark(args.eventRows, logger, log);
    } catch (err) {
      out.failures.push(`events: ${(err as Error).message}`);
    }
  }
  if (!args.skip.has('events-bulk')) {
    for (const dataset of DATASETS) {
      try {
        out.bulk.push(await runBulkBenchmark(dataset, args.eventBulkRows, logger, log));
      } catch (err) {
        out.failures.push(`events-bulk ${dataset}: ${(err as Error).message}`);
      }
    }
  }
  return out;
}

const int = (x: number) => Math.round(x).toLocaleString('en');
const s1 = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(1));

export function eventsMarkdown(e: EventsSection): string {
  const lines: string[] = [];
  if (e.live) {
    lines.push(
      `Live import (batched UNWIND, ${int(e.live.batchSize)} claims per transaction, projection per batch; heap ${e.live.memory.heap}, page cache ${e.live.memory.pagecache}):`,
      '',
    );
    lines.push(
      '| dataset | rows | claims | relationships | new actors | skipped | seconds | claims/s | rows/s |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of e.live.live)
      lines.push(
        `| ${r.dataset} | ${int(r.rows)} | ${int(r.claims)} | ${int(r.relationships)} | ${r.newActors} | ${int(r.skipped)} | ${s1(r.seconds)} | ${int(r.claimsPerSecond)} | ${int(r.rowsPerSecond)} |`,
      );
    lines.push('');
  }
  if (e.bulk.length) {
    lines.push('Bulk into an empty database (map to CSV → neo4j-admin database import full → start, schema, indexes → projection):', '');
    lines.push(
      '| dataset | rows | claims | relationships | map s | neo4j-admin s | start+schema s | indexes s | projection s | neo4j-admin claims/s | end-to-end claims/s |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const b of e.bulk)
      lines.push(
        `| ${b.dataset} | ${int(b.rows)} | ${int(b.claims)} | ${int(b.relationships)} | ${s1(b.seconds.mapToCsv)} | ${s1(b.seconds.adminImport)} | ${s1(b.seconds.startAndSchema)} | ${s1(b.seconds.indexes)} | ${s1(b.seconds.projection)} | ${int(b.adminClaimsPerSecond)} | ${int(b.endToEndClaimsPerSecond)} |`,
      );
    lines.push('');
  }
  for (const f of e.failures) lines.push(`- failed: ${f}`);
  return lines.join('\n');
}

export function eventTargets(e: EventsSection | undefined): TargetCheck[] {
  if (!e) return [];
  const out: TargetCheck[] = [];
  for (const r of e.live?.live ?? [])
    out.push({
      target: `live event import >= 10,000 claims/s (${r.dataset})`,
      size: `${int(r.rows)} rows`,
      value: `${int(r.claimsPerSecond)} claims/s`,
      met: r.claimsPerSecond >= 10_000,
    });
  for (const b of e.bulk)
    out.push({
      target: `bulk event import into an empty DB >= 50,000 claims/s (${b.dataset}, end to end)`,
      size: `${int(b.rows)} rows`,
      value: `${int(b.endToEndClaimsPerSecond)} claims/s (neo4j-admin alone ${int(b.adminClaimsPerSecond)})`,
      met: b.endToEndClaimsPerSecond >= 50_000,
    });
  return out;
}
