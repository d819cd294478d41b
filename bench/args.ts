/**
 * Command-line flags of `npm run bench -- [flags]`. Every flag has a default, so a bare
 * `npm run bench` measures 10k and 100k actors with the standard settings.
 */

export const SECTIONS = [
  'latency',
  'executor',
  'throughput',
  'mixed',
  'explorer',
  'peer',
  'paths',
  'ingest',
  'extract',
  'events',
  'events-bulk',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchArgs {
  sizes: Array<{ label: string; actors: number }>;
  name: string;
  seed: number;
  /** Seconds of each autocannon run. */
  duration: number;
  concurrency: number[];
  /** Latency: iterations per round, rounds, and the time cap of one round. */
  samples: number;
  rounds: number;
  roundSeconds: number;
  warmup: number;
  /** Seconds after which loading stops and the partial graph is measured. */
  loadBudget: number;
  skip: Set<Section>;
  outDir: string;
  /** Run the API child under --cpu-prof and summarise where its CPU time went (adds overhead). */
  profile: boolean;
  /** Rows per generated event dataset file, live import (section `events`) and bulk (`events-bulk`). */
  eventRows: number;
  eventBulkRows: number;
  /** Section `mixed`: concurrent clients and seconds of the sustained mixed-read run. */
  mixedClients: number;
  mixedSeconds: number;
  /** Section `paths`: the degree bound of the hub-routed searches (`maxDegree`). */
  maxDegree: number;
  /** An earlier results JSON whose figures the report shows next to this run's (bench/baseline.ts). */
  baseline?: string;
}

export const USAGE = `npm run bench -- [--sizes 10k,100k] [--name NAME] [--seed 42] [--duration 10]
  [--concurrency 1,16,64] [--samples 150] [--rounds 3] [--round-seconds 20] [--warmup 30]
  [--load-budget 1800] [--skip ${SECTIONS.join(',')}] [--out bench/results] [--profile]
  [--event-rows 100k] [--event-bulk-rows 100k] [--mixed-clients 64] [--mixed-seconds 60] [--max-degree 1000]
  [--baseline bench/results/<earlier run>.json]
  (--sizes none: only the event import sections)`;

/** "10k" → 10000, "1m" → 1000000, "2500" → 2500. */
export function parseSize(text: string): { label: string; actors: number } {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`not a size: ${text} (use e.g. 10k, 100k, 1m)`);
  const actors = Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 1e6 : m[2]?.toLowerCase() === 'k' ? 1e3 : 1));
  if (actors < 100) throw new Error(`a graph needs at least 100 actors (got ${text})`);
  return { label: text.trim().toLowerCase(), actors };
}

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Parses argv (without node and the script); throws on an unknown flag or a bad value. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const raw = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    if (flag === '--profile') {
      raw.set('profile', 'true');
      continue;
    }
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(flag);
    if (!m) throw new Error(`unexpected argument ${flag}\n${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${m[1]} needs a value\n${USAGE}`);
    raw.set(m[1]!, value);
  }
  const known = [
    'sizes',
    'name',
    'seed',
    'duration',
    'concurrency',
    'samples',
    'rounds',
    'round-seconds',
    'warmup',
    'load-budget',
    'skip',
    'out',
    'profile',
    'event-rows',
    'event-bulk-rows',
    'mixed-clients',
    'mixed-seconds',
    'max-degree',
    'baseline',
  ];
  for (const key of raw.keys()) if (!known.includes(key)) throw new Error(`unknown flag --${key}\n${USAGE}`);
  const num = (key: string, fallback: number) => {
    const v = raw.has(key) ? Number(raw.get(key)) : fallback;
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${key} must be a non-negative number`);
    return v;
  };
  const sizes = raw.get('sizes') === 'none' ? [] : list(raw.get('sizes') ?? '10k,100k').map(parseSize);
  const rows = (key: string) => (raw.has(key) ? parseSize(raw.get(key)!).actors : 100_000);
  const skip = new Set(list(raw.get('skip') ?? '') as Section[]);
  for (const s of skip) if (!SECTIONS.includes(s)) throw new Error(`--skip: unknown section ${s} (${SECTIONS.join(', ')})`);
  const name = raw.get('name') ?? (sizes.map((s) => s.label).join('-') || 'events');
  if (!/^[\w.-]+$/.test(name)) throw new Error('--name may hold letters, digits, dot, dash and underscore only');
  return {
    sizes,
    name,
    seed: num('seed', 42),
    duration: num('duration', 10),
    concurrency: list(raw.get('concurrency') ?? '1,16,64').map(Number),
    samples: num('samples', 150),
    rounds: Math.max(1, num('rounds', 3)),
    roundSeconds: num('round-seconds', 20),
    warmup: num('warmup', 30),
    loadBudget: num('load-budget', 1800),
    skip,
    outDir: raw.get('out') ?? 'bench/results',
    profile: raw.get('profile') === 'true',
    eventRows: rows('event-rows'),
    eventBulkRows: rows('event-bulk-rows'),
    mixedClients: Math.max(1, num('mixed-clients', 64)),
    mixedSeconds: Math.max(1, num('mixed-seconds', 60)),
    maxDegree: Math.max(1, num('max-degree', 1000)),
    baseline: raw.get('baseline'),
  };
}
