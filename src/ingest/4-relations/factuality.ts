/**
 * Status from syntax: whether a predicate states a fact, and with what status.
 *
 * Construction classes:
 * - negation ("did not attack", "no talks") and contrast ("rather than hosting"): no claim;
 * - modality and irrealis governors ("could mediate", "ready to hold talks", "offered to
 *   mediate", "the possibility of talks"), conditions ("if the TTP attacks") and questions
 *   ("asked whether"): no claim;
 * - reported speech: a predicate in the complement of a verb of saying whose speaker is not the
 *   predicate's own source ("Islamabad said Kabul shelters the TTP") is that speaker's claim:
 *   `alleged`; hedging adverbs ("reportedly") likewise; so is the content clause of a claim noun
 *   ("Valdorian allegations that Ostmark shelters the Front"), its owner being the speaker;
 * - pluperfect ("had arrested") and "former" roles: `past`.
 */
import { caseOf, kids, tok, type DepGraph, type DepToken } from '../2-parse/dependency-graph.ts';
import type { ClaimStatus } from '../../model/vocabulary.ts';
import { isHostileAct, lexicon, verbLemmasOf } from '../lexicon.ts';

export interface Factuality {
  factual: boolean;
  status: ClaimStatus;
  /** Token of the verb of saying that reports the predicate, if any. */
  speechVerb?: number;
}

/** Relations through which a governor's irrealis meaning reaches its dependent. */
const GOVERNED = new Set(['xcomp', 'ccomp', 'advcl', 'acl', 'nmod', 'obj', 'obl', 'csubj']);
/** Governors whose complement is what the accused is said to have done. */
const ACCUSING = new Set(['accuse', 'blame', 'charge', 'suspect', 'allege']);
const CLIMB = new Set([
  'xcomp',
  'ccomp',
  'advcl',
  'acl',
  'acl:relcl',
  'csubj',
  'conj',
  'nmod',
  'obl',
  'obj',
  'nsubj',
  'nsubj:pass',
  'appos',
  'dep',
  'parataxis',
  'amod',
]);

/**
 * Construction class: a question closing a sentence of several clauses joined by semicolons
 * ("Valdoria backed the Front for years; is it not strange that …?"): the question mark asks
 * only the clause after the last semicolon, the clauses before it are statements.
 */
export function questioned(g: DepGraph, p: number): boolean {
  if (g.tokens.at(-1)?.word !== '?') return false;
  const lastSemicolon = g.tokens.findLast((t) => t.word === ';');
  return p > (lastSemicolon?.i ?? 0);
}

function negated(g: DepGraph, i: number): boolean {
  const neg = lexicon().sets.negation;
  return kids(g, i, 'advmod', 'det', 'neg', 'cc:preconj').some((c) => neg.has(c.lem) && !(c.lem === 'no' && c.rel === 'advmod'));
}

/** Modals that, with a perfect, guess at what happened ("may have", "might have"). */
const EPISTEMIC = new Set(['may', 'might']);

function modal(g: DepGraph, i: number): string | undefined {
  return kids(g, i, 'aux').find((c) => lexicon().sets.modals.has(c.lem) || c.pos === 'MD')?.lem;
}

/**
 * Construction class: a denied act. "Ostmark denied sheltering the Front", "Ostmark denies that it
 * shelters the Front": the act is kept as a claim with status `denied` (one side's word that it is
 * not so, as the corpus records it) when the denial itself is stated ("did not deny", "would deny"
 * state nothing).
 */
function deniedBy(g: DepGraph, deny: number): Factuality {
  const denial = factualityOf(g, deny);
  return denial.factual ? { factual: true, status: 'denied' } : { factual: false, status: 'stated' };
}

/** A clause verb in the subjunctive: a modal of obligation, or a bare verb with no auxiliary (`bareSubjunctive`). */
function subjunctive(g: DepGraph, v: DepToken): boolean {
  if (kids(g, v.i, 'aux', 'aux:pass').some((a) => lexicon().sets.obligation.has(a.lem))) return true;
  if (kids(g, v.i, 'aux', 'aux:pass').length) return false;
  return bareSubjunctive(g, v);
}

/**
 * A bare verb: the base form ("that X leave"), or a present form without -s after a singular
 * subject, which only the subjunctive has ("that Ostmark expel", "that it expel").
 */
export function bareSubjunctive(g: DepGraph, v: DepToken): boolean {
  const singular = (s: DepToken) => s.pos === 'NN' || s.pos === 'NNP' || ['it', 'he', 'she'].includes(s.word.toLowerCase());
  return v.pos === 'VB' || (v.pos === 'VBP' && kids(g, v.i, 'nsubj').some(singular));
}

