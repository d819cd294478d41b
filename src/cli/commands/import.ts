/**
 * `import acled|ucdp|gdelt FILE [--dry-run] [--release NAME] [--batch N]`: streams an event
 * dataset file into Neo4j, a batch of rows per transaction (src/import/). A progress bar shows
 * rows/s; the summary gives rows, claims, new actors and skipped rows by reason, then the first
 * malformed rows with their line numbers. `--dry-run` reads and maps only: nothing is written.
 * An interrupted import is resumed by running the same command again (every write is a MERGE
 * on ids from the dataset and the row id). Exit code 0 even when rows were skipped; 1 when the
 * file could not be imported at all.
 *
 * `--bulk-dir DIR` writes the files `neo4j-admin database import full` loads into an EMPTY
 * database instead (no database needed); `import project` then projects their relationships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { MappingError } from '../../import/mapping.ts';
import { importEventFile } from '../../import/run-import.ts';
import { isDataset, type Dataset, type ImportSummary } from '../../import/types.ts';
import { importedKeys, projectAll } from '../../import/bulk/project-all.ts';
import { BULK_FILES, writeBulkFiles } from '../../import/bulk/write-bulk-files.ts';
import { createLogger } from '../../log.ts';
import { LocalNeo4jError } from '../../neo4j-local/errors.ts';
import { createProgress } from '../../progress.ts';
import { startRuntime } from '../../startup.ts';
import { parseArgs } from '../args.ts';
import { CliError } from '../cli-error.ts';

const USAGE =
  'usage: import acled|ucdp|gdelt FILE [--dry-run] [--release NAME] [--batch ROWS] [--bulk-dir DIR]\n       import project   (after neo4j-admin loaded --bulk-dir files: project the relationships)';

/** The summary as printed: one line of totals, then reasons, new actors and the first errors. */
export function formatSummary(s: ImportSummary, maxErrors = 20): string {
  const rate = s.seconds > 0 ? Math.round(s.claims / s.seconds) : 0;
  const lines = [
    `${s.dryRun ? 'dry run (nothing written): ' : ''}${s.dataset} ${s.release}: ${s.rows} row(s), ${s.claims} claim(s), ${s.relationships} relationship(s), ${s.newActors.length} new actor(s), ${Object.values(s.skipped).reduce((a, b) => a + b, 0)} skipped in ${s.seconds.toFixed(1)} s (${rate} claims/s)`,
  ];
  for (const [reason, count] of Object.entries(s.skipped).sort((a, b) => b[1] - a[1])) lines.push(`  skipped ${count}: ${reason}`);
  if (s.newActors.length)
    lines.push(
      `  new actors (proposed, review them): ${s.newActors
        .slice(0, 50)
        .map((a) => `${a.id} (${a.kind})`)
        .join(', ')}${s.newActors.length > 50 ? ', …' : ''}`,
    );
  for (const e of s.errors.slice(0, maxErrors)) lines.push(`  line ${e.line}: ${e.reason}: ${e.detail}`);
  if (s.errors.length > maxErrors) lines.push(`  … ${s.errors.length - maxErrors} more malformed row(s) reported`);
  return `${lines.join('\n')}\n`;
}

/** `--bulk-dir`: the neo4j-admin files only, no database; prints how to load them. */
async function writeBulk(dataset: Dataset, file: string, release: string, dir: string): Promise<number> {
  const progress = createProgress('Mapping', 0, 'rows');
  const out = await writeBulkFiles(dataset, fs.createReadStream(file), release, dir, (rows) => progress.update(rows));
  progress.stop();
  process.stdout.write(formatSummary(out.summary));
  const nodes = BULK_FILES.nodes.map((f) => `--nodes=${path.join(dir, f)}`).join(' ');
  const rels = BULK_FILES.relationships.map((f) => `--relationships=${path.join(dir, f)}`).join(' ');
  process.stdout.write(
    `\nInto an EMPTY, stopped database:\n  neo4j-admin database import full ${nodes} ${rels} --array-delimiter=';' --skip-duplicate-nodes=true --overwrite-destination=true neo4j\n` +
      'then start Neo4j and run: npm run -s cli -- import project\n',
  );
  return 0;
}

/** `import project`: the typed relationships of every imported claim, after a bulk load. */
async function projectImported(): Promise<number> {
  const config = loadConfig();
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL), {
    instance: 'main',
    reuseRunning: true,
  }).catch((err: unknown) => {
    if (err instanceof LocalNeo4jError) throw new CliError(err.code, err.describe());
    throw err;
  });
  try {
    const keys = await importedKeys(runtime.gateway);
    const seconds = await projectAll(runtime.gateway, keys);
    process.stdout.write(`projected ${keys.length} relationship(s) in ${seconds.toFixed(1)} s\n`);
  } finally {
    await runtime.close();
  }
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { booleans: ['dry-run'], values: ['release', 'batch', 'bulk-dir'] });
  if (parsed.positional[0] === 'project' && parsed.positional.length === 1) return projectImported();
  const [dataset, file, ...rest] = parsed.positional;
  if (!isDataset(dataset) || !file || rest.length) throw new CliError('USAGE', USAGE, 2);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError('FILE_NOT_FOUND', `no such file: ${file}`);
  const batchSize = parsed.values.has('batch') ? Number(parsed.values.get('batch')) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000))
    throw new CliError('USAGE', '--batch must be a whole number from 1 to 100000', 2);
  const release = parsed.values.get('release') ?? path.basename(file).replace(/\.[^.]+$/, '');
  const bulkDir = parsed.values.get('bulk-dir');
  if (bulkDir) return writeBulk(dataset, file, release, path.resolve(bulkDir));

  const config = loadConfig();
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL), {
    instance: 'main',
    reuseRunning: true,
  }).catch((err: unknown) => {
    if (err instanceof LocalNeo4jError) throw new CliError(err.code, err.describe());
    throw err;
  });
  let summary: ImportSummary;
  try {
    const progress = createProgress(parsed.flags.has('dry-run') ? 'Reading' : 'Importing', 0, 'rows');
    summary = await importEventFile(runtime.gateway, {
      dataset,
      input: fs.createReadStream(file),
      release,
      dryRun: parsed.flags.has('dry-run'),
      batchSize,
      onProgress: (rows) => progress.update(rows),
    }).catch((err: unknown) => {
      if (err instanceof MappingError) throw new CliError('BAD_MAPPING', err.message);
      throw err;
    });
    progress.stop();
  } finally {
    await runtime.close();
  }
  process.stdout.write(formatSummary(summary));
  return 0;
}
