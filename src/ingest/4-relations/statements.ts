/**
 * Construction class: a document speaking for its issuer. Reports quote a group's statement and
 * then go on with the document as subject: "The Front announced it would end the truce. The
 * statement accused the Levy of raids", "the communique further alleged …". A document noun
 * (lexicon `documentNouns`) with no owner of its own, the subject of a verb, stands for whoever
 * spoke last in the article (a verb of saying's actor, article memory `lastSpeaker`), at most
 * `STATEMENT_REACH` sentences before. An owned document ("the Front's statement") is its owner's
 * through the ordinary possessor reading; one with a by-phrase ("a statement by X") is X's
 * (`issuerByPhrase`). A document its issuer holds out with a participle ("issued
 * a statement accusing X") is the issuer's (`heldDocument`).
 */
import { caseOf, isDefinite, kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { lexicon } from '../lexicon.ts';
import type { Mention } from '../types.ts';
import type { ClauseContext } from './clause-context.ts';
import { agentNodes } from './frame.ts';
import { byId } from './parties.ts';
import { mentionsAt } from './arguments.ts';

/** How many sentences back "the statement" still names the last speaker's document. */
export const STATEMENT_REACH = 3;

/**
 * Notes the actor of a verb of saying at `v` as the article's last speaker; also the issuer of a
 * document ("the Front issued a statement", "released a video": a verb whose object is a document
 * noun; "in a statement, X described …": one with an in-phrase of it).
 */
export function noteSpeaker(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon().sets;
  if (!v.pos.startsWith('VB')) return;
  const document = (o: DepToken) => L.documentNouns.has(o.lem.toLowerCase()) && (o.rel === 'obj' || caseOf(ctx.g, o.i) === 'in');
  if (!L.speech.has(v.lem) && !kids(ctx.g, v.i, 'obj', 'obl').some(document)) return;
  const speaker = agentNodes(ctx.g, v)
    .flatMap((a) => mentionsAt(ctx, a))
    .find((m) => m.id && !m.place);
  if (speaker) ctx.memory.lastSpeaker = { source: speaker.id, sentence: ctx.sentence.index };
}

/** The issuer document noun `t` stands for as a verb's subject (see the module comment), if any. */
export function documentIssuer(ctx: ClauseContext, t: DepToken): Mention | undefined {
  const held = heldDocument(ctx, t);
  if (held) return held;
  if (!/^nsubj/.test(t.rel) || !tok(ctx.g, t.head)?.pos.startsWith('VB')) return undefined;
  const issuer = issuerByPhrase(ctx, t);
  if (issuer) return issuer;
  // ("It warned …" continuing the document: 3-mentions/anaphora.ts `continuesDocument`)
  if (!ctx.mentionOf.get(t.i)?.document) {
    if (!t.pos.startsWith('NN') || !lexicon().sets.documentNouns.has(t.lem.toLowerCase()) || !isDefinite(ctx.g, t.i)) return undefined;
    if (kids(ctx.g, t.i, 'nmod:poss', 'compound', 'nmod').length) return undefined;
  }
  const last = ctx.memory.lastSpeaker;
  return last && ctx.sentence.index - last.sentence <= STATEMENT_REACH ? byId(ctx, last.source) : undefined;
}

/**
 * Construction class: a document with its issuer in a by-phrase. "A statement by the League
 * blamed X", "a letter issued by the Front accused Y": a document noun (lexicon `documentNouns`)
 * whose by-phrase, or whose participle's by-phrase, names an actor stands for that actor.
 */
function issuerByPhrase(ctx: ClauseContext, t: DepToken): Mention | undefined {
  if (!t.pos.startsWith('NN') || !lexicon().sets.documentNouns.has(t.lem.toLowerCase())) return undefined;
  const byPhrase = kids(ctx.g, t.i, 'nmod', 'obl')
    .filter((c) => caseOf(ctx.g, c.i) === 'by')
    .map((c) => c.i);
  // (a participle's agent nodes are its by-phrases: frame.ts)
  const participles = kids(ctx.g, t.i, 'acl').filter((a) => a.pos === 'VBN');
  return [...byPhrase, ...participles.flatMap((a) => agentNodes(ctx.g, a))]
    .flatMap((n) => mentionsAt(ctx, n))
    .find((m) => m.id && !m.place);
}

/**
 * Construction class: a document's participle. "Ostmark issued a statement accusing Valdoria of
 * …", "presented a dossier accusing X of …": a document noun (lexicon `documentNouns`) that is the
 * object of a verb of issuing (lexicon `issuingVerbs`; "rejected a dossier accusing X" is another's)
 * and carries a participle (acl, -ing) stands, as that participle's actor, for the verb's actor — its
 * issuer.
 */
function heldDocument(ctx: ClauseContext, t: DepToken): Mention | undefined {
  const L = lexicon().sets;
  if (t.rel !== 'obj' || !L.documentNouns.has(t.lem.toLowerCase())) return undefined;
  if (!kids(ctx.g, t.i, 'acl').some((a) => a.pos === 'VBG')) return undefined;
  const verb = tok(ctx.g, t.head);
  if (!verb?.pos.startsWith('VB') || !L.issuingVerbs.has(verb.lem)) return undefined;
  return agentNodes(ctx.g, verb)
    .flatMap((a) => mentionsAt(ctx, a))
    .find((m) => m.id && !m.place);
}
