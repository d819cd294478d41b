/**
 * `eval [--check] [--errors] [--out DIR] [DIR...]`: runs extraction over every `NAME.txt` that has a
 * `NAME.gold.json` beside it (default: ../shared/corpus/seed, dev and dev2, relative
 * to the repository root; dev3 is held out: pass it explicitly), with the gold `publishedAt` as publication date, and scores it with
 * the rules of shared/corpus/score.py. `--out DIR` also writes each `NAME.json` (for score.py).
 * `--errors` lists every missed fact (with the gold evidence) and wrong relation (with its rule
 * and sentence) before the scores. `--check` exits 1 when a target is missed (P ≥ 0.85, R ≥ 0.75, actor recall ≥ 0.95).
 * Without the corpus it prints "skipped" and exits 0.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../ingest/extract-article.ts';
import {
  formatConstructions,
  formatErrors,
  formatRates,
  formatScore,
  scoreArticles,
  type GoldFile,
  type SystemOutput,
} from '../../eval/score-extraction.ts';
import { parseArgs } from '../args.ts';
import { getSharedParser, type SentenceParser } from '../../parser-local/index.ts';
import { toContractJson } from './extract.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TARGETS = { precision: 0.85, recall: 0.75, actorRecall: 0.95 };

/** Default corpus directories, relative to the repository root. */
export function defaultCorpusDirs(): string[] {
  return ['seed', 'dev', 'dev2'].map((d) => join(REPO_ROOT, '../shared/corpus', d));
}

/** Runs the command; returns the exit code. */
export async function run(args: string[], parser?: SentenceParser): Promise<number> {
  const parsed = parseArgs(args, { booleans: ['check', 'errors'], values: ['out'] });
  const dirs = parsed.positional.length ? parsed.positional.map((d) => resolve(d)) : defaultCorpusDirs();
  const present = dirs.filter((d) => existsSync(d));
  if (present.length === 0) {
    process.stdout.write(`corpus not found (${dirs.join(', ')}): evaluation skipped\n`);
    return 0;
  }
  const outDir = parsed.values.get('out');
  if (outDir) mkdirSync(outDir, { recursive: true });
  const items: Array<{ name: string; gold: GoldFile; output: SystemOutput | null }> = [];
  let sentences = 0;
  const started = performance.now();
  for (const dir of present) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()) {
      const name = file.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile;
      const txt = join(dir, `${name}.txt`);
      if (!existsSync(txt)) {
        items.push({ name, gold, output: null });
        continue;
      }
      const result = await extractArticle(readFileSync(txt, 'utf8'), {
        publishedAt: gold.publishedAt ?? null,
        parser: parser ?? (await getSharedParser()),
      });
      sentences += result.sentenceCount;
      const json = toContractJson(result) as SystemOutput;
      if (outDir) writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
      items.push({ name, gold, output: json });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const score = scoreArticles(items);
  if (parsed.flags.has('errors')) process.stdout.write(`${formatErrors(score)}\n\n`);
  process.stdout.write(`${formatScore(score)}\n\n${formatRates(score)}\n\n${formatConstructions(score)}\n`);
  process.stdout.write(`(${items.length} articles, ${sentences} sentences, ${seconds.toFixed(2)} s)\n`);
  const met = score.precision >= TARGETS.precision && score.recall >= TARGETS.recall && score.actor_recall >= TARGETS.actorRecall;
  process.stdout.write(
    `targets P>=${TARGETS.precision} R>=${TARGETS.recall} actor recall>=${TARGETS.actorRecall}: ${met ? 'met' : 'MISSED'}\n`,
  );
  return parsed.flags.has('check') && !met ? 1 : 0;
}
