/**
 * The results as files: `<date>-<name>.json` (everything measured, plus the machine and the
 * flags) and `<date>-<name>.md` (the tables a reader needs), both under bench/results/.
 */
import fs from 'node:fs';
import type { Baseline, BaselineRow } from './baseline.ts';
import path from 'node:path';
import type { BenchArgs } from './args.ts';
import type { ExtractReport } from './ingest.ts';
import type { Machine } from './machine.ts';
import type { SizeResult } from './run-size.ts';
import type { TargetCheck } from './targets.ts';
import { eventsMarkdown, type EventsSection } from './events/section.ts';

export interface BenchReport {
  name: string;
  date: string;
  startedAt: string;
  durationSeconds: number;
  flags: Omit<BenchArgs, 'skip'> & { skip: string[] };
  machine: Machine;
  sizes: SizeResult[];
  extract?: ExtractReport;
  events?: EventsSection;
  targets: TargetCheck[];
  /** This run's figures next to an earlier run's (`--baseline`). */
  baseline?: Baseline;
}

const f = (x: number | undefined, digits = 1) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));
const int = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? 'n/a' : Math.round(x).toLocaleString('en'));
const mb = (bytes: number | undefined) =>
  bytes === undefined || !Number.isFinite(bytes) ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: Array<Array<string | number>>) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** The markdown summary. */
