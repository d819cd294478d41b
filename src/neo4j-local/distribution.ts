/**
 * The local Neo4j's jars: resolved from Maven Central by the machine's Maven, using
 * `neo4j-local/pom.xml`, into `<localDir>/dist/<version>/lib` (staged, then renamed into place
 * with a `complete` marker: see src/local-java/maven.ts); a second start reuses the folder.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { fetchWithMaven, pomProperty } from '../local-java/maven.ts';
import { FIXES, LocalNeo4jError } from './errors.ts';

export const POM_PATH = path.join(PROJECT_ROOT, 'neo4j-local', 'pom.xml');

/** The Neo4j version pinned in the pom (one place to change it; docker-compose must follow). */
export function pinnedNeo4jVersion(): string {
  return pomProperty(POM_PATH, 'neo4j.version');
}

export interface Distribution {
  version: string;
  libDir: string;
}

/** Ensures the jars are present, downloading them on first use; reports progress by file count. */
export async function ensureDistribution(localDir: string, onProgress?: (files: number) => void): Promise<Distribution> {
  const version = pinnedNeo4jVersion();
  const libDir = await fetchWithMaven({
    pomPath: POM_PATH,
    distDir: path.join(localDir, 'dist', version),
    onProgress,
    mavenMissing: () =>
      new LocalNeo4jError(
        'MAVEN_MISSING',
        `Maven (mvn) was not found, and it is how the local Neo4j ${version} is fetched from Maven Central. Install it (Debian: \`apt-get install maven\`), or ${FIXES.uri}, or ${FIXES.docker}.`,
      ),
    failed: (code, lines) =>
      new LocalNeo4jError(
        'DOWNLOAD_FAILED',
        `Maven could not fetch Neo4j ${version} from Maven Central (exit ${code}). Check the network to repo.maven.apache.org, then run \`npm start\` again; or ${FIXES.uri}.`,
        lines,
      ),
  });
  return { version, libDir };
}
