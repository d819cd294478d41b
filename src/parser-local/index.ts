/** The local CoreNLP dependency parser: what the extraction pipeline imports. */
export type { EnhancedEdge, ParsedSentence, ParsedToken, SentenceParser } from './types.ts';
export { ParserError, type ParserErrorCode } from './errors.ts';
export { startParser, type ParserOptions, type ParserProcess } from './process.ts';
export { connectParser } from './client.ts';
export { getSharedParser, sharedParserPid, stopSharedParser } from './shared.ts';
export { ensureParserDistribution } from './distribution.ts';