export function toMarkdown(r: BenchReport): string {
  const m = r.machine;
  const out: string[] = [
    `# conflict-graph benchmark — ${r.date} — ${r.name}`,
    '',
    `${m.cpus} × ${m.cpuModel}, ${mb(m.memoryBytes)} RAM, ${m.platform} ${m.kernel}; Node ${m.node}; ${m.java}; Neo4j ${r.sizes[0]?.neo4j.version ?? m.neo4j} ${r.sizes[0]?.neo4j.edition ?? ''}; commit ${m.commit ?? 'n/a'}.`,
    `Load average at start ${m.loadAverageStart.join(' / ')}, at end ${m.loadAverageEnd?.join(' / ') ?? 'n/a'} (shared machine: API, load generator and Neo4j share ${m.cpus} cores).`,
    `Run took ${f(r.durationSeconds / 60, 1)} min. Latencies in ms, medians over ${r.flags.rounds} rounds; throughput runs of ${r.flags.duration} s.`,
    '',
    '## Load (through the project write path)',
    '',
    table(
      [
        'size',
        'actors',
        'relationships',
        'claims',
        'articles',
        'load s',
        'rel/s',
        'claims/s',
        'rel/s (claim phase)',
        'store',
        'of which tx logs',
      ],
      r.sizes.map((s) => [
        s.label + (s.load.partial ? ' (partial)' : ''),
        int(s.actors),
        int(s.load.relationships),
        int(s.load.claims),
        int(s.load.articles),
        f(s.load.totalSeconds),
        int(s.load.relationshipsPerSecond),
        int(s.load.claimsPerSecond),
        int(s.load.relationshipsPerSecondClaimPhase),
        mb(s.store.total),
        mb(s.store.transactionLogs),
      ]),
    ),
    '',
    '## GraphQL over raw Cypher (same Cypher, same parameters, interleaved)',
    '',
    table(
      ['size', 'operation', 'statements', 'GraphQL p50', 'p95', 'p99', 'raw p50', 'p95', 'p99', 'ratio p50', 'ratio p95', 'errors'],
      r.sizes.flatMap((s) =>
        (s.readOps ?? []).map((o) => [
          s.label,
          o.label,
          o.raw.statements ?? 'n/a',
          f(o.graphql.p50),
          f(o.graphql.p95),
          f(o.graphql.p99),
          f(o.raw.p50),
          f(o.raw.p95),
          f(o.raw.p99),
          f(o.ratioP50, 2),
          f(o.ratioP95, 2),
          o.graphql.errors + o.raw.errors,
        ]),
      ),
    ),
    '',
    'Where the GraphQL time goes (p50, ms): raw = the driver alone; in-process = + resolvers, DataLoader, repositories, gateway, mapping (no HTTP); HTTP = the real API.',
    '',
    table(
      ['size', 'operation', 'raw', 'in-process', 'HTTP API', 'repositories + gateway + graphql-js', 'HTTP + Express + Apollo + JSON'],
      r.sizes.flatMap((s) =>
        (s.readOps ?? [])
          .filter((o) => o.inProcess)
          .map((o) => [
            s.label,
            o.op,
            f(o.raw.p50),
            f(o.inProcess.p50),
            f(o.graphql.p50),
            f(o.inProcess.p50 - o.raw.p50),
            f(o.graphql.p50 - o.inProcess.p50),
          ]),
      ),
    ),
    '',
    `The API's floor, \`{ __typename }\` (HTTP + Express + Apollo, no resolver, no Neo4j): ${r.sizes.map((s) => `${s.label} p50 ${f(s.apiFloor?.p50)} / p95 ${f(s.apiFloor?.p95)} ms`).join('; ')}.`,
    '',
    '## The GraphQL layer alone (section `executor`: in-process, over rows recorded from Neo4j)',
    '',
    table(
      [
        'size',
        'operation',
        'requests',
        'parse µs (once per document)',
        'validate µs (once)',
        'graphql-js execute µs/req',
        'graphql-jit µs/req',
        'jit / js',
        'jit compile µs (once)',
        'same answers',
      ],
      r.sizes.flatMap((s) =>
        (s.executor ?? []).map((e) => [
          s.label,
          e.op,
          e.requests,
          f(e.parseUs),
          f(e.validateUs),
          f(e.executeUs),
          f(e.jitUs),
          f(e.jitUs / e.executeUs, 2),
          f(e.compileUs),
          e.sameAnswers ? 'yes' : 'NO',
        ]),
      ),
    ),
    '',
    'Execute covers resolvers, DataLoader, repositories and mapping as well as the executor itself; Neo4j and HTTP are out of the loop.',
    '',
    '## Path latency against graph size (GraphQL, random pairs)',
    '',
    table(
      ['size', 'mode', 'maxHops', 'p50', 'p95', 'p99', 'samples', 'no path', 'time-limit notices', 'errors'],
      r.sizes.flatMap((s) =>
        (s.paths ?? []).map((p) => [
          s.label,
          p.mode,
          p.maxHops,
          f(p.latency.p50),
          f(p.latency.p95),
          f(p.latency.p99),
          p.latency.n,
          p.latency.empty,
          p.latency.notices,
          p.latency.errors,
        ]),
      ),
    ),
    '',
    '### Routing around hubs (`maxDegree`)',
    '',
    'The first seeded pairs of the path stream, SHORTEST with and without the degree bound: how many answers change.',
    '',
    table(
      ['size', 'maxDegree', 'maxHops', 'pairs', 'connected', 'same length', 'longer', 'lost', 'other route (longer included)'],
      r.sizes
        .filter((s) => s.hubRouting)
        .map((s) => {
          const h = s.hubRouting!;
          return [s.label, h.maxDegree, h.maxHops, h.pairs, h.connected, h.sameLength, h.longer, h.lost, h.differentRoute];
        }),
    ),
    '',
    '## Throughput (autocannon, 127.0.0.1)',
    '',
    table(
      [
        'size',
        'server',
        'operation',
        'connections',
        'req/s',
        'latency p50',
        'p97.5',
        'p99',
        'errors',
        'CPU ms/req: server',
        'Neo4j',
        'load gen',
        'others',
      ],
      r.sizes.flatMap((s) =>
        (s.throughput ?? []).flatMap((t) =>
          t.runs.map((run) => {
            const per = (x: number | undefined) => f(((x ?? Number.NaN) * 1000) / Math.max(run.requests, 1), 2);
            return [
              s.label,
              t.server,
              t.op,
              run.connections,
              int(run.requestsPerSecond),
              f(run.latencyMs.p50),
              f(run.latencyMs.p97_5),
              f(run.latencyMs.p99),
              run.errors.total,
              per(run.cpu.seconds.server),
              per(run.cpu.seconds.neo4j),
              per(run.cpu.seconds.loadgen),
              per(run.cpu.otherSeconds),
            ];
          }),
        ),
      ),
    ),
    '',
    'CPU ms/req: CPU time each process spent per completed request during the run (from /proc); "others" is the rest of the machine (other users\' processes).',
    '',
    '## Many clients, mixed reads (section `mixed`)',
    '',
    table(
      [
        'size',
        'clients',
        'seconds',
        'requests',
        'req/s',
        'latency p50',
        'p97.5',
        'p99',
        'max',
        'errors (connection/timeout/non-200/GraphQL)',
        'per operation',
      ],
      r.sizes.flatMap((s) =>
        s.mixed
          ? [
              [
                s.label,
                s.mixed.clients,
                f(s.mixed.durationSeconds, 0),
                s.mixed.requests,
                int(s.mixed.requestsPerSecond),
                f(s.mixed.latencyMs.p50),
                f(s.mixed.latencyMs.p97_5),
                f(s.mixed.latencyMs.p99),
                f(s.mixed.latencyMs.max),
                `${s.mixed.errors.total} (${s.mixed.errors.connection}/${s.mixed.errors.timeouts}/${s.mixed.errors.non2xx}/${s.mixed.errors.graphql})`,
                Object.entries(s.mixed.perOperation)
                  .map(([op, n]) => `${op} ${n}`)
                  .join(', '),
              ],
            ]
          : [],
      ),
    ),
    '',
    'Each client cycles through actor by id (+20 relationships and evidence), actors(search:), neighbourhood depth 2, paths SHORTEST and K_SHORTEST k=5 (maxHops 4), with fresh seeded arguments.',
    '',
    '## The explorer page (section `explorer`)',
    '',
    table(
      [
        'size',
        'actor',
        'degree',
        'actors drawn',
        'ties drawn',
        'first graph ms (median of 3)',
        'of which API ms',
        'runs',
        'drag frame p50',
        'p95',
        'max',
        'bundle gzip KB',
        'raw KB',
      ],
      r.sizes.flatMap((s) =>
        s.explorer
          ? [
              [
                s.label,
                s.explorer.hub,
                s.explorer.hubDegree,
                s.explorer.nodes,
                s.explorer.edges,
                s.explorer.firstGraphMs.median,
                s.explorer.neighbourhoodApiMs,
                s.explorer.firstGraphMs.runs.join(' / '),
                f(s.explorer.dragFrameMs.p50),
                f(s.explorer.dragFrameMs.p95),
                f(s.explorer.dragFrameMs.max),
                f(s.explorer.bundle.gzipBytes / 1024, 0),
                f(s.explorer.bundle.rawBytes / 1024, 0),
              ],
            ]
          : [],
      ),
    ),
    '',
    "First graph: navigation to the page reporting ready with the actor's neighbourhood (up to 500 actors) laid out, in Chromium on the same 2 cores as the API and Neo4j. Drag: gaps between animation frames while a node is dragged along 120 mouse steps (16.7 ms = 60 fps). Targets: first graph < 1 s at 100k, bundle < 1 MB gzipped.",
    '',
    '## Ours against @neo4j/graphql (latency, interleaved)',
    '',
    table(
      ['size', 'operation', 'ours p50', 'ours p95', 'peer p50', 'peer p95', 'peer/ours p50', 'errors ours/peer'],
      r.sizes.flatMap((s) =>
        (s.peer ?? []).map((p) =>
          p.op === 'name-contains'
            ? [s.label, p.label, '—', '—', f(p.peer.p50), f(p.peer.p95), '—', `—/${p.peer.errors}`]
            : [
                s.label,
                p.label,
                f(p.ours.p50),
                f(p.ours.p95),
                f(p.peer.p50),
                f(p.peer.p95),
                f(p.peer.p50 / p.ours.p50, 2),
                `${p.ours.errors}/${p.peer.errors}`,
              ],
        ),
      ),
    ),
    '',
    '## Memory (peak RSS over the throughput runs) and ingestion',
    '',
    table(
      ['size', 'API peak RSS', 'peer peak RSS', 'ingest articles/s', 'ingest claims/s', 'actor snapshot ms'],
      r.sizes.map((s) => [
        s.label,
        mb(s.memory?.api.peakRssBytes),
        mb(s.memory?.peer?.peakRssBytes),
        s.ingest?.available ? f(s.ingest.articlesPerSecond) : (s.ingest?.note ?? 'n/a'),
        s.ingest?.available ? f(s.ingest.claimsPerSecond) : '—',
        s.ingest?.available ? f(s.ingest.actorSnapshotMs, 0) : '—',
      ]),
    ),
    '',
    ...(r.events ? ['## Event dataset import (ACLED, UCDP GED, GDELT layouts; generated files)', '', eventsMarkdown(r.events), ''] : []),
    `Extraction (bench/extract.ts): ${r.extract?.available ? `${int(r.extract.sentencesPerSecond)} sentences/s` : `not available${r.extract?.note ? ` — ${r.extract.note}` : ''}`}.`,
    '',
    '## Targets',
    '',
    table(
      ['target', 'size', 'measured', 'met'],
      r.targets.map((t) => [t.target, t.size ?? '—', t.value, t.met === null ? 'not measured' : t.met ? 'met' : '**missed**']),
    ),
  ];
  const profiled = r.sizes.filter((s) => s.apiProfile?.length);
  if (profiled.length) {
    out.push('', '## API CPU profile (--profile: share of busy samples by owner)', '');
    for (const s of profiled) out.push(`- ${s.label}: ${s.apiProfile!.map((p) => `${p.owner} ${p.percent}%`).join(', ')}`);
  }
  out.push('', '## Load breakdown and machine noise', '');
  out.push(
    table(
      [
        'size',
        'articles s',
        'claims s',
        'projection s',
        'begin/commit s',
        'generator s',
        'load avg start → end',
        'CPU pressure avg60 start → end',
      ],
      r.sizes.map((s) => {
        const b = s.load.breakdown;
        const psi = (n?: { cpuPressure?: { avg60: number } }) => (n?.cpuPressure ? `${n.cpuPressure.avg60}%` : 'n/a');
        return [
          s.label,
          f(b.articles),
          f(b.claims),
          f(b.projection),
          f(b.commit),
          f(b.generate),
          `${s.noise.start.loadAverage[0]} → ${s.noise.end?.loadAverage[0] ?? 'n/a'}`,
          `${psi(s.noise.start)} → ${psi(s.noise.end)}`,
        ];
      }),
    ),
  );
  if (r.baseline) {
    const change = (row: BaselineRow) => {
      if (row.before === undefined || row.after === undefined || row.before === 0) return 'n/a';
      const pct = ((row.after - row.before) / row.before) * 100;
      const better = row.lowerIsBetter ? pct < 0 : pct > 0;
      return `${pct > 0 ? '+' : ''}${pct.toFixed(0)} %${Math.abs(pct) >= 5 ? (better ? ' (better)' : ' (worse)') : ''}`;
    };
    out.push(
      '',
      `## Before and after (baseline: \`${path.basename(r.baseline.file)}\`, ${r.baseline.date})`,
      '',
      table(
        ['size', 'measure', 'before', 'after', 'change'],
        r.baseline.rows.map((row) => [row.size, row.measure, f(row.before, 2), f(row.after, 2), change(row)]),
      ),
    );
  }
  const failures = r.sizes.flatMap((s) => s.failures.map((x) => `- ${s.label} ${x.section}: ${x.error}`));
  if (failures.length) out.push('', '## Failed sections', '', ...failures);
  return `${out.join('\n')}\n`;
}

/** Writes the JSON and the markdown; returns their paths. */
export function writeReport(report: BenchReport, outDir: string): { json: string; markdown: string; base: string } {
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, `${report.date}-${report.name}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, toMarkdown(report));
  return { json: `${base}.json`, markdown: `${base}.md`, base };
}
