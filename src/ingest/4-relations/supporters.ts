/**
 * Construction class: a supporter named by a noun. "The League is the Front's main patron",
 * "Ostmark, the Front's chief sponsor, …", "Valdoria describes Ostmark as the backer of the Front",
 * "Ostmark is widely seen as the Front's patron": a noun of the lexicon's `supporterNouns` owned by
 * an actor (possessive, of-phrase or name before it) — the one supported — said of an actor — the
 * copula's subject, the appositive's anchor, or the object (or passive subject) of a describing
 * verb's as-phrase or small clause (lexicon `describingVerbs`: "called X the main sponsor of Y",
 * `smallClause`) — records that actor's support (SUPPORTS). Through a
 * describing verb it is a description, the describer's claim: `alleged`, and with a named describer
 * on another side their accusation (record.ts).
 *
 * Construction class: the supported named by a noun, the converse. "X, Ostmark's proxy", "the Front
 * is Ostmark's puppet" (lexicon `proxyNouns`): the owner supports the actor the noun is said of.
 */
import { caseOf, kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon } from '../lexicon.ts';
import { mentionsAt } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf, type Factuality } from './factuality.ts';
import { possessorsOf } from './protection.ts';
import { record } from './record.ts';

/** Verbs of regarding that, like the describing verbs, take an as-phrase ("is seen as the Front's patron"). */
const VIEWING = new Set(['see', 'regard', 'view']);

/**
 * The describing verb and the described actor of a small clause "called X the sponsor of Y": the
 * noun as the verb's complement with X its subject, or — as the parser also reads it — as a loose
 * dependent of X, X being the verb's object or complement.
 */
function smallClause(ctx: ClauseContext, t: DepToken): { verb: DepToken; holder: number } | undefined {
  const L = lexicon().sets;
  const head = tok(ctx.g, t.head);
  const subject = kids(ctx.g, t.i, 'nsubj')[0];
  if (t.rel === 'xcomp' && head && L.describingVerbs.has(head.lem) && subject) return { verb: head, holder: subject.i };
  const verb = head ? tok(ctx.g, head.head) : undefined;
  if (t.rel === 'dep' && head && verb?.pos.startsWith('VB') && /^(obj|iobj|xcomp)$/.test(head.rel) && L.describingVerbs.has(verb.lem))
    return { verb, holder: head.i };
  return undefined;
}

/** Matches a supporter noun at `t` (see the module comment). */
export function matchSupporterNoun(ctx: ClauseContext, t: DepToken): void {
  const L = lexicon().sets;
  const proxy = L.proxyNouns.has(t.lem);
  if (!t.pos.startsWith('NN') || !(L.supporterNouns.has(t.lem) || proxy)) return;
  const owners = possessorsOf(ctx, t, 'compound').filter((m) => !m.place);
  if (!owners.length) return;
  const head = tok(ctx.g, t.head);
  let holders: number[] = [];
  let fact: Factuality | undefined;
  const small = smallClause(ctx, t);
  if (kids(ctx.g, t.i, 'cop').length) {
    holders = kids(ctx.g, t.i, 'nsubj').map((s) => s.i);
    fact = factualityOf(ctx.g, t.i);
  } else if (t.rel === 'appos' && head) {
    holders = [head.i];
    fact = { factual: true, status: 'stated' };
  } else if (
    small ||
    (head?.pos.startsWith('VB') && caseOf(ctx.g, t.i) === 'as' && (L.describingVerbs.has(head.lem) || VIEWING.has(head.lem)))
  ) {
    // "describe X as Y" (X the object) or "X is seen as Y" (X the passive subject)
    const verb = small?.verb ?? head!;
    holders = small ? [small.holder] : kids(ctx.g, verb.i, 'obj', 'nsubj:pass').map((o) => o.i);
    const stated = factualityOf(ctx.g, verb.i);
    const describer = kids(ctx.g, verb.i, 'nsubj').some((s) => s.rel === 'nsubj') ? verb.i : undefined;
    // (a named describer reports it: record.ts makes it alleged, and their accusation when on another side)
    fact =
      !stated.factual || stated.speechVerb !== undefined
        ? stated
        : describer !== undefined
          ? { ...stated, speechVerb: describer }
          : { ...stated, status: 'alleged' };
  }
  const sources = holders.flatMap((h) => mentionsAt(ctx, h)).filter((m) => !m.place);
  if (!fact || !sources.length) return;
  if (proxy) record(ctx, { type: 'SUPPORTS', sources: owners, targets: sources, at: t, rule: 'proxy-noun:supports', fact });
  else record(ctx, { type: 'SUPPORTS', sources, targets: owners, at: t, rule: 'supporter-noun:supports', fact });
}
