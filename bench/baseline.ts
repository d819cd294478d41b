/**
 * `--baseline FILE`: the run's figures next to an earlier run's (a results JSON), size by size,
 * for the measures issue #12 tracks — GraphQL and raw p50 with their ratio per read operation,
 * req/s at 16 connections per throughput series, path p95 per configuration, and the load rate.
 * A measure either run lacks is shown as n/a, so sections skipped in one run stay visible.
 */
import fs from 'node:fs';
import type { SizeResult } from './run-size.ts';

/** One row: which size, what, the baseline's value and this run's. */
export interface BaselineRow {
  size: string;
  measure: string;
  before?: number;
  after?: number;
  /** Whether a lower value is better (latencies, ratios) or a higher one (rates). */
  lowerIsBetter: boolean;
}

export interface Baseline {
  file: string;
  date: string;
  rows: BaselineRow[];
}

type Measures = Map<string, { value: number; lowerIsBetter: boolean }>;

/** The tracked measures of one size, by name. */
function measuresOf(s: SizeResult): Measures {
  const out: Measures = new Map();
  const put = (name: string, value: number | undefined, lowerIsBetter: boolean) => {
    if (value !== undefined && Number.isFinite(value)) out.set(name, { value, lowerIsBetter });
  };
  for (const o of s.readOps ?? []) {
    put(`${o.op}: GraphQL p50 ms`, o.graphql.p50, true);
    put(`${o.op}: raw Cypher p50 ms`, o.raw.p50, true);
    put(`${o.op}: GraphQL / raw p50`, o.ratioP50, true);
  }
  for (const t of s.throughput ?? []) {
    const run = t.runs.find((r) => r.connections === 16);
    put(`${t.server} ${t.op}: req/s at 16 connections`, run?.requestsPerSecond, false);
  }
  for (const p of s.paths ?? []) put(`${p.op}: p95 ms`, p.latency.p95, true);
  put('load: relationships/s', s.load.relationshipsPerSecond, false);
  return out;
}

/** Reads the baseline file and pairs its measures with this run's. */
export function compareWithBaseline(file: string, sizes: readonly SizeResult[]): Baseline {
  const before = JSON.parse(fs.readFileSync(file, 'utf8')) as { date: string; sizes: SizeResult[] };
  const rows: BaselineRow[] = [];
  for (const s of sizes) {
    const old = before.sizes.find((b) => b.label === s.label);
    const now = measuresOf(s);
    const then = old ? measuresOf(old) : new Map();
    for (const name of new Set([...then.keys(), ...now.keys()])) {
      const m = now.get(name) ?? then.get(name)!;
      rows.push({
        size: s.label,
        measure: name,
        before: then.get(name)?.value,
        after: now.get(name)?.value,
        lowerIsBetter: m.lowerIsBetter,
      });
    }
  }
  return { file, date: before.date, rows };
}
