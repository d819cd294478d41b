/**
 * A GraphQL server in a child process (our API or the peer), so its memory is measured apart
 * from the load generator and its event loop is not shared with it. The child is a TypeScript
 * entry run by this same Node with tsx's loader (`--import tsx`, so the pid is the server's own
 * process, not a wrapper), binds 127.0.0.1:0 and reports `{ port }` over IPC. `stop()` asks it
 * to close, then escalates to SIGKILL if it does not exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import type { Express } from 'express';

export interface ChildServer {
  pid: number;
  url: string;
  /** The last lines the child wrote (for error reports). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `entry` with `env` (and extra Node flags, e.g. --cpu-prof); resolves once it listens,
 * rejects if it exits or takes over `timeoutMs`.
 */
export async function startChildServer(
  entry: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
  timeoutMs = 60_000,
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', entry], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, ...env },
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send({ type: 'stop' });
    else child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${entry} did not report its port within ${timeoutMs} ms`)), timeoutMs);
      child.once('message', (m: { port?: number; error?: string }) => {
        clearTimeout(timer);
        if (m.port) resolve(m.port);
        else reject(new Error(`${entry} failed to start: ${m.error ?? 'no port'}`));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${entry} exited (${code}) before listening:\n${lines.join('\n')}`));
      });
    });
    return { pid: child.pid!, url: `http://127.0.0.1:${port}`, output: () => lines.join('\n'), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Child side: listens with `app` on 127.0.0.1 and a port the OS picks, reports the port over
 * IPC, and on "stop", IPC disconnect or SIGTERM closes HTTP, then `closeRest` (Apollo, driver,
 * Neo4j), then exits.
 */
export async function serveChild(app: Express, closeRest: () => Promise<void>): Promise<void> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    try {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await closeRest();
    } finally {
      process.exit(0);
    }
  };
  process.on('message', (m: { type?: string }) => m?.type === 'stop' && void shutdown());
  process.on('disconnect', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
}
