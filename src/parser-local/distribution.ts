/**
 * CoreNLP's jars (the code and the 474 MB English models, GPL v3+): fetched from Maven Central
 * by the machine's Maven using `parser-local/pom.xml` into `<localDir>/dist/<version>/lib`,
 * staged and renamed into place when complete (src/local-java/maven.ts, as for Neo4j). They are
 * never committed or linked into this code: the parser runs as a separate Java process.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { probeJava, type JavaRuntime } from '../local-java/java.ts';
import { fetchWithMaven, pomProperty } from '../local-java/maven.ts';
import { PARSER_FIXES, ParserError } from './errors.ts';

export const PARSER_POM = path.join(PROJECT_ROOT, 'parser-local', 'pom.xml');
export const PARSER_SOURCE = path.join(PROJECT_ROOT, 'parser-local', 'ParseServer.java');

/** The CoreNLP version pinned in the pom. */
export function pinnedCoreNlpVersion(): string {
  return pomProperty(PARSER_POM, 'corenlp.version');
}

/** Ensures the jars are present (downloading on first use) and returns their folder. */
export async function ensureParserDistribution(
  localDir: string,
  onProgress?: (files: number) => void,
): Promise<{ version: string; libDir: string }> {
  const version = pinnedCoreNlpVersion();
  const libDir = await fetchWithMaven({
    pomPath: PARSER_POM,
    distDir: path.join(localDir, 'dist', version),
    onProgress,
    mavenMissing: () =>
      new ParserError(
        'MAVEN_MISSING',
        `Maven (mvn) was not found, and it is how CoreNLP ${version} (~490 MB with its models) is fetched from Maven Central. ${PARSER_FIXES.maven}, then try again.`,
      ),
    failed: (code, lines) =>
      new ParserError(
        'DOWNLOAD_FAILED',
        `Maven could not fetch CoreNLP ${version} from Maven Central (exit ${code}). Check the network to repo.maven.apache.org and the free disk space (~1 GB with ~/.m2), then ${PARSER_FIXES.fetch}.`,
        lines,
      ),
  });
  return { version, libDir };
}

/**
 * The `java` for the parser: 17 or newer (CoreNLP needs 8+, single-file source mode 11+; 17 is
 * what the project's Neo4j needs anyway, so one JDK serves both).
 */
export function findParserJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const probe = probeJava((major) => major >= 17, env);
  if (probe.ok) return probe.runtime;
  if (probe.problem === 'missing') {
    throw new ParserError(
      'JAVA_MISSING',
      `no working Java was found on ${probe.where}, and the local CoreNLP parser runs on Java. ${PARSER_FIXES.java}.`,
    );
  }
  throw new ParserError(
    'JAVA_VERSION',
    `${probe.executable} is Java ${probe.major ?? 'of an unknown version'}, but the local parser needs Java 17 or newer. ${PARSER_FIXES.java}.`,
  );
}
