/**
 * One parser process per Node process, started on first use: loading CoreNLP's models costs
 * ~30 s and ~1 GB, so the extraction pipeline, the CLI and anything else in the same process
 * share it. It is stopped when Node exits (process.ts), and forgotten when it dies, so the next
 * `getSharedParser()` after a PARSER_CRASHED starts a new one.
 */
import { loadConfig } from '../config.ts';
import { connectParser } from './client.ts';
import { poolParsers } from './pool.ts';
import { ParserError } from './errors.ts';
import { startParser, type ParserProcess } from './process.ts';
import type { SentenceParser } from './types.ts';

interface Shared {
  process: ParserProcess;
  parser: SentenceParser;
}

let shared: Promise<Shared> | undefined;
let current: Shared | undefined;

async function start(): Promise<Shared> {
  const config = loadConfig();
  const proc = await startParser({ localDir: config.PARSER_LOCAL_DIR, heap: config.PARSER_HEAP, threads: config.PARSER_THREADS });
  // one connection per server thread: a request is split across them (pool.ts)
  const client = poolParsers(Array.from({ length: Math.max(1, config.PARSER_THREADS) }, () => connectParser(proc.port, proc.token)));
  const forget = () => {
    if (current !== entry) return;
    current = undefined;
    shared = undefined;
  };
  // A lost connection is noticed before the child's exit event: forget the process at the first
  // PARSER_CRASHED too, so a retry right after it starts a fresh one.
  const parser: SentenceParser = {
    async parse(sentences) {
      try {
        return await client.parse(sentences);
      } catch (err) {
        if (err instanceof ParserError && err.code === 'PARSER_CRASHED') {
          forget();
          void proc.stop();
        }
        throw err;
      }
    },
    close: () => client.close(),
  };
  const entry: Shared = { process: proc, parser };
  void proc.exited.then(forget);
  current = entry;
  return entry;
}

/** The process-wide parser, started (and fetched, on a fresh machine) on first call. */
export async function getSharedParser(): Promise<SentenceParser> {
  shared ??= start().catch((err: unknown) => {
    shared = undefined;
    throw err;
  });
  return (await shared).parser;
}

/** The pid of the shared parser process, if one runs (for diagnostics and tests). */
export function sharedParserPid(): number | undefined {
  return current?.process.pid;
}

/** Stops the shared parser now (it is also stopped on exit). */
export async function stopSharedParser(): Promise<void> {
  const entry = current ?? (shared ? await shared.catch(() => undefined) : undefined);
  current = undefined;
  shared = undefined;
  if (!entry) return;
  await entry.parser.close();
  await entry.process.stop();
}
