/**
 * Construction class: a request made at a summons. "The foreign secretary summoned the Valdorian
 * envoy. The Valdorian government was asked to act against the Front": a passive verb of asking
 * with no by-phrase (a DEMANDS verb) was asked by whoever summoned someone in the same or the
 * previous sentence (lexicon `summonVerbs`; a person for the body they serve), or, failing that, by the party the sentence
 * attributes it to ("according to X, the envoy was asked to …").
 * Construction class: a request reported by its asker. "Ostmark was asked to act against the
 * Front, the Levy said", "The Levy said Ostmark had been asked to …": with no summons and no
 * attribution, the party to the conflict who reports the agentless request made it.
 */
import { kids, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon } from '../lexicon.ts';
import type { Mention } from '../types.ts';
import { mentionsAt } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { byId } from './parties.ts';
import { agentNodes } from './frame.ts';
import { bodyOfPerson } from './emit.ts';
import { factualityOf, speakerOf } from './factuality.ts';
import { partySpeakers } from './record.ts';

/** How many sentences after a summons a passive request still belongs to it. */
const SUMMONS_REACH = 1;

/** Notes the agent of a verb of summoning at `v` as the article's last summoner. */
export function noteSummoner(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB') || !lexicon().sets.summonVerbs.has(v.lem)) return;
  const summoner = agentNodes(ctx.g, v)
    .flatMap((a) => mentionsAt(ctx, a))
    .find((m) => m.id && !m.place);
  // a summons is an act of office: a person summons for the body they serve ("the foreign secretary summoned …")
  const source = summoner?.kind === 'Person' ? (bodyOfPerson(ctx, summoner.id) ?? summoner.id) : summoner?.id;
  if (source) ctx.memory.lastSummoner = { source, sentence: ctx.sentence.index };
}

/** The asker of an agentless passive request at verb `v` (see the module comment), or none. */
export function implicitAsker(ctx: ClauseContext, v: DepToken): Mention[] {
  const summoner = ctx.memory.lastSummoner;
  if (summoner && ctx.sentence.index - summoner.sentence <= SUMMONS_REACH) return [byId(ctx, summoner.source)];
  // "According to X, the envoy was asked to …": the attributed party
  // (the parser makes "according to" the case of the attributed noun)
  const according = ctx.g.tokens.find((t) => t.word.toLowerCase() === 'according' && t.rel === 'case' && t.head !== v.i);
  if (according) return mentionsAt(ctx, according.head);
  // ("…, the Levy said": the parser may hang the verb of saying on the request as a parataxis)
  const speech = factualityOf(ctx.g, v.i).speechVerb ?? kids(ctx.g, v.i, 'parataxis').find((p) => lexicon().sets.speech.has(p.lem))?.i;
  return speech === undefined ? [] : partySpeakers(ctx, speakerOf(ctx.g, speech));
}
