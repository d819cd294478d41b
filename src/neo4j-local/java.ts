/**
 * Finds the `java` the local Neo4j runs on. Neo4j 5.26 (LTS) supports Java 17 and 21 only, so
 * any other major version is refused up front instead of failing later inside the JVM.
 * The probing itself (JAVA_HOME over PATH) is shared with the local parser: src/local-java/java.ts.
 */
import { probeJava, type JavaRuntime } from '../local-java/java.ts';
import { FIXES, LocalNeo4jError } from './errors.ts';

export { parseJavaMajor, type JavaRuntime } from '../local-java/java.ts';

export const SUPPORTED_JAVA = [17, 21] as const;

/** Returns the Java runtime to use, or throws JAVA_MISSING / JAVA_VERSION with the fix. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const probe = probeJava((major) => (SUPPORTED_JAVA as readonly number[]).includes(major), env);
  if (probe.ok) return probe.runtime;
  if (probe.problem === 'missing') {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `no working Java was found on ${probe.where}, and the local Neo4j 5.26 needs Java 17 or 21. ${FIXES.java}; or ${FIXES.uri}; or ${FIXES.docker}.`,
    );
  }
  throw new LocalNeo4jError(
    'JAVA_VERSION',
    `${probe.executable} is Java ${probe.major ?? 'of an unknown version'}, but Neo4j 5.26 runs only on Java 17 or 21. ${FIXES.java}; or ${FIXES.uri}; or ${FIXES.docker}.`,
  );
}
