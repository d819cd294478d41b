/**
 * A GraphQL server in a child process (our API or the peer), so its memory is measured apart
 * from the load generator and its event loop is not shared with it. The child is a TypeScript
 * entry run by this same Node with tsx's loader (`--import tsx`, so the pid is the server's own
 * process, not a wrapper), binds 127.0.0.1:0 and reports `{ port }` over IPC. `stop()` asks it
 * to close, then escalates to SIGKILL if it does not exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';

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
export async function startChildServer(entry: string, env: Record<string, string>, nodeFlags: string[] = [], timeoutMs = 60_000): Promise<ChildServer> {
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
 * For the child side: reports the port to the parent, and runs `close` then exits when the
 * parent says stop or goes away.
 */
export function serveChild(port: number, close: () => Promise<void>): void {
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    try {
      await close();
    } finally {
      process.exit(0);
    }
  };
  process.on('message', (m: { type?: string }) => m?.type === 'stop' && void shutdown());
  process.on('disconnect', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  process.send?.({ port });
}
