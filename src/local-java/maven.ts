/**
 * Jars of a local Java service, resolved from Maven Central by the machine's Maven from a pom
 * that only lists dependencies (`neo4j-local/pom.xml`, `parser-local/pom.xml`), copied into
 * `<distDir>/lib`. The copy goes to a staging folder that is renamed into place only when Maven
 * succeeded and a `complete` marker is written, so an interrupted download is never mistaken for
 * a complete one; later calls reuse the folder (and Maven's ~/.m2 cache).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Reads a `<property>` pinned in a pom (one place to change a version). */
export function pomProperty(pomPath: string, property: string): string {
  const pom = fs.readFileSync(pomPath, 'utf8');
  const m = new RegExp(`<${property.replace(/\./g, '\\.')}>([^<]+)</${property.replace(/\./g, '\\.')}>`).exec(pom);
  if (!m?.[1]) throw new Error(`no <${property}> in ${pomPath}`);
  return m[1];
}

export interface MavenFetch {
  pomPath: string;
  /** `<localDir>/dist/<version>`; the jars land in its `lib/`. */
  distDir: string;
  /** Called with the number of files downloaded or copied so far. */
  onProgress?: (files: number) => void;
  /** The service's own errors: Maven is not installed; Maven failed (exit code, its error lines). */
  mavenMissing: () => Error;
  failed: (exitCode: number, errorLines: string[]) => Error;
}

/** True when a previous fetch into `distDir` completed. */
export function isFetched(distDir: string): boolean {
  return fs.existsSync(path.join(distDir, 'complete'));
}

/** Ensures `<distDir>/lib` holds the pom's runtime dependencies; returns that folder. */
export async function fetchWithMaven(options: MavenFetch): Promise<string> {
  const { distDir } = options;
  const libDir = path.join(distDir, 'lib');
  if (isFetched(distDir)) return libDir;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) throw options.mavenMissing();

  const staging = `${distDir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const args = [
    '-B',
    '-f',
    options.pomPath,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${path.join(staging, 'lib')}`,
  ];
  const output: string[] = [];
  const code = await new Promise<number>((resolve) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let files = 0;
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 40) output.shift();
        if (/Copying |Downloaded from/.test(line)) options.onProgress?.(++files);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', () => resolve(-1));
    child.on('close', (c) => resolve(c ?? -1));
  });
  if (code !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw options.failed(code, output.filter((l) => /ERROR|FAIL/.test(l)).slice(-8));
  }
  fs.writeFileSync(path.join(staging, 'complete'), `${new Date().toISOString()}\n`);
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.renameSync(staging, distDir);
  return libDir;
}
