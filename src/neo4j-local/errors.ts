/**
 * A failure of the local Neo4j, told as one paragraph: what failed, the evidence (the last lines
 * of the Neo4j log where there is one), and the fix. `npm start` prints it and exits non-zero.
 */
import { LocalServiceError } from '../local-java/errors.ts';

export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_VERSION'
  | 'MAVEN_MISSING'
  | 'DOWNLOAD_FAILED'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'BAD_CONFIG'
  | 'START_FAILED'
  | 'START_TIMEOUT';

export const FIXES = {
  java: 'Install Java 17 or 21 (Debian: `apt-get install openjdk-17-jre-headless`) or point JAVA_HOME at one',
  uri: 'set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD to use a Neo4j you already run',
  docker: 'run `docker compose up` where a Docker engine is available',
} as const;

export class LocalNeo4jError extends LocalServiceError<LocalNeo4jErrorCode> {
  override name = 'LocalNeo4jError';
  protected readonly service = 'Local Neo4j';
  protected readonly logName = 'the Neo4j log';
}
