/**
 * Construction class: an act done at someone's request. "talks, which began at the request of
 * X", "engaged in talks with Y at the insistence of X": talks held at X's request or insistence
 * are talks X brought about (MEDIATES X → the parties); "Y was freed at X's request", "Y acted at
 * the behest of X": any other act is X's demand of whoever acted (DEMANDS X → Y). The requester
 * is the noun's possessor or of-phrase (lexicon `requestNouns`). Also an ultimatum given as a
 * time limit ("gave X 24 hours to …"; `matchUltimatum`) and a request for someone's help
 * ("sought Kabul's cooperation"; `matchHelpSought`).
 */
import { hasCase, kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon, phrasalPreps } from '../lexicon.ts';
import type { Mention } from '../types.ts';
import { mentionsAt, prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf } from './factuality.ts';
import { agentNodes } from './frame.ts';
import { stateModifier, talkParties } from './parties.ts';
import { pairsOf, record } from './record.ts';

/**
 * Construction class: an ultimatum as a time limit. "The League gave Valdoria 24 hours to release
 * the prisoners", "granted the Levy a week to leave": a verb of giving (lexicon `givingVerbs`)
 * whose object is a span of time (`deadlineNouns`) and which has a to-infinitive is its subject's
 * demand of its indirect object (DEMANDS subject → recipient).
 */
export function matchUltimatum(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon();
  if (!v.pos.startsWith('VB') || !L.sets.givingVerbs.has(v.lem)) return;
  const span = kids(ctx.g, v.i, 'obj').find((o) => L.sets.deadlineNouns.has(o.lem));
  if (!span) return;
  const act = [...kids(ctx.g, v.i, 'advcl', 'xcomp'), ...kids(ctx.g, span.i, 'acl')].find(
    (a) => a.pos === 'VB' && kids(ctx.g, a.i, 'mark').some((m) => m.lem === 'to'),
  );
  const recipients = kids(ctx.g, v.i, 'iobj').flatMap((c) => mentionsAt(ctx, c.i));
  const givers = agentNodes(ctx.g, v).flatMap((i) => mentionsAt(ctx, i));
  const fact = factualityOf(ctx.g, v.i);
  if (!act || !recipients.length || !givers.length || !fact.factual) return;
  record(ctx, { type: 'DEMANDS', sources: givers, targets: recipients, at: v, rule: 'request:ultimatum', fact });
}

/** Matches a request noun at `n` ("at the request of X") and records what it states. */
export function matchRequest(ctx: ClauseContext, n: DepToken): void {
  const L = lexicon();
  if (!n.pos.startsWith('NN') || !L.sets.requestNouns.has(n.lem) || !hasCase(ctx.g, n.i, 'at')) return;
  const requesters = [
    ...kids(ctx.g, n.i, 'nmod:poss').flatMap((c) => mentionsAt(ctx, c.i)),
    ...prepMentions(ctx, n.i, ['of']).flatMap((p) => p.mentions),
  ];
  const act = tok(ctx.g, n.head);
  if (!requesters.length || !act) return;
  const fact = factualityOf(ctx.g, act.i);
  if (!fact.factual) return;
  const talks = talkNounOf(ctx, act);
  if (talks) {
    const { pair } = talkParties(ctx, talks, []);
    const parties: Mention[] = pair.length === 2 ? [...pair[0]!, ...pair[1]!] : (pair[0] ?? []);
    const others = parties.filter((p) => !requesters.some((r) => r.id === p.id));
    if (others.length >= 2 && pairsOf(others).length)
      record(ctx, { type: 'MEDIATES', sources: requesters, targets: others, at: n, rule: 'request:mediates', fact });
    return;
  }
  if (!act.pos.startsWith('VB')) return;
  const actors = agentNodes(ctx.g, act).flatMap((i) => mentionsAt(ctx, i));
  if (actors.length)
    record(ctx, { type: 'DEMANDS', sources: requesters, targets: actors.slice(0, 1), at: n, rule: 'request:demands', fact });
}

/** The talk noun an act is about: the act itself, its subject, object or oblique, or the noun its relative clause modifies. */
function talkNounOf(ctx: ClauseContext, act: DepToken): DepToken | undefined {
  const talk = (t: DepToken | undefined) => (t && lexicon().talkNouns.has(t.lem) ? t : undefined);
  if (talk(act)) return act;
  const near = kids(ctx.g, act.i, 'nsubj', 'nsubj:pass', 'obj', 'obl').find((c) => talk(c));
  if (near) return near;
  return act.rel === 'acl:relcl' || act.rel === 'acl' ? talk(tok(ctx.g, act.head)) : undefined;
}

/**
 * Construction class: a request for someone's help. "Valdoria sought Ostmark's cooperation against
 * the Front", "asked for Ostmark's help", "requested Ostmarki assistance": a verb of seeking
 * (lexicon `seekingVerbs`; a phrasal one by its preposition) whose object is a help noun
 * (`helpNouns`) owned by an actor — possessor, compound, nationality adjective, from- or of-phrase —
 * is the seeker's demand of that owner (DEMANDS seeker → owner).
 */
export function matchHelpSought(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon().sets;
  if (!v.pos.startsWith('VB')) return;
  const phrasal = phrasalPreps(L.seekingVerbs, v.lem);
  const help = [
    ...(L.seekingVerbs.has(v.lem) ? kids(ctx.g, v.i, 'obj') : []),
    ...kids(ctx.g, v.i, 'obl').filter((o) => phrasal.some((p) => hasCase(ctx.g, o.i, p))),
  ].filter((n) => L.helpNouns.has(n.lem));
  const owners = help.flatMap((n) => [
    ...kids(ctx.g, n.i, 'nmod:poss', 'compound').flatMap((c) => mentionsAt(ctx, c.i)),
    ...kids(ctx.g, n.i, 'amod').flatMap((c) => stateModifier(ctx, c) ?? []),
    ...prepMentions(ctx, n.i, ['from', 'of']).flatMap((p) => p.mentions),
  ]);
  const seekers = agentNodes(ctx.g, v).flatMap((i) => mentionsAt(ctx, i));
  const targets = owners.filter((o) => !seekers.some((s) => s.id === o.id));
  const fact = factualityOf(ctx.g, v.i);
  if (!targets.length || !seekers.length || !fact.factual) return;
  record(ctx, { type: 'DEMANDS', sources: seekers, targets, at: v, rule: 'request:help', fact });
}
