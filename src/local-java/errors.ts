/**
 * A failure of a local Java service (Neo4j, the CoreNLP parser), told as one paragraph: what
 * failed, the evidence (the last lines of the service's log or stderr where there are some), and
 * the fix. Each service names itself and its codes in a subclass.
 */
export abstract class LocalServiceError<Code extends string> extends Error {
  /** How the paragraph starts, e.g. "Local Neo4j". */
  protected abstract readonly service: string;
  /** Where the tail lines come from, e.g. "the Neo4j log". */
  protected abstract readonly logName: string;

  constructor(
    readonly code: Code,
    message: string,
    readonly logTail: string[] = [],
  ) {
    super(message);
  }

  /** The paragraph shown to the user. */
  describe(): string {
    const tail = this.logTail.length ? `\n\nLast lines of ${this.logName}:\n  ${this.logTail.join('\n  ')}` : '';
    return `${this.service} [${this.code}]: ${this.message}${tail}`;
  }
}
