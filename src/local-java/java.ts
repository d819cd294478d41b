/**
 * Finding a `java` for the project's local Java services (Neo4j, the CoreNLP parser). JAVA_HOME
 * wins over PATH, as it does for Neo4j's own launcher. Each service decides which major versions
 * it accepts and words its own error, so this module only probes and reports.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface JavaRuntime {
  executable: string;
  major: number;
  versionLine: string;
}

/** What probing found: a runtime, no working java (and where we looked), or a refused version. */
export type JavaProbe =
  | { ok: true; runtime: JavaRuntime }
  | { ok: false; problem: 'missing'; where: string }
  | { ok: false; problem: 'version'; executable: string; major: number | undefined };

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(output: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Runs `java -version` from JAVA_HOME or PATH and checks the major version with `accepts`. */
export function probeJava(accepts: (major: number) => boolean, env: NodeJS.ProcessEnv = process.env): JavaProbe {
  const executable = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(executable, ['-version'], { encoding: 'utf8', env });
  if (probe.error || probe.status !== 0) {
    return { ok: false, problem: 'missing', where: env.JAVA_HOME ? `JAVA_HOME (${env.JAVA_HOME})` : 'PATH' };
  }
  const output = `${probe.stderr}${probe.stdout}`;
  const major = parseJavaMajor(output);
  if (major === undefined || !accepts(major)) return { ok: false, problem: 'version', executable, major };
  return { ok: true, runtime: { executable, major, versionLine: output.split('\n')[0] ?? '' } };
}
