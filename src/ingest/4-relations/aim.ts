/**
 * Construction class: an attack aimed at a target. "The offensive was aimed at X", "operations
 * … were aimed at militants of X", "the strikes were directed against X": an attack noun (lexicon
 * ATTACKS nouns) as the passive subject of a verb of aiming (lexicon `aimVerbs`) attacks the
 * at/against phrase. The attacker is the noun's own (possessor, by-phrase, modifier), else the
 * party that reports it when it is a military operation ("the army said the offensive was aimed
 * at X"; lexicon `operationNouns`), not an attack it only reports.
 */
import { kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { hasWord, lexicon, nounOf } from '../lexicon.ts';
import { prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import type { Mention } from '../types.ts';
import { factualityOf, speakerOf } from './factuality.ts';
import { sourcesOf } from './nominal.ts';
import { partySpeakers, record } from './record.ts';

/** Matches a verb of aiming at `v` whose passive subject is an attack noun. */
export function matchAim(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB') || !lexicon().sets.aimVerbs.has(v.lem)) return;
  const attack = kids(ctx.g, v.i, 'nsubj:pass').find((n) => nounOf(n.lem, 'ATTACKS') || nounOf(n.lem.replace(/s$/, ''), 'ATTACKS'));
  if (!attack) return;
  const targets = prepMentions(ctx, v.i, ['at', 'against']).flatMap((p) => p.mentions);
  if (!targets.length) return;
  const sources = sourcesOf(ctx, attack, undefined);
  const attackers = sources.length ? sources : hasWord(lexicon().sets.operationNouns, attack.lem) ? reportingParty(ctx, v) : [];
  if (attackers.length)
    record(ctx, { type: 'ATTACKS', sources: attackers, targets, at: v, rule: 'aimed:attacks', fact: factualityOf(ctx.g, v.i) });
}

/**
 * The party that reports clause `v` ("the army said the offensive was aimed at X", "officials
 * said the strikes had targeted X"): the speaker of the verb of saying whose complement it is,
 * when that speaker is a party to the conflict (the attacker an unowned attack noun implies).
 */
export function reportingParty(ctx: ClauseContext, v: DepToken): Mention[] {
  const say = v.rel === 'ccomp' ? tok(ctx.g, v.head) : undefined;
  if (!say || !lexicon().sets.speech.has(say.lem)) return [];
  return partySpeakers(ctx, speakerOf(ctx.g, say.i));
}
