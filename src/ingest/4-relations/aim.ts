/**
 * Construction class: an attack aimed at a target. "The offensive was aimed at X", "operations
 * … were aimed at militants of X", "the strikes were directed against X": an attack noun (lexicon
 * ATTACKS nouns) as the passive subject of a verb of aiming (lexicon `aimVerbs`) attacks the
 * at/against phrase. The attacker is the noun's own (possessor, by-phrase, modifier), else the
 * party that reports it ("the army said the offensive was aimed at X").
 */
import { kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon, nounOf } from '../lexicon.ts';
import { prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf, speakerOf } from './factuality.ts';
import { sourcesOf } from './nominal.ts';
import { isParty, record, speakerMentions } from './record.ts';

/** Matches a verb of aiming at `v` whose passive subject is an attack noun. */
export function matchAim(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB') || !lexicon().sets.aimVerbs.has(v.lem)) return;
  const attack = kids(ctx.g, v.i, 'nsubj:pass').find((n) => nounOf(n.lem, 'ATTACKS') || nounOf(n.lem.replace(/s$/, ''), 'ATTACKS'));
  if (!attack) return;
  const targets = prepMentions(ctx, v.i, ['at', 'against']).flatMap((p) => p.mentions);
  if (!targets.length) return;
  let sources = sourcesOf(ctx, attack, undefined);
  const say = v.rel === 'ccomp' ? tok(ctx.g, v.head) : undefined;
  if (!sources.length && say && lexicon().sets.speech.has(say.lem)) {
    const speaker = speakerOf(ctx.g, say.i);
    sources = speaker === undefined ? [] : speakerMentions(ctx, speaker).filter((m) => isParty(ctx, m));
  }
  if (sources.length) record(ctx, { type: 'ATTACKS', sources, targets, at: v, rule: 'aimed:attacks', fact: factualityOf(ctx.g, v.i) });
}
