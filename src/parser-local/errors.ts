/**
 * A failure of the local parser, told as one paragraph: what failed, the evidence (the last
 * lines of the Java process's stderr where there are some), and the fix.
 */
import { LocalServiceError } from '../local-java/errors.ts';

export type ParserErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_VERSION'
  | 'MAVEN_MISSING'
  | 'DOWNLOAD_FAILED'
  | 'PARSER_START_FAILED'
  | 'PARSER_START_TIMEOUT'
  | 'PARSER_CRASHED'
  | 'PARSER_REQUEST_FAILED';

export const PARSER_FIXES = {
  java: 'Install Java 17 or newer (Debian: `apt-get install openjdk-17-jre-headless`) or point JAVA_HOME at one',
  maven: 'Install Maven (Debian: `apt-get install maven`)',
  fetch: 'run `npm run -s cli -- parser fetch` to download CoreNLP first',
} as const;

export class ParserError extends LocalServiceError<ParserErrorCode> {
  override name = 'ParserError';
  protected readonly service = 'Local parser';
  protected readonly logName = "the parser's stderr";
}