/** Walks from predicate `p` up through its governors and reads its status. */
export function factualityOf(g: DepGraph, p: number, options: { allowModal?: boolean; allowNegation?: boolean } = {}): Factuality {
  const L = lexicon().sets;
  let status: ClaimStatus = 'stated';
  let speechVerb: number | undefined;
  if (questioned(g, p)) return { factual: false, status };
  let x = p;
  // past a relative clause on a participant, the governors of its noun no longer bear on it ("struck militants,
  // who had attacked X" and "did not strike militants, who had attacked X" both state the attack);
  // only a verb of saying still reports it
  let island = false;
  let from: DepToken | undefined;
  let conjoinedNouns = 0;
  let conjoinedVerbs = 0;
  let wishedCeasing = false;
  for (let hops = 0; hops < 8; hops++) {
    const t = tok(g, x);
    if (!t) break;
    // "would continue to support X": continuation presupposes the act goes on (a modal on the
    // verb of continuing leaves it stated)
    const continued = from?.rel === 'xcomp' && L.continuationVerbs.has(t.lem);
    if (!island && negated(g, x) && !(options.allowNegation && x === p)) return { factual: false, status };
    // "mediating rather than hosting them": the contrasted conjunct is denied
    if (!island && t.rel === 'conj' && kids(g, x, 'cc').some((c) => L.contrastive.has(c.lem))) return { factual: false, status };
    const m = modal(g, x);
    // Construction class: an epistemic perfect. "X may have sheltered Y", "might have received
    // arms from Z": a guess about what happened is a hedged claim (alleged), not an unrealised act
    const guessed = m !== undefined && EPISTEMIC.has(m) && kids(g, x, 'aux').some((a) => a.lem === 'have' && a.pos === 'VB');
    if (guessed) status = 'alleged';
    else if (!island && m && !(options.allowModal && x === p) && !continued) return { factual: false, status };
    const mark = caseOf(g, x);
    if (!island && mark && [...L.conditional].some((c) => mark.split(' ').includes(c))) return { factual: false, status };
    // an averted act: "warned them against sheltering X", "refrained from attacking Y" (lexicon `avertedMarks`)
    if (!island && mark && t.pos === 'VBG' && mark.split(' ').some((w) => L.avertedMarks.has(w))) return { factual: false, status };
    if (kids(g, x, 'advmod').some((c) => L.hedges.has(c.lem))) status = 'alleged';
    if (x === p && kids(g, x, 'aux').some((c) => c.lem === 'have' && c.word.toLowerCase() === 'had') && t.pos === 'VBN')
      status = status === 'stated' ? 'past' : status;
    const rel = t.rel;
    if (!CLIMB.has(rel) && !CLIMB.has(rel.split(':')[0]!)) break;
    const parent = tok(g, t.head);
    if (!parent) break;
    // Construction class: an act a ceasing presupposes. "Ostmark must stop sheltering the Front",
    // "urged Y to cease supporting Z": the gerund of a verb of ceasing (lexicon `ceasingVerbs`) is
    // an act going on; alleged when the ceasing itself is only demanded or wished (a speaker
    // above reports it as their claim: record.ts)
    if (!island && (rel === 'xcomp' || rel === 'dep') && t.pos === 'VBG' && L.ceasingVerbs.has(parent.lem)) {
      wishedCeasing = !factualityOf(g, parent.i, { allowNegation: true }).factual;
      island = true;
    }
    // (a phrasal verb is another verb: "called for talks" is irrealis, "called off the truce" not)
    // ("wanted for his role in …": the passive of a sought person is no wish; lexicon `soughtPassives`)
    const passivePhrase = rel.startsWith('obl') && L.soughtPassives.has(parent.lem) && kids(g, parent.i, 'aux:pass').length > 0;
    // Construction class: an attempted attack. "The Front tried to kill X", "had attempted to bomb
    // the post": a past attempt at a hostile act was made, an attack whatever its outcome (CAMEO
    // counts attempted assaults); an attempt at any other act stays unrealised ("tried to mediate")
    const attempted = rel === 'xcomp' && L.attemptVerbs.has(parent.lem) && /^VB[DN]$/.test(parent.pos) && isHostileAct(t.lem);
    const irrealis =
      L.irrealis.has(parent.lem) &&
      !passivePhrase &&
      !attempted &&
      !kids(g, parent.i, 'compound:prt').some((c) => L.completiveParticles.has(c.lem));
    // "Ostmark denied sheltering the Front", "denies that it shelters the Front": a denied act is a
    // claim with status denied
    // (not a verb coordinated into the denied clause: "denied that X operates there and accuses Y")
    const deniedAct = rel === 'xcomp' || rel === 'ccomp' || (rel === 'dep' && t.pos === 'VBG');
    if (!island && deniedAct && parent.lem === 'deny' && parent.pos.startsWith('VB'))
      return conjoinedVerbs ? { factual: false, status } : deniedBy(g, parent.i);
    // Construction class: a mandative clause under a verb of demanding that also reports facts.
    // "insisted that Ostmark expel the Front", "urged that it hand over X": a bare verb (the
    // subjunctive; a present form after a singular subject) or one with a modal of obligation asks
    // for the act; "insisted that X was mediating" still reports it
    if (!island && rel === 'ccomp' && verbLemmasOf('DEMANDS').has(parent.lem) && subjunctive(g, t)) return { factual: false, status };
    // (a relative clause tells of its noun, not of what the noun asks for: "a demand the Front turned down")
    // (a that-clause the parser left loose on its noun is its content: "the demand by X that Y expel Z")
    const content = rel === 'dep' && kids(g, x, 'mark').some((c) => c.lem === 'that');
    // Construction class: a finite clause of time or cause under an irrealis verb. "When X offered
    // to extend the truce, Y refused", "after X attacked, Y refused to talk": the clause tells what
    // happened; the verb it sits in does not govern it (lexicon `adverbialMarks`; "until" is a condition)
    const setting =
      rel === 'advcl' &&
      /^VB[DZP]$/.test(t.pos) &&
      kids(g, x, 'mark', 'advmod').some((c) => L.adverbialMarks.has(c.lem) && !L.conditional.has(c.lem));
    if (!island && (GOVERNED.has(rel.split(':')[0]!) || content) && irrealis && rel !== 'acl:relcl' && !setting)
      return { factual: false, status };
    // ("accused X and Y of sheltering Z": a conjunct of the object is no hop further)
    if (rel === 'conj' && t.pos.startsWith('NN')) conjoinedNouns++;
    if (rel === 'conj' && t.pos.startsWith('VB')) conjoinedVerbs++;
    if (!island && rel !== 'conj' && ACCUSING.has(parent.lem) && parent.pos.startsWith('VB') && hops - conjoinedNouns <= 1)
      status = 'alleged'; // "accused X of sheltering Y"
    // "Valdorian allegations that Ostmark shelters the Front": the owner's claim, reported
    // speech like "Valdoria alleges that …" (record.ts makes it `alleged`); it stays the owner's
    // claim whatever befalls the noun ("Ostmark denied Valdorian allegations that …")
    if ((rel === 'ccomp' || rel === 'acl' || rel === 'acl:relcl') && parent.pos.startsWith('NN') && L.reportNouns.has(parent.lem))
      return { factual: true, status, speechVerb: speechVerb ?? parent.i };
    if (rel === 'ccomp' && L.speech.has(parent.lem)) speechVerb ??= parent.i;
    // "vowed to avenge the killing of X", "demanded an inquiry into the shelling of X": an event
    // noun a presupposing governor takes (lexicon `presupposing`) happened; the governor's own
    // governors no longer bear on it ("any killing" is no event)
    if (t.pos.startsWith('NN') && /^(obj|obl|nmod)/.test(rel) && L.presupposing.has(parent.lem) && !unspecific(g, x)) island = true;
    // (a relative clause on an event noun — "an attack that killed X" — is that event's, not an island)
    if (rel === 'acl:relcl' && !lexicon().nouns.has(parent.lem)) island = true;
    from = t;
    x = parent.i;
  }
  return { factual: true, status: wishedCeasing && speechVerb === undefined && status === 'stated' ? 'alleged' : status, speechVerb };
}

