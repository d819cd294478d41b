/**
 * Ingestion benchmarks. Extraction alone is measured by `benchExtract()` from bench/extract.ts
 * (owned by the extraction work; reported "not available" when that file or export is absent).
 * Ingestion into Neo4j uses `ingestArticle` from src/graph/repositories/write-article.ts when it exists:
 * corpus articles (../shared/corpus), each made unique by a trailing line (ingestion is
 * idempotent by content hash), written one by one after a warm-up, bounded in count and time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Gateway } from '../src/graph/gateway.ts';

export interface ExtractReport {
  available: boolean;
  note?: string;
  sentencesPerSecond?: number;
  sentences?: number;
  seconds?: number;
}

export interface IngestReport {
  available: boolean;
  note?: string;
  articles?: number;
  seconds?: number;
  articlesPerSecond?: number;
  claimsPerSecond?: number;
  /** Reading the graph's actors once for matching (what a batch does before its articles). */
  actorSnapshotMs?: number;
  errors?: number;
}

const CORPUS = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

/** Runs bench/extract.ts's `benchExtract()` if present. */
export async function runExtractBenchmark(): Promise<ExtractReport> {
  const file = path.join(PROJECT_ROOT, 'bench', 'extract.ts');
  if (!fs.existsSync(file)) return { available: false, note: 'bench/extract.ts not present' };
  try {
    const mod = (await import('./extract.ts')) as {
      benchExtract?: () => Promise<{ sentencesPerSecond: number; sentences: number; seconds: number }>;
    };
    if (typeof mod.benchExtract !== 'function') return { available: false, note: 'bench/extract.ts exports no benchExtract()' };
    return { available: true, ...(await mod.benchExtract()) };
  } catch (err) {
    return { available: false, note: `benchExtract() failed: ${(err as Error).message.slice(0, 300)}` };
  }
}

function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const sub of ['seed', 'dev']) {
    const dir = path.join(CORPUS, sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return texts;
}

type IngestFn = (
  gateway: Gateway,
  input: { text: string; title?: string; publishedAt?: string },
  graphActors?: readonly unknown[],
) => Promise<{ claims: number; created: boolean }>;
type SnapshotFn = (gateway: Gateway) => Promise<readonly unknown[]>;

/** Ingests up to `maxArticles` articles (at most `seconds`) through src/graph/repositories/write-article.ts. */
export async function runIngestBenchmark(gateway: Gateway, maxArticles = 200, seconds = 20): Promise<IngestReport> {
  const file = path.join(PROJECT_ROOT, 'src', 'graph', 'repositories', 'write-article.ts');
  if (!fs.existsSync(file)) return { available: false, note: 'skipped: src/graph/repositories/write-article.ts not present' };
  let mod: { ingestArticle?: IngestFn; loadGraphActors?: SnapshotFn };
  try {
    mod = (await import('../src/graph/repositories/write-article.ts')) as unknown as typeof mod;
  } catch (err) {
    return {
      available: false,
      note: `skipped: src/graph/repositories/write-article.ts failed to load: ${(err as Error).message.slice(0, 300)}`,
    };
  }
  const ingest = mod.ingestArticle;
  if (typeof ingest !== 'function')
    return { available: false, note: 'skipped: src/graph/repositories/write-article.ts exports no ingestArticle()' };
  const texts = corpusTexts();
  if (!texts.length) return { available: false, note: `skipped: no corpus articles in ${CORPUS}` };

  try {
    const snapStart = performance.now();
    const actors = typeof mod.loadGraphActors === 'function' ? await mod.loadGraphActors(gateway) : undefined;
    const actorSnapshotMs = performance.now() - snapStart;
    let n = 0;
    const one = (i: number) =>
      ingest(
        gateway,
        { text: `${texts[i % texts.length]}\n\nBenchmark copy ${i}.`, title: `Benchmark article ${i}`, publishedAt: '2024-05-10' },
        actors,
      );
    for (let w = 0; w < 3; w++) await one(n++); // warm-up: JIT, plan cache
    let claims = 0;
    let articles = 0;
    let errors = 0;
    const started = performance.now();
    while (articles < maxArticles && performance.now() - started < seconds * 1000) {
      try {
        claims += (await one(n++)).claims;
      } catch {
        errors++;
        if (errors > 5) break;
      }
      articles++;
    }
    const secs = (performance.now() - started) / 1000;
    return {
      available: true,
      articles,
      seconds: secs,
      articlesPerSecond: articles / secs,
      claimsPerSecond: claims / secs,
      actorSnapshotMs,
      errors,
    };
  } catch (err) {
    return { available: false, note: `ingestArticle() failed: ${(err as Error).message.slice(0, 300)}` };
  }
}
