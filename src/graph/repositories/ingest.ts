/**
 * Ingesting an article, for the API mutation and the CLI alike: validates the input, then
 * extracts and writes it in one transaction (write-article.ts).
 */
import { AppError, badInput } from '../../errors.ts';
import { ParserError } from '../../parser-local/index.ts';
import { looksBinary } from '../../ingest/1-text/input-checks.ts';
import type { KnownActor } from '../../knowledge/actors.ts';
import type { SentenceParser } from '../../parser-local/index.ts';
import { ingestArticle, type ArticleInput } from './write-article.ts';
import { optionalDate, optionalText, optionalUrl } from '../../model/validate.ts';
import type { Gateway } from '../gateway.ts';

/** The same bound as the CLI: news articles are kilobytes; a megabyte is a dump. */
export const MAX_ARTICLE_CHARS = 1024 * 1024;

/** The parser is a service like the database: its failures are SERVICE_UNAVAILABLE, with the reason. */
async function withParserErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ParserError)
      throw new AppError('SERVICE_UNAVAILABLE', `the sentence parser is unavailable (${err.code}); see the server log`, {
        reason: err.code,
      });
    throw err;
  }
}

export function createIngestRepository(gateway: Gateway) {
  return {
    /** `graphActors`: a snapshot of the graph's actors a batch reuses (see loadGraphActors). */
    async ingest(input: ArticleInput, options: { graphActors?: KnownActor[]; parser?: SentenceParser } = {}) {
      const text = input.text ?? '';
      if (!text.trim()) throw badInput('text must not be empty', { field: 'text' });
      if (text.length > MAX_ARTICLE_CHARS)
        throw badInput(`text is too long (${text.length} characters, at most ${MAX_ARTICLE_CHARS})`, { field: 'text' });
      if (looksBinary(text)) throw badInput('text looks like binary data, not an article', { field: 'text' });
      return withParserErrors(() =>
        ingestArticle(
          gateway,
          {
            text,
            title: optionalText('title', input.title, 500),
            url: optionalUrl('url', input.url),
            publisher: optionalText('publisher', input.publisher, 200),
            publishedAt: optionalDate('publishedAt', input.publishedAt),
          },
          options.graphActors,
          options.parser,
        ),
      );
    },
  };
}
