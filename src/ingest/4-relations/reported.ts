/**
 * Reported speech with an obligation modal: "X said Y must stop Z", "X told reporters Y
 * should act" is X demanding of Y (DEMANDS X → Y). The speaker is the subject of the verb of
 * saying; the addressee is the subject of the modal clause.
 */
import { kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { mentionsAt } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf } from './factuality.ts';
import { lexicon } from '../lexicon.ts';
import { record } from './record.ts';

/** Matches a modal clause under a verb of saying at verb `v`. */
export function matchReportedDemand(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon();
  if (v.rel !== 'ccomp') return;
  const say = tok(ctx.g, v.head);
  if (!say || !L.sets.speech.has(say.lem)) return;
  const modal = kids(ctx.g, v.i, 'aux').find((a) => L.sets.obligation.has(a.lem));
  if (!modal) return;
  const speaker = kids(ctx.g, say.i, 'nsubj')[0];
  const addressee = kids(ctx.g, v.i, 'nsubj', 'nsubj:pass')[0];
  if (!speaker || !addressee) return;
  const fact = factualityOf(ctx.g, say.i);
  record(ctx, { type: 'DEMANDS', sources: mentionsAt(ctx, speaker.i), targets: mentionsAt(ctx, addressee.i), at: v, rule: 'reported:modal-demand', fact });
}
