/**
 * Construction class: a government's formal protest without a to/with phrase (CAMEO 11x; the
 * to/with forms are plain predicates of the lexicon). "Valdoria protested the use of Ostmark's
 * territory", "lodged a strong protest over Ostmark's shelling": the owner of what is protested
 * is the one blamed; "summoned the Ostmark envoy to lodge a protest over the attack": with no
 * owner named, the one summoned to hear it (lexicon `protestWords`, `summonVerbs`).
 */
import { kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon } from '../lexicon.ts';
import type { Mention } from '../types.ts';
import { mentionsAt, prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf } from './factuality.ts';
import { bodyOfPerson, kind } from './emit.ts';
import { agentNodes } from './frame.ts';
import { byId, lightVerbOf } from './parties.ts';
import { record } from './record.ts';
import { ownersOf } from './verbal.ts';

/** Prepositions that introduce what is protested. */
const ABOUT = ['over', 'against', 'at', 'about'];

/** Matches a protest verb or noun at `t` and records the accusation it makes. */
export function matchProtest(ctx: ClauseContext, t: DepToken): void {
  const L = lexicon();
  if (!L.sets.protestWords.has(t.lem)) return;
  const noun = t.pos.startsWith('NN');
  const verb = noun
    ? lightVerbOf(ctx, t, L.predicates.find((p) => p.nouns.includes(t.lem))?.light ?? [])
    : t.pos.startsWith('VB')
      ? t
      : undefined;
  if (!verb) return;
  // the to/with forms are the lexicon's ("protested to Kabul", "a protest with Kabul")
  if ([t, verb].some((x) => prepMentions(ctx, x.i, ['to', 'with']).some((p) => p.mentions.length))) return;
  const fact = factualityOf(ctx.g, verb.i);
  if (!fact.factual) return;
  const sources = agentNodes(ctx.g, verb)
    .flatMap((n) => mentionsAt(ctx, n))
    .filter((m) => kind(ctx, m.id) === 'Government');
  if (!sources.length) return;
  const protested = noun
    ? [...prepNodes(ctx, t, ABOUT), ...prepNodes(ctx, verb, ABOUT)]
    : [...kids(ctx.g, t.i, 'obj').map((c) => c.i), ...prepNodes(ctx, t, ABOUT)];
  const owners = protested.flatMap((n) => ownersOf(ctx, n)).filter((m) => !sources.some((s) => s.id === m.id));
  const targets = owners.length ? owners : summoned(ctx, verb);
  if (targets.length) record(ctx, { type: 'ACCUSES', sources, targets, at: t, rule: 'protest:accuses', fact });
}

/** Phrases of `t` introduced by one of `preps`; a gerund clause ("over X's shelling of Y") stands as its subject. */
function prepNodes(ctx: ClauseContext, t: DepToken, preps: readonly string[]): number[] {
  return kids(ctx.g, t.i, 'obl', 'nmod', 'acl', 'advcl')
    .filter((c) => kids(ctx.g, c.i, 'case', 'mark').some((k) => preps.includes(k.lem)))
    .map((c) => (c.pos.startsWith('VB') ? (kids(ctx.g, c.i, 'nsubj')[0]?.i ?? c.i) : c.i));
}

/**
 * "summoned X to lodge a protest", "summoned X and protested": the one summoned; a summoned envoy
 * named in apposition ("the Ostmark ambassador, Y,") stands for the body the article has them serve.
 */
function summoned(ctx: ClauseContext, verb: DepToken): Mention[] {
  const head = tok(ctx.g, verb.head);
  if (!head || !/^(xcomp|advcl|conj)$/.test(verb.rel) || !lexicon().sets.summonVerbs.has(head.lem)) return [];
  return kids(ctx.g, head.i, 'obj')
    .flatMap((o) => mentionsAt(ctx, o.i))
    .map((m) => {
      const body = m.kind === 'Person' ? bodyOfPerson(ctx, m.id) : undefined;
      return body ? byId(ctx, body) : m;
    });
}
