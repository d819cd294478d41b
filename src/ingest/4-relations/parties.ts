/**
 * The parties of talks and truces, and what a mediator mediates between.
 *
 * Construction classes: "talks between A and B" (between-phrase, coordinated); "A's talks with
 * B" / "A held talks with B" (owner or light-verb subject + with-phrase); "A and B held talks"
 * (coordinated subject); a definite "the talks" with no parties in the sentence refers to the
 * article's principal negotiating pair so far.
 */
import { caseOf, isRelativePronoun, kids, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { roleOf } from './emit.ts';
import { nationalityAt } from '../../knowledge/actors.ts';
import type { Mention } from '../types.ts';
import { mentionsAt, prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { agentNodes, patientNodes } from './frame.ts';
import { foughtGovernments, noteEntity } from '../article-state.ts';
import { lexicon } from '../lexicon.ts';
import { principalDyad, principalTalks, sameSide, twoSidesAmong } from './record.ts';
import { speakerOf } from './factuality.ts';
import { idiomMeaning } from './verbal.ts';

function first(ctx: ClauseContext, nodes: number[]): Mention[] {
  for (const n of nodes) {
    const ms = mentionsAt(ctx, n);
    if (ms.length) return ms;
  }
  return [];
}

/** Light verb governing talk noun `n` ("held talks", "talks were held"), if any. */
export function lightVerbOf(ctx: ClauseContext, n: DepToken, light: readonly string[]): DepToken | undefined {
  // "the offensive the army launched against …", "the talks held between A and B": the light
  // verb is a relative clause ("the attack, which X claimed": its object the relative pronoun) or
  // reduced relative on the noun — unless the noun is itself the
  // argument of one ("called off a truce brokered by X": calling it off is what the clause states)
  const rel = kids(ctx.g, n.i, 'acl:relcl', 'acl').find(
    (v) => light.includes(v.lem) && v.pos.startsWith('VB') && kids(ctx.g, v.i, 'obj').every(isRelativePronoun),
  );
  // ("the offensive, launched by X against Y, began in May": the noun is only the subject of
  // "began"; its own reduced relative states who launched it)
  const governing = governingLightVerb(ctx, n, light);
  return governing && rel && n.rel === 'nsubj' ? rel : (governing ?? rel);
}

/** The light verb `n` is the argument of, through coordinated nouns and "responsibility for"-like heads. */
function governingLightVerb(ctx: ClauseContext, n: DepToken, light: readonly string[]): DepToken | undefined {
  let x: DepToken | undefined = n;
  for (let k = 0; k < 3 && x; k++) {
    const head = tok(ctx.g, x.head);
    if (!head) return undefined;
    if (
      ['obj', 'obl', 'nsubj:pass', 'nsubj', 'xcomp', 'conj'].includes(x.rel.split(':')[0] === 'nsubj' ? x.rel : x.rel.split(':')[0]!) &&
      light.includes(head.lem) &&
      head.pos.startsWith('VB') &&
      // "traded accusations over the clashes": a light verb whose object is another predicate
      // noun is that noun's, not its prepositional phrase's ("provided X with havens" is)
      !(x.rel.startsWith('obl') && kids(ctx.g, head.i, 'obj').some((o) => lexicon().nouns.has(o.lem))) &&
      // ("fighters were given sanctuary": a passive subject beside an object is the recipient)
      !(x.rel === 'nsubj:pass' && kids(ctx.g, head.i, 'obj').some((o) => lexicon().nouns.has(o.lem))) &&
      // "came after the bombing": a phrase of time or circumstance is no argument of the verb
      !(x.rel.startsWith('obl') && lexicon().sets.circumstancePreps.has(caseOf(ctx.g, x.i)))
    )
      return head;
    // "providing guidance and training to X": coordinated nouns share the light verb
    if (x.rel === 'conj' && head.pos.startsWith('NN')) {
      x = head;
      continue;
    }
    // "claimed responsibility for the attack", "claimed a string of attacks": the noun rides on its head
    if (lexicon().sets.carrierNouns.has(head.lem)) {
      x = head;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Parties of talk/truce noun `n`: between-phrase, or owner/light-verb subject + with-phrase. */
export function talkParties(ctx: ClauseContext, n: DepToken, light: readonly string[]): { pair: Mention[][]; via: string } {
  const between = prepMentions(ctx, n.i, ['between', 'among']).flatMap((p) => p.mentions);
  const verb = lightVerbOf(ctx, n, light);
  const verbBetween = verb ? prepMentions(ctx, verb.i, ['between', 'among']).flatMap((p) => p.mentions) : [];
  const all = between.length >= 2 ? between : verbBetween;
  if (all.length >= 2) return { pair: [all], via: 'between' };
  const withPhrases = [...prepMentions(ctx, n.i, ['with']), ...(verb ? prepMentions(ctx, verb.i, ['with']) : [])];
  const withs = withPhrases.flatMap((p) => p.mentions);
  // "a truce brokered by X", "talks hosted by X": the agent of a verb of mediating is no party
  const mediating = verb && (lexicon().verbs.get(verb.lem) ?? []).some((p) => p.type === 'MEDIATES');
  const owners = [
    ...kids(ctx.g, n.i, 'nmod:poss', 'compound', 'amod').flatMap((c) => mentionsAt(ctx, c.i)),
    ...(verb && !mediating ? first(ctx, agentNodes(ctx.g, verb)) : []),
    // "X has been in talks with Y": the copular subject
    ...(kids(ctx.g, n.i, 'cop').length
      ? first(
          ctx,
          kids(ctx.g, n.i, 'nsubj').map((c) => c.i),
        )
      : []),
  ].filter((m, k, all) => !m.id || all.findIndex((o) => o.id === m.id) === k); // "the Front called off its truce": one owner
  if (withs.length && owners.length) return { pair: [owners, withs], via: 'with' };
  if (!withs.length && owners.length > 1) return { pair: [owners], via: 'coordinated' };
  // "He said negotiations with the government were continuing": talks with one party, reported
  // by someone not of that party, are the speaker's side's talks
  if (withs.length && !owners.length) {
    // Construction class: talks with one party as the occasion of the other's act. "The
    // government, after talks with Y, reached an agreement": the verb's subject is the other party
    const occasion = occasionOf(ctx, n);
    const actors = occasion ? first(ctx, agentNodes(ctx.g, occasion)).filter((m) => !withs.some((w) => w.id === m.id)) : [];
    if (actors.length) return { pair: [actors, withs], via: 'occasion' };
    const speakers = reporterOf(ctx, n).filter((m) => !withs.some((w) => w.id === m.id));
    if (speakers.length) return { pair: [speakers, withs], via: 'speaker' };
  }
  // "A and B agreed to a truce after six days of talks": the occasion of a clause of two sides
  const occasion = !owners.length && !withs.length ? occasionOf(ctx, n) : undefined;
  const sides = occasion ? first(ctx, agentNodes(ctx.g, occasion)) : [];
  if (twoSidesAmong(sides)) return { pair: [sides], via: 'occasion' };
  // Construction class: talks with an unnamed party. "had been in contact with handlers abroad",
  // "talks with tribal elders": a with-phrase whose common noun names no actor is the other party,
  // so no named pair is inferred for it
  const unnamedOther = !withs.length && withPhrases.some((p) => /^NNS?$/.test(tok(ctx.g, p.node)?.pos ?? ''));
  if (unnamedOther) return { pair: [], via: '' };
  // one side named ("the TTP ended the truce", "a truce with Islamabad collapsed"), or none
  // ("the talks stalled"): the other from the article's principal negotiating pair
  const principal = principalTalks(ctx);
  const one = owners.length ? owners : withs;
  if (principal && one.length === 1 && principal.includes(one[0]!.id))
    return { pair: [one, [byId(ctx, principal.find((id) => id !== one[0]!.id)!)]], via: 'principal' };
  if (principal && one.length === 0 && kids(ctx.g, n.i, 'det', 'nmod:poss').length)
    return { pair: [principal.map((id) => byId(ctx, id))], via: 'principal' };
  // with no talks reported yet, an armed group's truce or talks are with the one government it
  // fights ("the Front called off its ceasefire"); with no party named, the armed group that
  // reports them is one ("the Front's spokesman said the truce was over")
  const side = one.length ? one : reporterOf(ctx, n).filter((m) => foughtGovernment(ctx, m.id));
  const fought = side.length === 1 ? foughtGovernment(ctx, side[0]!.id) : undefined;
  if (fought) return { pair: [side, [byId(ctx, fought)]], via: 'fought' };
  return { pair: [], via: '' };
}

/** Prepositions of a phrase that gives the talks at which something was agreed or done. */
const OCCASION_PREPS = new Set(['after', 'during', 'at', 'following', 'through', 'in']);

/**
 * Construction class: talks as the occasion of a clause. "A and B agreed to a ceasefire after
 * six days of talks", "During two rounds of talks in Velm, A and B agreed …": talks with no
 * parties of their own, in an after/during/at-phrase of a verb (through "days of", "rounds of"),
 * are the talks of that verb's subjects, when those are two sides.
 */
function occasionOf(ctx: ClauseContext, n: DepToken): DepToken | undefined {
  let x = n;
  for (let k = 0; k < 2 && x.rel === 'nmod' && caseOf(ctx.g, x.i) === 'of'; k++) x = tok(ctx.g, x.head) ?? x;
  const head = tok(ctx.g, x.head);
  return x.rel.startsWith('obl') && OCCASION_PREPS.has(caseOf(ctx.g, x.i)) && head?.pos.startsWith('VB') ? head : undefined;
}

/** The one government armed group `id` fights (knowledge field `fights`), if it names exactly one. */
function foughtGovernment(ctx: ClauseContext, id: string): string | undefined {
  if (ctx.state.index.actors.get(id)?.kind !== 'ArmedGroup') return undefined;
  const governments = foughtGovernments(ctx.state, id);
  return governments.length === 1 ? governments[0] : undefined;
}

/** The speaker of the verb of saying whose complement's subject is talk noun `n` ("X said talks with Y …"). */
function reporterOf(ctx: ClauseContext, n: DepToken): Mention[] {
  const clause = tok(ctx.g, n.head);
  if (!n.rel.startsWith('nsubj') || clause?.rel !== 'ccomp') return [];
  const say = tok(ctx.g, clause.head);
  if (!say || !lexicon().sets.speech.has(say.lem)) return [];
  const speaker = speakerOf(ctx.g, say.i);
  // a person speaks of their side's talks: the body the article says they lead or speak for
  const side = (m: Mention) => {
    const role = m.kind === 'Person' ? roleOf(ctx, m.id, ['LEADS', 'SPOKESPERSON_FOR']) : undefined;
    return role ? byId(ctx, role) : m;
  };
  return speaker === undefined ? [] : mentionsAt(ctx, speaker).map(side);
}

/**
 * The parties a mediator's act names (see `namedParties`). A mediator is never one of the
 * parties: when its own side is among them (the article's dyad guessed for "talks facilitated
 * by X", X being of one side), the parties are not known and none are returned.
 */
export function mediationParties(ctx: ClauseContext, v: DepToken, mediators: Mention[]): Mention[] {
  const parties = namedParties(ctx, v);
  return parties.some((p) => sameSide(ctx, mediators, [p])) ? [] : parties;
}

/** The light verbs of the symmetric types' nouns ("held talks", "agreed a ceasefire"). */
function talkLightVerbs(): string[] {
  return lexicon()
    .predicates.filter((p) => p.symmetric)
    .flatMap((p) => p.light);
}

/** What a mediation verb or noun at `v` mediates between: parties of its talks, its between-phrase, or the article's talks. */
function namedParties(ctx: ClauseContext, v: DepToken): Mention[] {
  const L = lexicon();
  const between = prepMentions(ctx, v.i, ['between', 'among']).flatMap((p) => p.mentions);
  if (between.length >= 2) return between;
  // "arranged for A to meet B", "helped A and B to agree a truce": the talks its clause states
  for (const c of kids(ctx.g, v.i, 'advcl', 'xcomp', 'ccomp')) {
    if (!(L.verbs.get(c.lem) ?? []).some((p) => p.symmetric)) continue;
    const sides = [
      ...kids(ctx.g, c.i, 'nsubj').flatMap((n) => mentionsAt(ctx, n.i)),
      ...patientNodes(ctx.g, c).flatMap((n) => mentionsAt(ctx, n)),
      ...prepMentions(ctx, c.i, ['with']).flatMap((p) => p.mentions),
    ];
    if (twoSidesAmong(sides)) return sides;
  }
  // "brought A and B together", "reconciled A and B": the object is the parties themselves
  if (partyObjectVerb(ctx, v)) {
    const objects = patientNodes(ctx.g, v).flatMap((n) => mentionsAt(ctx, n));
    return twoSidesAmong(objects) ? objects : [];
  }
  const direct = [
    ...patientNodes(ctx.g, v),
    ...kids(ctx.g, v.i, 'nmod', 'obl')
      .filter((c) => ['of', 'in', 'for'].includes(kids(ctx.g, c.i, 'case')[0]?.lem ?? ''))
      .map((c) => c.i),
  ];
  // "months of negotiations hosted by X", "a round of talks": the talks are the measure noun's of-phrase
  const talkNodes = [
    ...direct,
    ...direct.flatMap((d) =>
      kids(ctx.g, d, 'nmod')
        .filter((c) => kids(ctx.g, c.i, 'case')[0]?.lem === 'of')
        .map((c) => c.i),
    ),
  ];
  const allLight = talkLightVerbs();
  const namedTalks = talkNodes.some((n) => L.talkNouns.has(tok(ctx.g, n)?.lem ?? ''));
  for (const n of talkNodes) {
    const t = tok(ctx.g, n)!;
    // "the process was mediated by X": a talk-like noun is the article's talks (unless its
    // of-phrase names them: "the first round of talks between A and B")
    if (L.sets.talkLike.has(t.lem) && !mentionsAt(ctx, n).length && !namedTalks) return dyad(ctx);
    if (!L.talkNouns.has(t.lem)) continue;
    const { pair } = talkParties(ctx, t, allLight);
    const parties = pair.flat();
    if (parties.length >= 2) return parties;
    const principal = principalTalks(ctx);
    if (principal) return principal.map((id) => byId(ctx, id));
  }
  // "a go-between for A and B", "a mediator between A and B": both sides in one phrase
  if (v.pos.startsWith('NN') && L.predicates.some((p) => p.type === 'MEDIATES' && p.bare.includes(v.lem))) {
    const sides = prepMentions(ctx, v.i, ['for', 'between']).flatMap((p) => p.mentions);
    if (twoSidesAmong(sides)) return sides;
  }
  const hosting = hostTalkParties(ctx, v);
  if (hosting.length) return hosting;
  const withs = prepMentions(ctx, v.i, ['with']).flatMap((p) => p.mentions);
  // "a go-between for A with B": the one it acts for is a party too
  const client = withs.length ? prepMentions(ctx, v.i, ['for']).flatMap((p) => p.mentions) : [];
  if (withs.length) return [...client.filter((c) => !withs.some((w) => w.id === c.id)), ...withs];
  // "X acted as a mediator", "Y mediated": no parties named — the article's principal dyad
  const bare = L.predicates.some((p) => p.type === 'MEDIATES' && p.bare.includes(v.lem));
  return bare && talkNodes.length === 0 ? dyad(ctx) : [];
}

/**
 * Construction class: talks held under a mediation. "A and B met in Lumen under the mediation of
 * X", "talks between A and B through X's good offices": a mediation noun in an under/through/with
 * phrase of a talk verb (lexicon verbs of a symmetric type) or talk noun mediates between that
 * verb's subjects and with-phrase, or that noun's parties; so does one on a light verb of talks
 * ("the talks between A and B were held with the facilitation of X").
 */
function hostTalkParties(ctx: ClauseContext, n: DepToken): Mention[] {
  if (!n.pos.startsWith('NN') || !['obl', 'nmod'].includes(n.rel) || !['under', 'through', 'with', 'via'].includes(caseOf(ctx.g, n.i)))
    return [];
  const host = tok(ctx.g, n.head);
  if (!host) return [];
  const L = lexicon();
  if (host.pos.startsWith('VB') && L.predicates.some((p) => p.symmetric && p.verbs.includes(host.lem))) {
    const sides = [
      ...agentNodes(ctx.g, host).flatMap((a) => mentionsAt(ctx, a)),
      ...prepMentions(ctx, host.i, ['with']).flatMap((p) => p.mentions),
    ];
    return twoSidesAmong(sides) ? sides : [];
  }
  // (or a light verb of talks: "the talks between A and B were held with the facilitation of X")
  const talks = host.pos.startsWith('VB') ? kids(ctx.g, host.i, 'obj', 'nsubj:pass').find((c) => L.talkNouns.has(c.lem)) : undefined;
  if (L.talkNouns.has(host.lem) || talks) {
    const sides = talkParties(ctx, talks ?? host, talkLightVerbs()).pair.flat();
    return twoSidesAmong(sides) ? sides : [];
  }
  return [];
}

/** True when verb `v`, with the particle or adverb it takes, is one whose object is the parties (lexicon `partyObjects`). */
function partyObjectVerb(ctx: ClauseContext, v: DepToken): boolean {
  if (!v.pos.startsWith('VB')) return false;
  // (or an idiom that means one: "brought A and B to the same table")
  const forms = [v.lem, ...kids(ctx.g, v.i, 'compound:prt', 'advmod').map((a) => `${v.lem} ${a.lem}`), idiomMeaning(ctx, v) ?? ''];
  return lexicon().predicates.some((p) => p.type === 'MEDIATES' && forms.some((f) => p.partyObjects.includes(f)));
}

function dyad(ctx: ClauseContext): Mention[] {
  return principalDyad(ctx)?.map((id) => byId(ctx, id)) ?? [];
}

/** A nationality adjective used as a modifier ("a U.S. drone strike", "Iranian missiles") stands for that state's government. */
export function stateModifier(ctx: ClauseContext, c: DepToken): Mention | undefined {
  if (ctx.mentionOf.has(c.i) && !ctx.mentionOf.get(c.i)!.place) return undefined;
  const id = nationalityAt(c.word.toLowerCase(), ctx.state.publishedAt)?.government;
  if (!id) return undefined;
  // the adjective names the state in this article ("U.S. missile strikes"): list it with its names
  noteEntity(ctx.state, id, c.word);
  return byId(ctx, id);
}

/** A synthetic mention for an actor known from earlier sentences. */
export function byId(ctx: ClauseContext, id: string): Mention {
  const kind = ctx.state.entities.get(id)?.kind ?? ctx.state.index.actors.get(id)?.kind ?? 'Organization';
  return { id, kind, surface: id, first: 0, end: 0, start: 0, stop: 0, via: 'alias', place: false, possessive: false, confidence: 0.7 };
}
