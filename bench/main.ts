/**
 * `npm run bench`: the scale benchmark of conflict-graph. For each size (default 10k and 100k
 * actors; 1M with `--sizes 1m`), a fresh local Neo4j gets a synthetic graph through the
 * project's write path, then the API (and the @neo4j/graphql peer) are measured: GraphQL vs raw
 * Cypher latency, path latency, throughput, memory, ingestion. Extraction is measured with no Neo4j running,
 * then the event dataset import (live and bulk, bench/events/), each in a fresh instance. Results: bench/results/<date>-<name>.{json,md} and <date>-<name>-latency.svg.
 * See bench/README.md for how to read them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { parseBenchArgs, type BenchArgs } from './args.ts';
import { latencySeries, renderLatencyChart } from './chart.ts';
import { runExtractBenchmark, type ExtractReport } from './ingest.ts';
import { describeMachine } from './machine.ts';
import { toMarkdown, writeReport, type BenchReport } from './report.ts';
import { compareWithBaseline } from './baseline.ts';
import { runSize, type SizeResult } from './run-size.ts';
import { checkTargets } from './targets.ts';
import { runEventSections, eventTargets, type EventsSection } from './events/section.ts';

const started = Date.now();
const log = (message: string) => process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(0)}s] ${message}\n`);

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const logger = createLogger('warn');
  const machine = describeMachine();
  log(`sizes ${args.sizes.map((s) => s.label).join(', ')}; ${machine.cpus} CPUs, load average ${machine.loadAverageStart.join(' ')}`);

  const sizes: SizeResult[] = [];
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    log('interrupted: stopping after the current step (Ctrl-C again kills everything now)');
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  for (const size of args.sizes) {
    if (interrupted) break;
    log(`=== ${size.label} (${size.actors.toLocaleString('en')} actors) ===`);
    try {
      sizes.push(await runSize(size, args, logger, log, () => interrupted));
    } catch (err) {
      log(`size ${size.label} failed: ${(err as Error).stack ?? err}`);
    }
  }
  let extract: ExtractReport | undefined;
  if (!args.skip.has('extract') && !interrupted) {
    log('extract: bench/extract.ts benchExtract()');
    extract = await runExtractBenchmark();
  }
  let events: EventsSection | undefined;
  if (!interrupted && (!args.skip.has('events') || !args.skip.has('events-bulk'))) events = await runEventSections(args, logger, log);
  machine.loadAverageEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const report: BenchReport = {
    name: args.name,
    date: new Date(started).toISOString().slice(0, 10),
    startedAt: new Date(started).toISOString(),
    durationSeconds: (Date.now() - started) / 1000,
    flags: { ...args, skip: [...args.skip] },
    machine,
    sizes,
    extract,
    events,
    targets: [...checkTargets(sizes, extract), ...eventTargets(events)],
    baseline: args.baseline ? compareWithBaseline(path.resolve(PROJECT_ROOT, args.baseline), sizes) : undefined,
  };
  if (!sizes.length && !extract && !events) {
    log('nothing was measured; no result files written');
    return 1;
  }
  const outDir = path.resolve(PROJECT_ROOT, args.outDir);
  const files = writeReport(report, outDir);
  const svg = `${files.base}-latency.svg`;
  fs.writeFileSync(svg, renderLatencyChart(latencySeries(sizes), `p95 latency vs graph size — ${report.date} ${report.name}`));
  process.stdout.write(`\n${toMarkdown(report)}\n`);
  log(
    `wrote ${path.relative(PROJECT_ROOT, files.json)}, ${path.relative(PROJECT_ROOT, files.markdown)}, ${path.relative(PROJECT_ROOT, svg)}`,
  );
  return sizes.length === args.sizes.length ? 0 : 1;
}

process.exitCode = await main();
