/**
 * The local Neo4j's jars: resolved from Maven Central by the machine's Maven, using
 * `neo4j-local/pom.xml`, into `<localDir>/dist/<version>/lib`. The copy goes to a temporary
 * folder that is renamed into place only when Maven succeeded, so an interrupted download is
 * never mistaken for a complete one; a second start reuses the folder (and Maven's ~/.m2 cache).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { FIXES, LocalNeo4jError } from './errors.ts';

export const POM_PATH = path.join(PROJECT_ROOT, 'neo4j-local', 'pom.xml');

/** The Neo4j version pinned in the pom (one place to change it; docker-compose must follow). */
export function pinnedNeo4jVersion(): string {
  const pom = fs.readFileSync(POM_PATH, 'utf8');
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new Error(`no <neo4j.version> in ${POM_PATH}`);
  return m[1];
}

export interface Distribution {
  version: string;
  libDir: string;
}

/** Ensures the jars are present, downloading them on first use; reports progress by file count. */
export async function ensureDistribution(localDir: string, onProgress?: (files: number) => void): Promise<Distribution> {
  const version = pinnedNeo4jVersion();
  const distDir = path.join(localDir, 'dist', version);
  const libDir = path.join(distDir, 'lib');
  const marker = path.join(distDir, 'complete');
  if (fs.existsSync(marker)) return { version, libDir };

  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      'MAVEN_MISSING',
      `Maven (mvn) was not found, and it is how the local Neo4j ${version} is fetched from Maven Central. Install it (Debian: \`apt-get install maven\`), or ${FIXES.uri}, or ${FIXES.docker}.`,
    );
  }
  const staging = `${distDir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const args = ['-B', '-f', POM_PATH, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${path.join(staging, 'lib')}`];
  const output: string[] = [];
  const code = await new Promise<number>((resolve) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let files = 0;
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 40) output.shift();
        if (/Copying |Downloaded from/.test(line)) onProgress?.(++files);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', () => resolve(-1));
    child.on('close', (c) => resolve(c ?? -1));
  });
  if (code !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new LocalNeo4jError(
      'DOWNLOAD_FAILED',
      `Maven could not fetch Neo4j ${version} from Maven Central (exit ${code}). Check the network to repo.maven.apache.org, then run \`npm start\` again; or ${FIXES.uri}.`,
      output.filter((l) => /ERROR|FAIL/.test(l)).slice(-8),
    );
  }
  fs.writeFileSync(path.join(staging, 'complete'), `${new Date().toISOString()}\n`);
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.renameSync(staging, distDir);
  return { version, libDir };
}
