/**
 * `npm run cli -- <command> [args]`: one entry point for every command-line job.
 * Each command lives in `src/cli/commands/<name>.ts` and exports `run(args): Promise<number>`
 * (the exit code). Commands are imported lazily so `extract` never loads the database driver.
 */
import { AppError } from '../errors.ts';
import { CliError } from './cli-error.ts';

type Command = { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  extract: {
    summary: 'extract --json [--published YYYY-MM-DD] FILE   print actors and relations an article states',
    load: () => import('./commands/extract.ts'),
  },
  ingest: {
    summary: 'ingest [--published D] [--title T] [--url U] FILE|DIR...   write articles into Neo4j',
    load: () => import('./commands/ingest.ts'),
  },
  import: {
    summary: 'import acled|ucdp|gdelt FILE [--dry-run] [--release NAME]   import an event dataset file',
    load: () => import('./commands/import.ts'),
  },
  eval: { summary: 'eval [DIR...]   score extraction against the corpus gold files', load: () => import('./commands/eval.ts') },
  seed: { summary: 'seed   load the sample graph (idempotent)', load: () => import('./commands/seed.ts') },
  neo4j: { summary: 'neo4j start|fetch   run or download the local Neo4j only', load: () => import('./commands/neo4j.ts') },
  parser: {
    summary: 'parser fetch | parser parse "SENTENCE"...   download CoreNLP, or print a dependency parse',
    load: () => import('./commands/parser.ts'),
  },
};

function usage(): string {
  return ['usage: npm run -s cli -- <command> [args]', '', ...Object.entries(COMMANDS).map(([, c]) => `  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `unknown command: ${name}\n\n` : ''}${usage()}\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(args);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`error [${err.code}]: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof AppError) {
      process.stderr.write(`error [${err.code}]: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