/** "any killing", "every attack", "future attacks": a noun naming no particular event. */
export function unspecific(g: DepGraph, i: number): boolean {
  return kids(g, i, 'det', 'amod').some((c) => ['any', 'every', 'each', 'future', 'further', 'possible', 'potential'].includes(c.lem));
}

/** True when `i` itself is negated ("did not accept", "will never agree"). */
export function isNegated(g: DepGraph, i: number): boolean {
  return negated(g, i);
}

/** The speaker (subject token) of a verb of saying; the owner of a claim noun ("Valdoria's allegation"). */
export function speakerOf(g: DepGraph, speech: number): number | undefined {
  const t = tok(g, speech);
  if (t?.pos.startsWith('NN'))
    return kids(g, speech, 'nmod:poss', 'compound', 'amod')[0]?.i ?? kids(g, speech, 'nmod').find((c) => caseOf(g, c.i) === 'by')?.i;
  const own = kids(g, speech, 'nsubj')[0]?.i;
  if (own !== undefined) return own;
  // a participle of saying shares its governor's subject ("officials gave an account, saying …"),
  // and so does a verb coordinated with another ("X said … and warned that …")
  const shares =
    t && (/^VB[GN]$/.test(t.pos) ? ['dep', 'advcl', 'xcomp', 'conj'].includes(t.rel) : t.rel === 'conj' && t.pos.startsWith('VB'));
  if (!shares || !tok(g, t.head)?.pos.startsWith('VB')) return undefined;
  return kids(g, t.head, 'nsubj')[0]?.i;
}
