/**
 * Runs parser-local/ParseServer.java (CoreNLP behind a loopback socket) as a child process.
 *
 * The Java file runs in single-file source mode, so nothing is compiled into the tree. The
 * child is given a random token in its environment (never on the command line, where `ps` would
 * show it) and a free port; start-up is over when it prints `READY <port>`, i.e. once the models
 * (~30 s on a busy 2-core machine) are loaded. It never outlives this process, three ways over:
 * `stop()` sends SIGTERM, an `exit` hook sends SIGKILL, and the server exits by itself when its
 * stdin (a pipe held by this process) closes — which also covers SIGKILL of Node itself.
 * The child and its pipes are unref'd: a running parser alone does not keep Node alive.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ensureParserDistribution, findParserJava, PARSER_SOURCE } from './distribution.ts';
import { PARSER_FIXES, ParserError } from './errors.ts';

export interface ParserOptions {
  /** Where the jars are cached (`<localDir>/dist/<version>`), e.g. config.PARSER_LOCAL_DIR. */
  localDir: string;
  /** JVM heap, e.g. `2g` (the models take ~1 GB). */
  heap?: string;
  /** Connections served at once (each on its own thread). */
  threads?: number;
  /** Port on 127.0.0.1; 0 (default) = a free one. */
  port?: number;
  /** Longest sentence, in tokens, that is dependency-parsed (default 120). */
  maxDepLength?: number;
  startTimeoutMs?: number;
  /** Extra JVM arguments, e.g. `-Dcorenlp.pos.maxlen=200` (CoreNLP properties prefixed `corenlp.`). */
  jvmArgs?: string[];
  onDownloadProgress?: (files: number) => void;
}

export interface ParserProcess {
  port: number;
  token: string;
  pid: number;
  /** Resolves when the process has exited, whoever ended it. */
  exited: Promise<void>;
  /** The last lines the process wrote to stderr. */
  stderrTail(): string[];
  /** Stops the process and resolves when it has exited. Safe to call twice. */
  stop(): Promise<void>;
}

const JVM_FLAGS = ['-XX:+UseParallelGC', '-XX:-OmitStackTraceInFastThrow', '-Dfile.encoding=UTF-8'];

/** Keeps the last `max` lines of a stream that say something: no blank lines, no Java stack frames. */
function tailLines(stream: Readable, max: number): () => string[] {
  const lines: string[] = [];
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) {
      if (!line.trim() || /^\s+at |^\s*\.\.\. \d+ more/.test(line)) continue;
      lines.push(line);
      if (lines.length > max) lines.shift();
    }
  });
  return () => [...lines];
}

/** Starts the parser (downloading CoreNLP first if needed) and resolves once it is READY. */
export async function startParser(options: ParserOptions): Promise<ParserProcess> {
  const java = findParserJava();
  const dist = await ensureParserDistribution(options.localDir, options.onDownloadProgress);
  const token = randomBytes(24).toString('base64url');
  const args = [
    `-Xmx${options.heap ?? '2g'}`,
    ...JVM_FLAGS,
    ...(options.jvmArgs ?? []),
    '-cp',
    `${dist.libDir}/*`,
    PARSER_SOURCE,
    String(options.port ?? 0),
    String(options.threads ?? 2),
    String(options.maxDepLength ?? 120),
  ];
  const child = spawn(java.executable, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PARSER_TOKEN: token } });
  const stderrTail = tailLines(child.stderr, 20);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => process.removeListener('exit', killOnExit));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };

  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(
      () =>
        reject(
          new ParserError(
            'PARSER_START_TIMEOUT',
            `the parser did not report READY within ${Math.round(timeoutMs / 1000)} s (loading the models takes ~30 s on a busy 2-core machine). Give it more time, or free CPU and memory (PARSER_HEAP=${options.heap ?? '2g'}).`,
            stderrTail(),
          ),
        ),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /^READY (\d+)$/m.exec(stdout);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      resolve(Number(m[1]));
    };
    const onExit = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      reject(
        new ParserError(
          'PARSER_START_FAILED',
          `the parser exited during start-up (${signal ?? `exit ${code}`}). See its stderr below; a missing or damaged jar is fixed by deleting ${options.localDir}/dist and running \`npm run -s cli -- parser fetch\`; an OutOfMemoryError by a larger PARSER_HEAP.`,
          stderrTail(),
        ),
      );
    };
    child.stdout.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (err) =>
      reject(new ParserError('PARSER_START_FAILED', `could not run ${java.executable}: ${err.message}. ${PARSER_FIXES.java}.`)),
    );
  }).catch(async (err: unknown) => {
    await stop();
    throw err;
  });

  child.stdout.resume(); // keep draining; nothing else is printed there
  for (const stream of [child.stdin, child.stdout, child.stderr] as unknown as Array<{ unref?: () => void }>) stream.unref?.();
  child.unref();
  return { port, token, pid: child.pid!, exited, stderrTail, stop };
}
