/**
 * Custody stated by a place of detention rather than a verb.
 *
 * Construction classes:
 * - "X is in US custody", "held in a Pakistani prison": the custody/prison noun's owner
 *   (nationality adjective, possessive, compound) DETAINS the person;
 * - "was freed from a Pakistani prison", "released from Afghan custody": an agentless release
 *   or detention takes the owner of the prison in its from/in-phrase as its source;
 * - secondary predicate: "took several officials hostage", "held them captive": the verb's
 *   agent DETAINS whom the captive noun is predicated of;
 * - custody passed within one side: "the suspects were handed over to the police" by the army
 *   that held them is no release (see `passedWithinSide`).
 */
import { caseOf, kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon } from '../lexicon.ts';
import { agentNodes } from './frame.ts';
import type { Mention } from '../types.ts';
import { mentionsAt, prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf } from './factuality.ts';
import { byId, stateModifier } from './parties.ts';
import { record, sameSide } from './record.ts';

/**
 * The owner of a custody noun: possessive or compound actor, else a nationality adjective. With
 * `places`, a detention place ("the Levy compound") counts too.
 */
export function custodian(ctx: ClauseContext, n: DepToken, places = false): Mention[] {
  const L = lexicon().sets;
  if (!L.custodyNouns.has(n.lem) && !(places && L.detentionPlaces.has(n.lem))) return [];
  for (const c of kids(ctx.g, n.i, 'nmod:poss', 'compound', 'amod')) {
    const ms = mentionsAt(ctx, c.i);
    if (ms.length) return ms;
    const state = stateModifier(ctx, c);
    if (state) return [state];
  }
  for (const p of prepMentions(ctx, n.i, ['of'])) if (p.mentions.length) return p.mentions;
  return [];
}

/** Verbs of staying whose in-phrase says where their subject was ("spent years in X's custody"). */
const STAYING = new Set(['spend', 'remain', 'stay', 'languish', 'sit', 'live', 'die']);

/**
 * "X is (now) in US custody": DETAINS the custodian → X. Construction class: a stay in custody,
 * "X spent eight years in Y's custody", "remained in the custody of Y": the custody noun in the
 * in-phrase of a verb of staying holds that verb's subject.
 */
export function matchCustody(ctx: ClauseContext, n: DepToken): void {
  if (!lexicon().sets.custodyNouns.has(n.lem) || kids(ctx.g, n.i, 'case')[0]?.lem !== 'in') return;
  const stay = tok(ctx.g, n.head);
  const staying = n.rel === 'obl' && stay !== undefined && STAYING.has(stay.lem) && stay.pos.startsWith('VB');
  if (!kids(ctx.g, n.i, 'cop').length && !staying) return;
  const subj = kids(ctx.g, staying ? stay!.i : n.i, 'nsubj')[0];
  const owners = custodian(ctx, n);
  if (!subj || !owners.length) return;
  record(ctx, {
    type: 'DETAINS',
    sources: owners,
    targets: mentionsAt(ctx, subj.i),
    at: n,
    rule: 'custody:detains',
    fact: factualityOf(ctx.g, n.i),
  });
}

/**
 * Sources for an agentless detention or release verb: the custodian of its from/in-phrase; for a
 * detention, also the owner of the place in its in/at-phrase ("were being held at the Levy compound").
 */
export function custodyAgents(ctx: ClauseContext, v: DepToken, detention = false): Mention[] {
  for (const c of kids(ctx.g, v.i, 'obl')) {
    const places = detention && ['at', 'in', 'inside'].includes(caseOf(ctx.g, c.i));
    const owners = custodian(ctx, tok(ctx.g, c.i)!, places);
    if (owners.length) return owners;
  }
  return [];
}

/**
 * Construction class: an agentless release of captives the article saw taken. "The Front seized
 * X on Monday. … X was freed on Friday": with no agent of its own, a release is by whoever the
 * article already said detained those `released` (its stated detentions, latest first).
 */
export function earlierCaptors(ctx: ClauseContext, released: readonly Mention[]): Mention[] {
  const ids = new Set(released.map((m) => m.id).filter(Boolean));
  const taken = [...ctx.memory.found].reverse().find((f) => f.type === 'DETAINS' && f.status === 'stated' && ids.has(f.target));
  return taken ? [byId(ctx, taken.source)] : [];
}

/**
 * Construction class: captives named with their captor. "Two soldiers abducted by the Front were
 * released", "the officials held by X were freed": a participle of taking captive (lexicon
 * `captureVerbs`) on those released, with a by-phrase, names who held them — the releaser when the
 * release names none.
 */
export function captorsOnCaptives(ctx: ClauseContext, released: readonly number[]): Mention[] {
  return released.flatMap((i) =>
    kids(ctx.g, i, 'acl')
      .filter((a) => a.pos === 'VBN' && lexicon().sets.captureVerbs.has(a.lem))
      .flatMap((a) => prepMentions(ctx, a.i, ['by']).flatMap((p) => p.mentions)),
  );
}

/**
 * Construction class: an armed group's men released by no one named. "Several Front prisoners were
 * freed as a goodwill gesture", "two Front commanders were released": with no agent and no earlier
 * detention, the ones holding an armed group's men are the first state the knowledge base has it
 * fight (field `fights`).
 */
export function jailersOfFighters(ctx: ClauseContext, released: readonly Mention[]): Mention[] {
  const states = released
    .filter((m) => ctx.state.index.actors.get(m.id)?.kind === 'ArmedGroup')
    .map((m) => ctx.state.index.actors.get(m.id)?.fights?.[0])
    .filter((id): id is string => Boolean(id));
  return [...new Set(states)].map((id) => byId(ctx, id));
}

const CAPTIVE = new Set(['hostage', 'captive', 'prisoner']);
const TAKING = new Set(['take', 'hold', 'keep']);

/** "took several officials hostage", "held them captive": DETAINS the taker → the captives. */
export function matchTakenCaptive(ctx: ClauseContext, v: DepToken): void {
  if (!TAKING.has(v.lem) || !v.pos.startsWith('VB')) return;
  const captive = kids(ctx.g, v.i, 'obj', 'xcomp', 'obl').find((c) => CAPTIVE.has(c.lem));
  if (!captive) return;
  // "took [officials] hostage" is often parsed as one noun phrase headed by the captive noun
  // ("held [two envoys] captive" as a small clause: the captive adjective's subject)
  const held = [
    ...kids(ctx.g, v.i, 'obj').filter((c) => c !== captive),
    ...kids(ctx.g, captive.i, 'compound', 'nmod:poss', 'nsubj'),
  ].flatMap((c) => mentionsAt(ctx, c.i));
  const takers = agentNodes(ctx.g, v).flatMap((n) => mentionsAt(ctx, n));
  if (held.length && takers.length)
    record(ctx, { type: 'DETAINS', sources: takers, targets: held, at: v, rule: 'custody:detains', fact: factualityOf(ctx.g, v.i) });
}

/**
 * Construction class: custody passed within one side. "The army handed the commanders over to the
 * police", "the suspects were transferred to the CTD": a release whose to-phrase names a body of
 * the releasing side (the same state apparatus, or the releaser itself) moves the captives from
 * one jailer to another and frees no one. True for such a verb `v` and its `sources`.
 */
export function passedWithinSide(ctx: ClauseContext, v: DepToken, sources: readonly Mention[]): boolean {
  const receivers = prepMentions(ctx, v.i, ['to']).flatMap((p) => p.mentions);
  return receivers.length > 0 && receivers.every((r) => sameSide(ctx, [r], [...sources]));
}
