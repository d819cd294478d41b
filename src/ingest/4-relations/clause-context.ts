/**
 * What every parse-based relation pattern sees: one sentence, its dependency graph, its
 * resolved mentions mapped onto parse tokens, and the article memory shared across sentences.
 */
import type { ArticleState } from '../article-state.ts';
import type { DepGraph, DepToken } from '../2-parse/dependency-graph.ts';
import type { ArticleMemory, SentenceContext } from './context.ts';
import type { Sentence } from '../1-text/sentences.ts';
import type { Mention } from '../types.ts';

export interface ClauseContext extends SentenceContext {
  g: DepGraph;
  /** Mention covering each parse token (by 1-based index), if any. */
  mentionOf: Map<number, Mention>;
}

/** Builds the context: a parse token belongs to the mention whose character span contains it. */
export function createClauseContext(
  sentence: Sentence,
  mentions: Mention[],
  g: DepGraph,
  state: ArticleState,
  memory: ArticleMemory,
): ClauseContext {
  const mentionOf = new Map<number, Mention>();
  for (const t of g.tokens) {
    const m =
      mentions.find((x) => x.start <= t.absStart && t.absEnd <= x.stop) ??
      mentions.find((x) => t.absStart <= x.start && x.stop <= t.absEnd);
    if (m) mentionOf.set(t.i, m);
  }
  return { sentence, tokens: sentence.tokens, mentions, state, memory, g, mentionOf };
}

/** Index of the old-tokeniser token at a parse token (relation records keep that index for dates). */
export function oldTokenAt(ctx: ClauseContext, t: DepToken): number {
  const k = ctx.tokens.findIndex((x) => x.end > t.absStart);
  return k < 0 ? Math.max(0, ctx.tokens.length - 1) : k;
}
