/**
 * Finds the `java` the local Neo4j runs on. Neo4j 5.26 (LTS) supports Java 17 and 21 only, so
 * any other major version is refused up front instead of failing later inside the JVM.
 * JAVA_HOME wins over PATH, as it does for Neo4j's own launcher.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { FIXES, LocalNeo4jError } from './errors.ts';

export const SUPPORTED_JAVA = [17, 21] as const;

export interface JavaRuntime {
  executable: string;
  major: number;
  versionLine: string;
}

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(output: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Returns the Java runtime to use, or throws JAVA_MISSING / JAVA_VERSION with the fix. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const executable = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(executable, ['-version'], { encoding: 'utf8', env });
  if (probe.error || probe.status !== 0) {
    const where = env.JAVA_HOME ? `JAVA_HOME (${env.JAVA_HOME})` : 'PATH';
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `no working Java was found on ${where}, and the local Neo4j 5.26 needs Java 17 or 21. ${FIXES.java}; or ${FIXES.uri}; or ${FIXES.docker}.`,
    );
  }
  const output = `${probe.stderr}${probe.stdout}`;
  const major = parseJavaMajor(output);
  if (major === undefined || !(SUPPORTED_JAVA as readonly number[]).includes(major)) {
    throw new LocalNeo4jError(
      'JAVA_VERSION',
      `${executable} is Java ${major ?? 'of an unknown version'}, but Neo4j 5.26 runs only on Java 17 or 21. ${FIXES.java}; or ${FIXES.uri}; or ${FIXES.docker}.`,
    );
  }
  return { executable, major, versionLine: output.split('\n')[0] ?? '' };
}
