/**
 * `extract [--json] [--published YYYY-MM-DD] FILE`: prints the actors and relations an article
 * states, writing nothing. `--json` prints the contract shape
 * `{ entities: [{id,name,kind,aliases}], relations: [{type,source,target,sentence,date,status,confidence,…}] }`
 * (plus `warnings`, `sentenceCount`, `publishedAt`); without it, a readable summary.
 */
import { extractArticle, type ExtractionResult } from '../../ingest/extract-article.ts';
import { getSharedParser } from '../../parser-local/index.ts';
import { parseIsoDate } from '../../ingest/5-finish/dates.ts';
import { parseArgs } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { readArticle } from '../read-article.ts';

/** Formats a result as the human-readable summary. */
export function formatSummary(result: ExtractionResult): string {
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const lines = [
    `published: ${result.publishedAt ?? 'unknown'}   sentences: ${result.sentenceCount}`,
    '',
    `actors (${result.entities.filter((e) => e.kind !== 'Location').length}):`,
    ...result.entities
      .filter((e) => e.kind !== 'Location')
      .map((e) => `  ${e.name} [${e.kind}]${e.aliases.length ? ` aka ${e.aliases.slice(0, 4).join(', ')}` : ''}`),
    '',
    `relations (${result.relations.length}):`,
    ...result.relations.map(
      (r) =>
        `  ${names.get(r.source) ?? r.source} ${r.type} ${names.get(r.target) ?? r.target}${r.date ? ` (${r.date})` : ''}${r.status !== 'stated' ? ` [${r.status}]` : ''} ${r.confidence.toFixed(2)}`,
    ),
  ];
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}

/** Converts a result to the JSON contract (contract fields first, extras after). */
export function toContractJson(result: ExtractionResult): unknown {
  return {
    entities: result.entities.map(({ id, name, kind, aliases, known }) => ({ id, name, kind, aliases, known })),
    relations: result.relations.map(({ type, source, target, sentence, date, status, confidence, sentenceIndex, start, end, rule }) => ({
      type,
      source,
      target,
      sentence,
      date,
      status,
      confidence,
      sentenceIndex,
      start,
      end,
      rule,
    })),
    warnings: result.warnings,
    sentenceCount: result.sentenceCount,
    publishedAt: result.publishedAt,
  };
}

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { booleans: ['json'], values: ['published'] });
  if (parsed.positional.length !== 1) throw new CliError('USAGE', 'usage: extract [--json] [--published YYYY-MM-DD] FILE', 2);
  const published = parsed.values.get('published');
  if (published !== undefined && !parseIsoDate(published))
    throw new CliError('BAD_DATE', `--published must be a real date as YYYY-MM-DD, got ${JSON.stringify(published)}`, 2);
  const text = readArticle(parsed.positional[0]!);
  const result = await extractArticle(text, { publishedAt: published ?? null, parser: await getSharedParser() });
  process.stdout.write(parsed.flags.has('json') ? `${JSON.stringify(toContractJson(result), null, 2)}\n` : `${formatSummary(result)}\n`);
  return 0;
}
