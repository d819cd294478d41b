/**
 * The targets of the benchmark issue, checked against the measured numbers. A target whose size
 * was not run (e.g. 1M without `--sizes 1m`) is "not measured", never assumed met.
 */
import type { ExtractReport } from './ingest.ts';
import type { SizeResult } from './run-size.ts';

export interface TargetCheck {
  target: string;
  size: string | null;
  value: string;
  met: boolean | null;
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);

function shortestP95(size: SizeResult): number | undefined {
  const fromPaths = size.paths?.find((p) => p.mode === 'SHORTEST' && p.maxHops === 4)?.latency.p95;
  return fromPaths ?? size.readOps?.find((r) => r.op === 'paths-shortest-h4')?.graphql.p95;
}

/** Every target for every size it applies to. */
export function checkTargets(sizes: readonly SizeResult[], extract: ExtractReport | undefined): TargetCheck[] {
  const out: TargetCheck[] = [];
  const bySize = (actors: number) => sizes.find((s) => s.actors === actors && !s.load.partial);

  for (const s of sizes) {
    for (const r of s.readOps ?? []) {
      out.push({
        target: `GraphQL/raw p50 ratio <= 1.3 (${r.op})`,
        size: s.label,
        value: `${r.ratioP50.toFixed(2)} (${ms(r.graphql.p50)} / ${ms(r.raw.p50)})`,
        met: r.ratioP50 <= 1.3,
      });
    }
  }
  const s100k = bySize(100_000);
  const actorP95 = s100k?.readOps?.find((r) => r.op === 'actor')?.graphql.p95;
  out.push({
    target: '100k actors: actor by id p95 < 20 ms',
    size: s100k ? '100k' : null,
    value: ms(actorP95),
    met: actorP95 === undefined ? null : actorP95 < 20,
  });
  const sp100k = s100k ? shortestP95(s100k) : undefined;
  out.push({
    target: '100k actors: SHORTEST p95 < 50 ms (maxHops 4)',
    size: s100k ? '100k' : null,
    value: ms(sp100k),
    met: sp100k === undefined ? null : sp100k < 50,
  });
  const s1m = bySize(1_000_000);
  const sp1m = s1m ? shortestP95(s1m) : undefined;
  out.push({
    target: '1M actors: SHORTEST p95 < 200 ms (maxHops 4)',
    size: s1m ? '1m' : null,
    value: s1m ? ms(sp1m) : 'not measured (run with --sizes 1m)',
    met: sp1m === undefined ? null : sp1m < 200,
  });

  for (const s of sizes) {
    const run = s.throughput?.find((t) => t.server === 'ours' && t.op === 'actor')?.runs.find((r) => r.connections === 16);
    if (run)
      out.push({
        target: '>= 1,500 req/s actor by id at c=16, zero errors',
        size: s.label,
        value: `${run.requestsPerSecond.toFixed(0)} req/s, ${run.errors.total} errors`,
        met: run.requestsPerSecond >= 1500 && run.errors.total === 0,
      });
    for (const p of s.peer ?? []) {
      if (p.op === 'name-contains') continue;
      out.push({
        target: `ahead of @neo4j/graphql: ${p.op} latency p50`,
        size: s.label,
        value: `ours ${ms(p.ours.p50)} vs peer ${ms(p.peer.p50)}`,
        met: p.ours.p50 < p.peer.p50,
      });
      const ours = s.throughput?.find((t) => t.server === 'ours' && t.op === p.op)?.runs.find((r) => r.connections === 16);
      const peer = s.throughput?.find((t) => t.server === 'peer' && t.op === p.op)?.runs.find((r) => r.connections === 16);
      if (ours && peer)
        out.push({
          target: `ahead of @neo4j/graphql: ${p.op} req/s at c=16`,
          size: s.label,
          value: `ours ${ours.requestsPerSecond.toFixed(0)} vs peer ${peer.requestsPerSecond.toFixed(0)}`,
          met: ours.requestsPerSecond > peer.requestsPerSecond,
        });
    }
    if (s.mixed) {
      const m = s.mixed;
      out.push({
        target: `${m.clients} clients × ${m.durationSeconds} s of mixed reads, zero errors (issue: 64 × 60 s)`,
        size: s.label,
        value: `${m.requests} requests, ${m.requestsPerSecond.toFixed(0)} req/s, p99 ${m.latencyMs.p99} ms, ${m.errors.total} errors`,
        met: m.errors.total === 0 && m.clients >= 64 && m.durationSeconds >= 60 ? true : m.errors.total === 0 ? null : false,
      });
    }
    if (s.explorer) {
      const e = s.explorer;
      out.push({
        target: 'explorer: first graph < 1 s (issue: on the 100k graph)',
        size: s.label,
        value: `${e.firstGraphMs.median} ms for ${e.nodes} actors and ${e.edges} ties`,
        met: e.firstGraphMs.median < 1000,
      });
      out.push({
        target: 'explorer: bundle < 1 MB gzipped',
        size: s.label,
        value: `${(e.bundle.gzipBytes / 1024).toFixed(0)} KB gzipped (${e.bundle.files} files)`,
        met: e.bundle.gzipBytes < 1024 * 1024,
      });
    }
    out.push({
      target: 'load >= 50k relationships/s',
      size: s.label,
      value: `${s.load.relationshipsPerSecond.toFixed(0)} rel/s (claim phase ${s.load.relationshipsPerSecondClaimPhase.toFixed(0)})`,
      met: s.load.relationshipsPerSecond >= 50_000,
    });
  }
  out.push({
    target: 'extract >= 1,000 sentences/s',
    size: null,
    value: extract?.available ? `${extract.sentencesPerSecond} sentences/s` : `not available${extract?.note ? ` (${extract.note})` : ''}`,
    met: extract?.available ? (extract.sentencesPerSecond ?? 0) >= 1000 : null,
  });
  return out;
}
