/**
 * `ingest [--published D] [--title T] [--url U] [--publisher P] FILE|DIR...`: writes articles
 * into Neo4j as unreviewed extracted claims, one transaction per article. Folders are read for
 * `*.txt` files; a progress bar shows rate and ETA, then a summary. A file that cannot be read
 * is reported and skipped; the others still go in. Exit code 1 when any file failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { parseIsoDate } from '../../ingest/5-finish/dates.ts';
import { createIngestRepository } from '../../graph/repositories/ingest.ts';
import { loadGraphActors } from '../../graph/repositories/write-article.ts';
import { isAppError } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { LocalNeo4jError } from '../../neo4j-local/errors.ts';
import { createProgress } from '../../progress.ts';
import { startRuntime } from '../../startup.ts';
import { parseArgs } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { readArticle } from '../read-article.ts';

const USAGE = 'usage: ingest [--published YYYY-MM-DD] [--title T] [--url U] [--publisher P] FILE|DIR...';

/** The article files named: files as given, folders' `*.txt` files in name order. */
export function listArticleFiles(targets: readonly string[]): string[] {
  return targets.flatMap((target) => {
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      return fs
        .readdirSync(target)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(target, f));
    }
    return [target];
  });
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { booleans: [], values: ['published', 'title', 'url', 'publisher'] });
  const files = listArticleFiles(parsed.positional);
  if (!files.length) throw new CliError('USAGE', USAGE, 2);
  const published = parsed.values.get('published');
  if (published !== undefined && !parseIsoDate(published))
    throw new CliError('BAD_DATE', `--published must be a real date as YYYY-MM-DD, got ${JSON.stringify(published)}`, 2);
  if (files.length > 1 && (parsed.values.has('title') || parsed.values.has('url')))
    throw new CliError('USAGE', '--title and --url name one article; give one FILE with them', 2);

  const config = loadConfig();
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL), {
    instance: 'main',
    reuseRunning: true,
  }).catch((err: unknown) => {
    if (err instanceof LocalNeo4jError) throw new CliError(err.code, err.describe());
    throw err;
  });
  const totals = { articles: 0, skipped: 0, failed: 0, newActors: 0, claims: 0, relationships: 0 };
  try {
    const repository = createIngestRepository(runtime.gateway);
    const graphActors = await loadGraphActors(runtime.gateway);
    const progress = createProgress('Ingesting', files.length, 'articles');
    for (const [i, file] of files.entries()) {
      try {
        const text = readArticle(file);
        const report = await repository.ingest(
          {
            text,
            title: parsed.values.get('title'),
            url: parsed.values.get('url'),
            publisher: parsed.values.get('publisher'),
            publishedAt: published ?? null,
          },
          { graphActors },
        );
        if (!report.created) totals.skipped++;
        else {
          totals.articles++;
          totals.newActors += report.newActors.length;
          totals.claims += report.claims;
          totals.relationships += report.relationships;
          graphActors.push(...report.newActors.map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases })));
        }
      } catch (err) {
        if (!(err instanceof CliError) && !isAppError(err)) throw err;
        totals.failed++;
        process.stderr.write(`\nskipped ${file}: [${err.code}] ${err.message}\n`);
      }
      progress.update(i + 1);
    }
    progress.stop();
  } finally {
    await runtime.close();
  }
  process.stdout.write(
    `ingested ${totals.articles} article(s) (${totals.skipped} already present, ${totals.failed} failed): ${totals.newActors} new actor(s), ${totals.claims} claim(s), ${totals.relationships} relationship(s) touched\n`,
  );
  return totals.failed ? 1 : 0;
}
