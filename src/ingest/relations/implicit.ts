/**
 * Counterparts that the text leaves implicit.
 *
 * "secretly demanded a crackdown", "vowed revenge", "ended the truce": a demand, threat or truce
 * is always aimed at someone. Preference: the target the same agent already has in this
 * sentence (coordinated clauses share it), then another government named in the last two
 * sentences, then — for an armed group — the state it fights (the article's dominant government).
 * These guesses carry low confidence.
 */
import { dominantGovernment } from '../article-state.ts';
import type { Mention } from '../types.ts';
import { foundInSentence, type SentenceContext } from './context.ts';

export { dominantGovernment };

/** Target already given to `source` earlier in this sentence. */
export function sameSentenceTarget(ctx: SentenceContext, source: string): string | undefined {
  return foundInSentence(ctx).filter((c) => c.source === source).pop()?.target;
}

/** The implied counterpart of `source`, or '' when none can be argued. */
export function implicitCounterpart(ctx: SentenceContext, source: string): string {
  const coordinated = sameSentenceTarget(ctx, source);
  if (coordinated) return coordinated;
  const kind = ctx.state.entities.get(source)?.kind;
  if (kind === 'Government') {
    for (let back = 0; back <= 2; back++) {
      const list: readonly Mention[] = back === 0 ? ctx.mentions : ctx.state.mentions[ctx.sentence.index - back] ?? [];
      const other = [...list].reverse().find((m) => m.kind === 'Government' && !m.place && m.id && m.id !== source);
      if (other) return other.id;
    }
    return '';
  }
  if (kind === 'ArmedGroup') return dominantGovernment(ctx.state);
  return '';
}

/** Prefer, among an anaphor's candidates, the target this agent already has in the sentence. */
export function preferCoordinated(ctx: SentenceContext, m: Mention | undefined, source: string): Mention | string | undefined {
  if (!m?.anaphor) return m;
  const coordinated = sameSentenceTarget(ctx, source);
  return coordinated && m.candidates?.includes(coordinated) ? coordinated : m;
}
