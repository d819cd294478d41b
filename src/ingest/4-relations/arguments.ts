/**
 * From a dependency node to the actor mentions it stands for.
 *
 * Construction classes handled here, for every pattern alike:
 * - the node is (the head of, or inside) a mention: that mention;
 * - stand-in nouns: "TTP fighters", "members of the TTP", "the group's hideouts", "a police
 *   post" stand for the actor that modifies them (compound, possessive, "of"/"from" phrase,
 *   nationality adjective);
 * - coordination: "A and B", "A, B and C" distribute over the conjuncts;
 * - appositions add nothing (the head already names the actor).
 */
import { antecedentOf, caseOf, isRelativePronoun, kids, subtreeSpan, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import { referentsAt } from '../3-mentions/referents.ts';
import type { Mention } from '../types.ts';
import type { ClauseContext } from './clause-context.ts';
import { KNOWN_AFFILIATIONS, armyOf, governmentServed, metonymAt, nationalityAt, serviceOf } from '../../knowledge/actors.ts';
import { hasWord, lexicon, verbLemmasOf } from '../lexicon.ts';
import { foldAscii } from '../1-text/normalize.ts';
import { byId } from './parties.ts';
import { bodyOfPerson, roleOf, sideOf } from './emit.ts';
import { principalDyad } from './record.ts';
import { placeGovernment } from '../article-state.ts';
import { agentNodes } from './frame.ts';
import { documentIssuer } from './statements.ts';

/** Quantity nouns that stand for their of-phrase (partitives: "the last of the attackers", "the rest of the militants"; gatherings: "a crowd of Front fighters"). */
const QUANTITIES = new Set([
  'last',
  'rest',
  'remainder',
  'remnant',
  'remnants',
  'majority',
  'bulk',
  'hundred',
  'hundreds',
  'dozen',
  'dozens',
  'score',
  'scores',
  'thousand',
  'thousands',
  'number',
  'band',
  'squad',
  'group',
  'handful',
  'string',
  'series',
  'slew',
  'couple',
  'batch',
  'contingent',
  'team',
  'crowd',
  'gathering',
  'several',
  'some',
  'many',
  'all',
  'most',
  'one',
  'two',
  'three',
  'four',
  'five',
]);
/** A stand-in's owner comes in these phrases; not "inside X" (a strike on another state's soil is not on the state). */
const OF_CASES = new Set(['of', 'from', 'among', 'belonging to', 'loyal to', 'linked to', 'affiliated with', 'tied to', 'connected to']);

/**
 * Passive participles whose by-phrase names a stand-in's owner ("a checkpoint manned by X", "a camp
 * run by X", "a committee nominated by X", "a team sent by X").
 */
const OWNING_BY = new Set([
  'man',
  'staff',
  'run',
  'operate',
  'guard',
  'hold',
  'control',
  'own',
  'occupy',
  'use',
  'nominate',
  'appoint',
  'constitute',
  'dispatch',
  'send',
  'form',
]);

/** Stand-in nouns for a body: owned by a person, they mean the body the person serves in. */
const BODY_NOUNS = new Set([
  'government',
  'administration',
  'cabinet',
  'regime',
  'force',
  'forces',
  'army',
  'troops',
  'ministry',
  'party',
  'group',
]);

/** Aliases too generic to name their owner when another actor modifies or owns them ("Taliban security forces", "troops of X"). */
const GENERIC = new Set([
  'security forces',
  'forces',
  'army',
  'police',
  'troops',
  'military',
  'government',
  'authorities',
  'officials',
  'fighters',
  'militants',
  'terrorists',
  'personnel',
  'security personnel',
]);

function own(ctx: ClauseContext, i: number): Mention | undefined {
  const m = ctx.mentionOf.get(i);
  return m && !m.place && m.kind !== 'Location' ? m : undefined;
}

/**
 * "Valdoria's army": the security force on `side`'s side that a generic alias names (the
 * article's actor, else a known one), when there is one.
 */
function forceOfSide(ctx: ClauseContext, side: string, m: Mention): Mention | undefined {
  const key = m.surface.toLowerCase().replace(/^the /, '');
  if (m.kind === 'SecurityForce' && sideOf(ctx, m.id) === side) return m;
  for (const a of ctx.state.index.actors.values())
    if (a.kind === 'SecurityForce' && a.aliases.some((x) => x.toLowerCase() === key) && sideOf(ctx, a.id) === side) return byId(ctx, a.id);
  return undefined;
}

/** Pair nouns that only two states can be ("the two countries", "both neighbours"). */
const STATE_PAIR = /\b(countries|governments|neighbou?rs|capitals|states)$/i;

/** "the two sides", "both parties": the article's principal negotiating pair so far (of states, for a state noun). */
function pairOf(ctx: ClauseContext, m: Mention): Mention[] {
  return principalDyad(ctx, STATE_PAIR.test(m.surface))?.map((id) => byId(ctx, id)) ?? [];
}

/**
 * "Ostmark accused both countries …": the two actors "both" refers to, not counting the subject
 * of its own clause (a clause's subject and object are different parties).
 */
function bothOf(ctx: ClauseContext, t: DepToken, m: Mention): Mention[] {
  const head = tok(ctx.g, t.head);
  const own = head ? kids(ctx.g, head.i, 'nsubj').flatMap((s) => (s.i === t.i ? [] : [ctx.mentionOf.get(s.i)?.id])) : [];
  const ids = (m.candidates ?? []).filter((id) => !own.includes(id)).slice(0, 2);
  return ids.length === 2 ? ids.map((id) => byId(ctx, id)) : [];
}

/**
 * Construction class: a plural pronoun for a coordinated list. "telephoned X and Y and asked them
 * to help", "A and B met on Monday, and they agreed …": "they" / "them" stands for the nearest
 * list of two or more named actors (people included) coordinated earlier in the sentence. The
 * sentence's own list is the only one reached: a list sentences back is rarely still the topic.
 */
function coordinatedAntecedent(ctx: ClauseContext, t: DepToken): Mention[] {
  if (!/^(they|them)$/i.test(t.word)) return [];
  const named = (i: number) => {
    const m = own(ctx, i);
    return m?.id && !m.anaphor ? m : undefined;
  };
  for (let i = t.i - 1; i >= 1; i--) {
    const first = named(i);
    const conjuncts = first
      ? kids(ctx.g, i, 'conj')
          .filter((c) => c.i < t.i)
          .map((c) => named(c.i))
      : [];
    if (!first || !conjuncts.length || conjuncts.some((c) => !c)) continue;
    const list = [first, ...(conjuncts as Mention[])];
    if (new Set(list.map((x) => x.id)).size >= 2) return list;
  }
  return [];
}

/**
 * "X, the cleric who had led Y": the person a relative pronoun stands for through a description
 * in apposition to them (for role verbs only: "X, a lawyer who attacked Y in print" is no attack).
 */
export function describedPerson(ctx: ClauseContext, i: number): Mention | undefined {
  const t = tok(ctx.g, i);
  const antecedent = t && isRelativePronoun(t) ? tok(ctx.g, antecedentOf(ctx.g, t) ?? -1) : undefined;
  if (antecedent?.rel !== 'appos' || !antecedent.pos.startsWith('NN') || ctx.mentionOf.get(antecedent.i)) return undefined;
  const person = own(ctx, antecedent.head);
  return person?.kind === 'Person' ? person : undefined;
}

/** A person in apposition to the of-phrase of role or person noun `t` ("the head of the Front, X,", "the bishop of the city, X,"), when `t` names no actor itself. */
function roleHolderInOfPhrase(ctx: ClauseContext, t: DepToken): Mention | undefined {
  const L = lexicon();
  if (ctx.mentionOf.get(t.i) || !t.pos.startsWith('NN') || !(L.roles.has(t.lem) || L.sets.personNouns.has(t.lem))) return undefined;
  for (const of of kids(ctx.g, t.i, 'nmod').filter((c) => caseOf(ctx.g, c.i) === 'of'))
    for (const a of kids(ctx.g, of.i, 'appos')) {
      const m = own(ctx, a.i);
      if (m?.kind === 'Person') return m;
    }
  return undefined;
}

/** Verbs by which a delegation is led ("a delegation led by X", "the team headed by Y"). */
const LEADING = new Set(['lead', 'head']);

/**
 * Construction class: a delegation named by its leader. "Delegations led by Valdoria's interior
 * minister, X, and the Front's deputy chief, Y, met in Velm": a delegation noun (lexicon
 * `delegationNouns`) with no name of its own, led or headed by people, stands for the body each
 * leader serves in (the article's role for them, else the knowledge base's affiliation); a
 * leader with neither is left out.
 */
function delegationLeaders(ctx: ClauseContext, t: DepToken): Mention[] {
  if (ctx.mentionOf.get(t.i) || !t.pos.startsWith('NN') || !lexicon().sets.delegationNouns.has(t.lem)) return [];
  // ("led by the minister, X": the name in apposition to the role noun)
  const bodies = leadersOf(ctx, t).flatMap((p) => {
    const body = bodyOfPerson(ctx, p.id);
    return body ? [byId(ctx, body)] : [];
  });
  return dedupe(bodies);
}

/** The people a noun with no name of its own is led by ("… led by X", "headed by Y"), named or in apposition to a role noun. */
function leadersOf(ctx: ClauseContext, t: DepToken): Mention[] {
  return kids(ctx.g, t.i, 'acl')
    .filter((a) => LEADING.has(a.lem) && a.pos === 'VBN')
    .flatMap((a) => kids(ctx.g, a.i, 'obl').filter((o) => caseOf(ctx.g, o.i) === 'by'))
    .flatMap((o) => [o, ...kids(ctx.g, o.i, 'conj')])
    .map((o) => own(ctx, o.i) ?? kids(ctx.g, o.i, 'appos').map((a) => own(ctx, a.i))[0])
    .filter((m): m is Mention => m?.kind === 'Person');
}

/**
 * Construction class: unnamed people named by their leader. "A group led by the lawmakers A and
 * B assaulted the post", "fighters led by X attacked Y": a band of people (lexicon `bandNouns`) or
 * of fighters (`unnamedFighters`, `followerNouns`) with no name of its own, led or headed by
 * people, stands for the body each leader leads (the article's role, else the knowledge base's);
 * a band whose leader leads no body stands for the leader, fighters for the body the leader
 * serves in.
 */
function ledPeople(ctx: ClauseContext, t: DepToken): Mention[] {
  const L = lexicon().sets;
  if (ctx.mentionOf.get(t.i) || !t.pos.startsWith('NN')) return [];
  const fighters = hasWord(L.unnamedFighters, t.lem) || hasWord(L.followerNouns, t.lem);
  if (!fighters && !L.bandNouns.has(t.lem)) return [];
  return dedupe(
    leadersOf(ctx, t).flatMap((p) => {
      const led = roleOf(ctx, p.id, ['LEADS']) ?? groupLedInKnowledge(ctx, p.id);
      const body = led ?? (fighters ? bodyOfPerson(ctx, p.id) : undefined);
      return body ? [byId(ctx, body)] : fighters ? [] : [p];
    }),
  );
}

/** Cases of a phrase that lists what a noun includes ("groups including X", "such as Y"). */
const INCLUDING = new Set(['include', 'including', 'such as']);

/** True for a mention of an actor: resolved, and no place. */
export const isActor = (m: Mention | undefined): m is Mention => Boolean(m?.id) && !m!.place && m!.kind !== 'Location';

/** The actor mentions node `i` stands for (conjuncts included); [] when none. */
/**
 * The name a noun is in apposition to: a descriptive noun's head name ("X, a little-known group
 * that …"); for a person, only a leader's or spokesman's title, which may also follow the name's
 * comma while the parser hangs it elsewhere ("Y, its former chief killed by a drone").
 */
function appositionHost(ctx: ClauseContext, t: DepToken): Mention | undefined {
  const title = ['LEADS', 'SPOKESPERSON_FOR'].includes(lexicon().roles.get(t.lem) ?? '');
  const head = t.rel === 'appos' && t.pos.startsWith('NN') ? own(ctx, t.head) : undefined;
  if (head && (head.kind !== 'Person' || title)) return head;
  if (!title || !/^(NN|JJ)/.test(t.pos)) return undefined;
  const start = subtreeSpan(ctx.g, t.i)[0];
  const before = tok(ctx.g, start - 1)?.word === ',' ? own(ctx, start - 2) : undefined;
  return before?.kind === 'Person' ? before : undefined;
}

/**
 * The body a person's generic noun stands for ("Ghani's government", "the minister's forces"):
 * their standing affiliation, or for "government" ("his government", "Khan's government") the
 * government of their office first, over a party they belong to. (Named through the person, so
 * their body at any time: not only on the article's day, unlike `affiliationOn`.)
 */
function bodyServedBy(ctx: ClauseContext, personId: string, government: boolean): string | undefined {
  const find = (id: string) => ctx.state.index.actors.get(id);
  const served = government ? governmentServed(find(personId), ctx.state.publishedAt, find) : undefined;
  return served ?? KNOWN_AFFILIATIONS[personId];
}

export function mentionsAt(ctx: ClauseContext, i: number, depth = 0): Mention[] {
  if (depth > 4) return [];
  const out: Mention[] = [];
  const t = tok(ctx.g, i);
  if (!t) return out;
  const m = own(ctx, i);
  // "Taliban security forces": a generic alias owned by another actor is that actor's; "Pakistan's
  // army" is the force of the owner's side that the alias names
  const generic = m && GENERIC.has(m.surface.toLowerCase().replace(/^the /, '')) ? m : undefined;
  // ("security personnel of the Air Force", "militants of the X group": an of-phrase owns it too)
  const ownerMention = generic
    ? [...kids(ctx.g, i, 'compound', 'nmod:poss'), ...kids(ctx.g, i, 'nmod').filter((c) => caseOf(ctx.g, c.i) === 'of')]
        .map((c) => own(ctx, c.i))
        .find((o) => o && o !== m)
    : undefined;
  const ownForce = generic && ownerMention ? forceOfSide(ctx, ownerMention.id, generic) : undefined;
  // "Ghani's government": a person's generic body is the one the person serves in
  const affiliation =
    ownerMention?.kind === 'Person' ? bodyServedBy(ctx, ownerMention.id, /\bgovernment$/i.test(generic?.surface ?? '')) : undefined;
  const owner = ownForce ? ownForce : ownerMention?.kind === 'Person' ? (affiliation ? byId(ctx, affiliation) : undefined) : ownerMention;
  const parallel = m?.anaphor ? (parallelObject(ctx, t, m) ?? disjointFromSubject(ctx, t, m)) : undefined;
  if (owner) out.push(owner);
  else if (parallel) out.push(parallel);
  else if (m?.anaphor === 'pair') out.push(...pairOf(ctx, m));
  else if (m?.anaphor === 'both') out.push(...bothOf(ctx, t, m));
  else if (m?.anaphor === 'they' && coordinatedAntecedent(ctx, t).length) out.push(...coordinatedAntecedent(ctx, t));
  else if (m?.document) out.push(...(documentIssuer(ctx, t) ? [documentIssuer(ctx, t)!] : []));
  // "its own men suspected of belonging to X", "soldiers accused of links to X": the body they are
  // taken to belong to, before their own side
  else if ((!m || m.via === 'unnamed') && suspectedAffiliation(ctx, i).length)
    out.push(...suspectedAffiliation(ctx, i).flatMap((c) => mentionsAt(ctx, c.i, depth + 1)));
  else if (m && !(m.anaphor === 'it' && thingAntecedent(ctx, t))) out.push(m);
  // "killed all seven": a bare count referring back to counted unnamed people (3-mentions/unnamed.ts)
  else if (t.pos === 'CD' && countedPeople(ctx, t)) out.push(countedPeople(ctx, t)!);
  // "freed the officers": a definite plural repeating a named side's people (3-mentions/unnamed.ts)
  else if (repeatedPeople(ctx, t)) out.push(repeatedPeople(ctx, t)!);
  // "X, a Front commander whom Y arrested": what was done to the description was done to the person
  else if (t.lem === 'whom' && describedPerson(ctx, i)) out.push(describedPerson(ctx, i)!);
  // "the Front, whose fighters …", "X, whom Y attacked": a relative pronoun is its antecedent
  else if (isRelativePronoun(t) && antecedentOf(ctx.g, t) !== undefined) {
    const antecedent = antecedentOf(ctx.g, t)!;
    // "X is a faction that broke away from Y": a predicate noun's relative pronoun is the subject it describes
    const described = kids(ctx.g, antecedent, 'cop').length ? kids(ctx.g, antecedent, 'nsubj')[0] : undefined;
    // ("X, the commander whose network …": the owner a whose-relative on a description in apposition
    // to a name speaks of is that name; not what the description did: "X, a lawyer who attacked Y in print")
    const node = tok(ctx.g, antecedent);
    const apposed = !described && t.pos === 'WP$' && node?.rel === 'appos' && node.pos.startsWith('NN') ? node.head : undefined;
    const direct = mentionsAt(ctx, antecedent, depth + 1);
    const other = described?.i ?? apposed;
    const own_ = direct.length || other === undefined ? direct : mentionsAt(ctx, other, depth + 1);
    // "the patronage of Ostmark, which provides …": the parser hangs the clause on the phrase's
    // head; the name right before the comma is what the pronoun stands for
    const before = tok(ctx.g, t.i - 1)?.word === ',' ? ctx.mentionOf.get(t.i - 2) : undefined;
    // (a capital before the comma stands for its government: "a gesture from Washington, which has pressed X")
    const metonym = before?.place && !own_.length ? metonymAt(foldAscii(before.surface), ctx.state.publishedAt) : undefined;
    out.push(...(own_.length || !before ? own_ : metonym ? [byId(ctx, metonym)] : before.place ? [] : [before]));
  }
  // "Y's interior minister, X, acted …", "India's spy agency RAW": a common noun stands for the
  // named actor in apposition to it ("two Front commanders, A and B": for each name listed)
  else if (!ctx.mentionOf.get(i) && t.pos.startsWith('NN') && kids(ctx.g, i, 'appos').some((c) => isActor(own(ctx, c.i)))) {
    const named = kids(ctx.g, i, 'appos').find((c) => isActor(own(ctx, c.i)))!;
    out.push(own(ctx, named.i)!);
    if (t.pos === 'NNS') for (const c of kids(ctx.g, named.i, 'conj')) if (isActor(own(ctx, c.i))) out.push(own(ctx, c.i)!);
  }
  // "the head of the Front, X, urged …": the parser hangs the name on the of-phrase; the role noun stands for it
  else if (roleHolderInOfPhrase(ctx, t)) out.push(roleHolderInOfPhrase(ctx, t)!);
  // "The statement accused X …": a document as subject speaks for the last speaker (statements.ts)
  else if (!ctx.mentionOf.get(i) && documentIssuer(ctx, t)) out.push(documentIssuer(ctx, t)!);
  // "delegations led by X and Y met": each delegation stands for the body its leader serves
  else if (delegationLeaders(ctx, t).length) out.push(...delegationLeaders(ctx, t));
  // "a group led by X and Y assaulted …", "fighters led by X attacked …" (see ledPeople)
  else if (ledPeople(ctx, t).length) out.push(...ledPeople(ctx, t));
  else if (ctx.mentionOf.get(i)?.place && ctx.mentionOf.get(i)?.via === 'nationality') out.push(ctx.mentionOf.get(i)!);
  // "several splinter groups, including X and Y": a common noun stands for the names it includes
  // (when it includes any: "11 soldiers, including a major" are still the soldiers)
  // (not a stand-in its owner names: "the Front's leadership, including its emir X" is the Front)
  else if (!ctx.mentionOf.get(i) && t.pos.startsWith('NN') && !ownedStandIn(ctx, t) && includedNames(ctx, i, depth).length)
    out.push(...includedNames(ctx, i, depth));
  // "20 people, among them three Front members", "13 suspects, two of whom were Front militants"
  else if (partitiveMembers(ctx, t).length) out.push(...partitiveMembers(ctx, t));
  // "X, a little-known group that …": a descriptive noun in apposition to a name stands for it
  else if (appositionHost(ctx, t)) out.push(appositionHost(ctx, t)!);
  // "PAF Camp Badaber", "Levy Post Seven": a facility named with its type noun is its owner's
  else if (
    !ctx.mentionOf.get(i) &&
    t.pos.startsWith('NNP') &&
    kids(ctx.g, i, 'compound').some((c) => lexicon().sets.standIns.has(c.lem.toLowerCase()))
  )
    for (const c of kids(ctx.g, i, 'compound')) {
      const o = own(ctx, c.i);
      if (o && isActor(o)) out.push(o);
    }
  else if (
    (lexicon().sets.standIns.has(t.lem) && !regionOfSide(ctx, t)) ||
    (t.pos.startsWith('NN') && t.lem.endsWith('s') && lexicon().sets.standIns.has(t.lem.slice(0, -1))) ||
    // "the Front group", "the Jaish al-Adl outfit": a name before a generic body noun
    (!ctx.mentionOf.get(i) &&
      t.pos === 'NN' &&
      lexicon().sets.bodyNouns.has(t.lem) &&
      kids(ctx.g, i, 'compound').some((c) => isActor(own(ctx, c.i)))) ||
    unnamedSide(ctx, t)
  ) {
    // ("their captors": a captor noun's possessor is its captive, not its owner — 3-mentions/unnamed.ts)
    const captive = hasWord(lexicon().sets.captorNouns, t.lem) ? 'nmod:poss' : '';
    const mods = [
      ...kids(ctx.g, i, 'compound', 'nmod:poss', 'amod', 'nmod').filter(
        (c) => c.rel !== captive && (!c.rel.startsWith('nmod') || c.rel === 'nmod:poss' || OF_CASES.has(caseOf(ctx.g, c.i))),
      ),
      // "gunmen belonging to the X group", "fighters linked to X": the participle's phrase
      ...kids(ctx.g, i, 'acl')
        .filter((a) => lexicon().sets.owningParticiples.has(a.lem))
        .flatMap((a) => kids(ctx.g, a.i, 'obl')),
      ...kids(ctx.g, i, 'acl')
        .filter((a) => OWNING_BY.has(a.lem) && a.pos === 'VBN')
        .flatMap((a) => kids(ctx.g, a.i, 'obl').filter((o) => caseOf(ctx.g, o.i) === 'by')),
      // "four men they described as members of X", "suspects it identified as X militants": the
      // as-phrase of a describing relative clause (lexicon `describingVerbs`)
      ...kids(ctx.g, i, 'acl:relcl', 'acl')
        .filter((a) => lexicon().sets.describingVerbs.has(a.lem))
        .flatMap((a) => kids(ctx.g, a.i, 'obl', 'xcomp').filter((o) => caseOf(ctx.g, o.i) === 'as')),
      // "a Levy training centre": the owner parsed as a modifier of a common-noun modifier
      ...kids(ctx.g, i, 'compound')
        .filter((c) => c.pos === 'NN')
        .flatMap((c) => kids(ctx.g, c.i, 'compound')),
    ];
    for (const c of mods) {
      let found = nationalOwner(ctx, t, c) ?? mentionsAt(ctx, c.i, depth + 1);
      if (!found.length && c.rel.startsWith('nmod') && c.rel !== 'nmod:poss') found = governingPlaces(ctx, c);
      // "Ghani's government", "the minister's forces": a person's body, not the person
      if (BODY_NOUNS.has(t.lem))
        found = found.flatMap((f) => {
          if (f.kind !== 'Person') return [f];
          const body = bodyServedBy(ctx, f.id, t.lem === 'government');
          return body ? [byId(ctx, body)] : [];
        });
      // "our posts" (a government speaking), "the state's checkpoints": a state's military posts are its army's
      else if (hasWord(lexicon().sets.militaryStandIns, t.lem) && (!hasWord(lexicon().sets.holdingNouns, t.lem) || serviceNamed(ctx, t)))
        found = found.map((f) => {
          const army = armyOfState(ctx, f, t);
          return army ? byId(ctx, army) : f;
        });
      // "Fazlullah's fighters", "Brandt's men", "Brandt hideouts", "whose network": the group the
      // article says the person leads, else the armed group the knowledge base says they lead (the
      // person only when neither says; lexicons `followerNouns`, `holdingNouns`, `bodyNouns`)
      else if (
        unnamedSide(ctx, t) === 'fighters' ||
        hasWord(lexicon().sets.followerNouns, t.lem) ||
        hasWord(lexicon().sets.bodyNouns, t.lem) ||
        hasWord(lexicon().sets.holdingNouns, t.lem) ||
        hasWord(lexicon().sets.envoyNouns, t.lem)
      )
        found = found.map((f) => {
          // ("the premier's envoy": an agent of one who leads nothing named is the government they serve)
          const served = hasWord(lexicon().sets.envoyNouns, t.lem) && f.kind === 'Person' ? bodyServedBy(ctx, f.id, true) : undefined;
          const led = f.kind === 'Person' ? (roleOf(ctx, f.id, ['LEADS']) ?? groupLedInKnowledge(ctx, f.id) ?? served) : undefined;
          // (a state's camps and bases stay its army's: "Valdoria's bases")
          const army = hasWord(lexicon().sets.militaryStandIns, t.lem) ? armyOfState(ctx, f, t) : undefined;
          return led ? byId(ctx, led) : army ? byId(ctx, army) : f;
        });
      if (found.length) {
        out.push(...found);
        break;
      }
    }
    if (!out.length) out.push(...postInPlace(ctx, t));
    // nobody named as owner: unnamed people stand for their side ("militants of planning…" is no owner)
    if (
      !out.length &&
      !mods.some((c) => c.rel.startsWith('nmod') && !c.pos.startsWith('VB')) &&
      t.pos.startsWith('NN') &&
      !/^(compound|amod)/.test(t.rel)
    )
      out.push(...unnamed(ctx, t));
  } else if (t.pos === 'CD' || QUANTITIES.has(t.lem)) {
    // "hundreds of militants of the TTP", "dozens of TTP fighters": the quantity's of-phrase
    for (const c of kids(ctx.g, i, 'nmod').filter((c) => caseOf(ctx.g, c.i) === 'of')) out.push(...mentionsAt(ctx, c.i, depth + 1));
  }
  for (const c of kids(ctx.g, i, 'conj')) out.push(...mentionsAt(ctx, c.i, depth + 1));
  return dedupe(out);
}

/**
 * "the Pakistani side of the border": a side noun (lexicon `sideNouns`) with an of-phrase is a
 * region, not a party ("the Afghan side rejected the proposal" is the Afghan government).
 */
function regionOfSide(ctx: ClauseContext, t: DepToken): boolean {
  return lexicon().sets.sideNouns.has(t.lem) && kids(ctx.g, t.i, 'nmod').some((c) => caseOf(ctx.g, c.i) === 'of');
}

/**
 * "Pakistani border posts", "the Afghan envoy": a nationality adjective owning a stand-in names
 * that state's forces for a military stand-in (lexicon `militaryStandIns`), its government for an
 * official one (`officialStandIns`); any other ("Afghan fighters") is left to the mentions.
 */
function nationalOwner(ctx: ClauseContext, t: DepToken, c: DepToken): Mention[] | undefined {
  const m = ctx.mentionOf.get(c.i);
  if ((m && !m.place) || !/^(amod|compound)$/.test(c.rel)) return undefined;
  const L = lexicon().sets;
  const is = (set: Set<string>) => hasWord(set, t.lem);
  const military = is(L.militaryStandIns);
  if (!military && !is(L.officialStandIns)) return undefined;
  const n = nationalityAt(c.word, ctx.state.publishedAt);
  const service = military ? serviceNamed(ctx, t) : undefined;
  const id = military ? (service && n?.[service]) || (n?.forces ?? n?.army ?? n?.government) : n?.government;
  return id ? [byId(ctx, id)] : undefined;
}

/**
 * Construction class: a pronoun object parallel to the object of the verb it is coordinated with.
 * "accused Valdorian officials of abuses … and warned them": "them" is what the first verb's
 * object names, not the nearest plural noun (the pronoun's kind must fit: "him" a person). So is
 * the subject pronoun of a second verb of demanding's content clause ("accused Ostmark of
 * sheltering the Front and demanded that it hand over X": it is Ostmark).
 */
function parallelObject(ctx: ClauseContext, t: DepToken, m: Mention): Mention | undefined {
  const verb = tok(ctx.g, t.head);
  // (or the subject of a demand verb's content clause, the one asked: "accused X of … and demanded
  // that it hand over Y"; under "said" it is more often the speaker)
  const asker = verb?.rel === 'ccomp' ? tok(ctx.g, verb.head) : undefined;
  const demanding = asker && verbLemmasOf('DEMANDS').has(asker.lem) ? asker : undefined;
  const second = t.rel === 'obj' ? verb : t.rel === 'nsubj' ? demanding : undefined;
  const first = second?.rel === 'conj' ? tok(ctx.g, second.head) : undefined;
  if (!first?.pos.startsWith('VB')) return undefined;
  const object = kids(ctx.g, first.i, 'obj')
    .map((o) => own(ctx, o.i))
    .find((o) => o?.id && !o.anaphor && !o.place);
  if (!object) return undefined;
  return (m.anaphor === 'he') === (object.kind === 'Person') ? object : undefined;
}

/** Personal pronouns that cannot be bound by their own clause's subject (reflexives can). */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her']);

/**
 * Construction class: an object pronoun is not its own clause's subject. "Washington froze its aid
 * to Ostmark, accusing it of sheltering the Front": "it" cannot be Washington (that would be
 * "itself"), so it is the next antecedent, Ostmark. An object pronoun whose first antecedent is
 * what the verb's subject names (a participle's subject being its governor's) takes the next one
 * that is not; with none left it names nothing. `undefined` when the rule does not apply.
 */
function disjointFromSubject(ctx: ClauseContext, t: DepToken, m: Mention): Mention | undefined {
  const verb = tok(ctx.g, t.head);
  if (!OBJECT_PRONOUNS.has(t.word.toLowerCase()) || !/^(obj|iobj)$/.test(t.rel) || !verb?.pos.startsWith('VB') || !m.id) return undefined;
  const subjects = new Set(agentNodes(ctx.g, verb).map((a) => ctx.mentionOf.get(a)?.id));
  if (!subjects.has(m.id)) return undefined;
  const rest = (m.candidates ?? []).filter((id) => !subjects.has(id));
  return { ...m, id: rest[0] ?? '', candidates: rest };
}

/**
 * "delegations from Islamabad and Kabul", "the ministers of Pakistan and Afghanistan": places in a
 * stand-in's of- or from-phrase (node `c` and its conjuncts) that name a government, as they do
 * acting as an agent (knowledge `metonyms`).
 */
function governingPlaces(ctx: ClauseContext, c: DepToken): Mention[] {
  return [c, ...kids(ctx.g, c.i, 'conj')].flatMap((x) => {
    const m = ctx.mentionOf.get(x.i);
    const metonym = m?.place ? metonymAt(foldAscii(m.surface), ctx.state.publishedAt) : undefined;
    return metonym ? [byId(ctx, metonym)] : [];
  });
}

/** The actors named in noun `i`'s including-phrases ("groups, including X and Y"). */
function includedNames(ctx: ClauseContext, i: number, depth: number): Mention[] {
  return kids(ctx.g, i, 'nmod')
    .filter((c) => INCLUDING.has(caseOf(ctx.g, c.i)))
    .flatMap((c) => mentionsAt(ctx, c.i, depth + 1));
}

/**
 * Construction class: "it" after a thing as its clause's topic. "the school had been chosen
 * because it trained officers", "the road was closed after it was shelled": the subject "it" of an
 * adverbial clause whose governing clause has a singular common noun as subject, itself no actor
 * and owned by none, refers to that thing, not to an actor named earlier. True when the rule applies.
 */
function thingAntecedent(ctx: ClauseContext, t: DepToken): boolean {
  const clause = tok(ctx.g, t.head);
  if (!/^nsubj/.test(t.rel) || clause?.rel !== 'advcl') return false;
  const subject = kids(ctx.g, clause.head, 'nsubj', 'nsubj:pass')[0];
  // (an owned thing leaves "it" to its owner: "its bombing killed X, and it has fought Y")
  if (!subject || subject.i > t.i || subject.pos !== 'NN' || ctx.mentionOf.has(subject.i)) return false;
  return !kids(ctx.g, subject.i, 'nmod:poss').length;
}

/**
 * The phrases naming the body the people of noun `i` are suspected or accused of belonging to:
 * "men suspected of belonging to X" (a gerund of owning, lexicon `owningParticiples`), "soldiers accused
 * of links to X" (a noun of ties with its to-phrase), "suspects with links to X".
 */
function suspectedAffiliation(ctx: ClauseContext, i: number): DepToken[] {
  const out: DepToken[] = [];
  for (const a of kids(ctx.g, i, 'acl', 'amod').filter((a) => a.pos === 'VBN' && SUSPECTING.has(a.lem))) {
    for (const c of kids(ctx.g, a.i, 'advcl', 'obl', 'acl').filter(
      (c) => caseOf(ctx.g, c.i) === 'of' || kids(ctx.g, c.i, 'mark').some((m) => m.lem === 'of'),
    )) {
      if (lexicon().sets.owningParticiples.has(c.lem)) out.push(...kids(ctx.g, c.i, 'obl', 'nmod'));
      else if (TIE_NOUNS.has(c.lem)) out.push(...kids(ctx.g, c.i, 'nmod').filter((n) => ['to', 'with'].includes(caseOf(ctx.g, n.i))));
    }
  }
  // "suspects with links to X": a with-phrase of ties on the people themselves
  for (const c of kids(ctx.g, i, 'nmod').filter((c) => caseOf(ctx.g, c.i) === 'with' && TIE_NOUNS.has(c.lem)))
    out.push(...kids(ctx.g, c.i, 'nmod').filter((n) => ['to', 'with'].includes(caseOf(ctx.g, n.i))));
  return out;
}

/** Participles of suspicion on people ("suspected of", "accused of", "alleged to"). */
const SUSPECTING = new Set(['suspect', 'accuse', 'allege']);

/** Nouns of ties whose to- or with-phrase names the body ("links to X", "ties with Y"). */
const TIE_NOUNS = new Set(['link', 'links', 'tie', 'ties', 'connection', 'connections', 'affiliation']);

/** Which side an unnamed-person noun names ("militants", "hostage-takers", "troops"), if any. */
function unnamedSide(ctx: ClauseContext, t: DepToken): 'fighters' | 'soldiers' | undefined {
  if (!t.pos.startsWith('NN')) return undefined;
  const L = lexicon().sets;
  // "hostage-takers" arrives as "taker" with the compound "hostage"
  const prev = kids(ctx.g, t.i, 'compound').find((c) => c.i < t.i);
  const forms = [t.lem, ...(prev ? [`${prev.lem}-${t.lem}`] : [])];
  const is = (set: Set<string>) => forms.some((f) => hasWord(set, f));
  // (craft only as the agent: "the aircraft struck X", "hit by helicopters")
  const agent = t.rel.startsWith('nsubj') || (t.rel.startsWith('obl') && caseOf(ctx.g, t.i) === 'by');
  // "jet fighters", "fighter jets": aircraft, not militants
  const head = /^(compound|amod)$/.test(t.rel) ? tok(ctx.g, t.head) : undefined;
  if (kids(ctx.g, t.i, 'compound', 'amod').some((c) => L.aircraftWords.has(c.lem)) || (head && L.aircraftWords.has(head.lem)))
    return undefined;
  return is(L.unnamedFighters) ? 'fighters' : is(L.unnamedSoldiers) || (agent && is(L.unnamedCraft)) ? 'soldiers' : undefined;
}

function countedPeople(ctx: ClauseContext, t: DepToken): Mention | undefined {
  return (ctx.state.unnamed[ctx.sentence.index] ?? []).find((u) => u.id && u.start <= t.absStart && t.absEnd <= u.stop);
}

/** A stand-in noun (lexicon `standIns`) with an actor as its possessor ("the Front's leadership"). */
function ownedStandIn(ctx: ClauseContext, t: DepToken): boolean {
  return lexicon().sets.standIns.has(t.lem) && kids(ctx.g, t.i, 'nmod:poss').some((c) => isActor(own(ctx, c.i)));
}

/** A definite plural standing for a named side's people it repeats ("the officers"), not unnamed people ("the militants"). */
function repeatedPeople(ctx: ClauseContext, t: DepToken): Mention | undefined {
  const m = t.pos === 'NNS' ? countedPeople(ctx, t) : undefined;
  return m?.via === 'unnamed' ? undefined : m;
}

/**
 * "the militants", "its fighters": unnamed people with no named owner in their phrase ("TTP
 * fighters", "fighters of the Front" have one). They can be identified as a body's members but do
 * not make their side a member of it.
 */
export function isUnnamedPeople(ctx: ClauseContext, i: number): boolean {
  const t = tok(ctx.g, i);
  if (!t || !unnamedSide(ctx, t) || (ctx.mentionOf.get(i) && !ctx.mentionOf.get(i)!.anaphor)) return false;
  const named = (c: DepToken) => {
    const m = ctx.mentionOf.get(c.i);
    return m && !m.anaphor;
  };
  return !kids(ctx.g, i, 'compound', 'nmod:poss', 'nmod', 'amod').some((c) => named(c) || kids(ctx.g, c.i, 'conj').some(named));
}

/** "seven militants", "the attackers", "troops": unnamed people stand for the article's default referent of their side. */
function unnamed(ctx: ClauseContext, t: DepToken): Mention[] {
  const side = unnamedSide(ctx, t);
  // "unidentified gunmen", "unknown assailants": the report says it does not know whose they are
  if (kids(ctx.g, t.i, 'amod').some((a) => lexicon().sets.unknownMarkers.has(a.lem))) return [];
  // "repulsed an attack by X fighters, killing four of the attackers": an armed group named
  // earlier in the same sentence is nearer than the article's default
  const near =
    side === 'fighters'
      ? ctx.mentions.filter((m) => m.stop <= t.absStart && m.id && !m.anaphor && !m.place && m.kind === 'ArmedGroup').at(-1)
      : undefined;
  if (near) return [{ ...byId(ctx, near.id), confidence: 0.7, via: 'unnamed' }];
  // "the attack, claimed by X, … five of the assailants were killed": just after an attack by an
  // armed group, unnamed fighters are its fighters, not the article's principal group
  const attacker = side === 'fighters' ? recentArmedAttacker(ctx) : undefined;
  if (attacker) return [{ ...byId(ctx, attacker), confidence: 0.65, via: 'unnamed' }];
  const referents = referentsAt(ctx.state, ctx.sentence.index);
  const id = side === 'fighters' ? referents.armedGroup : side === 'soldiers' ? referents.army : undefined;
  return id ? [{ ...byId(ctx, id), confidence: 0.6, via: 'unnamed' }] : [];
}

/** The army of government mention `f` (a ministry's: its government's), for its post `t` (see postForce). */
function armyOfState(ctx: ClauseContext, f: Mention, t: DepToken): string | undefined {
  return f.kind === 'Government' ? postForce(ctx, t, ctx.state.index.actors.get(f.id)?.partOf ?? f.id) : undefined;
}

/**
 * Construction class: a post named by its service. "a naval base in Dorn", "a Valdorian air
 * base", "attacked the airbase": a military stand-in whose own word or a modifier of it is a naval
 * or air word (lexicon `navalWords`, `airWords`; naval first) is that service of the state
 * (knowledge `nationalities`: `navy`, `airForce`), where the knowledge base has one.
 */
function serviceNamed(ctx: ClauseContext, t: DepToken): 'navy' | 'airForce' | undefined {
  const L = lexicon().sets;
  const words = [t.lem, ...kids(ctx.g, t.i, 'amod', 'compound').map((c) => c.lem.toLowerCase())];
  return words.some((w) => L.navalWords.has(w)) ? 'navy' : words.some((w) => L.airWords.has(w)) ? 'airForce' : undefined;
}

/** The force of state `government` that holds military post `t`: the service it is named by, else the army. */
function postForce(ctx: ClauseContext, t: DepToken, government: string): string | undefined {
  const service = serviceNamed(ctx, t);
  return (service && serviceOf(government, service)) || armyOf(government);
}

/** Words that open a partitive after a plural noun's comma: "among them", "two of whom", "some of them". */
const PARTITIVE_PRONOUNS = new Set(['them', 'those', 'whom']);
const PARTITIVE_QUANTITIES = new Set(['some', 'many', 'most', 'several', 'one', 'all', 'few', 'half']);

/**
 * Construction class: members named in a partitive. "detained 20 people, among them three
 * members of the Front", "arrested 13 suspects, two of whom were Front militants", "recaptured 28
 * escapees, two of them Front fighters", "freed 400 inmates, among them X": a plural common noun
 * followed (after its own modifiers, or a subject's verb, and a comma) by "among them" or "<quantity> of whom/them"
 * stands for what the partitive's head noun names (its first noun that is no modifier and no
 * describer: "described by police as …", "officials say …"). The partitive is found from the
 * words, as the parser hangs it anywhere.
 */
function partitiveMembers(ctx: ClauseContext, t: DepToken): Mention[] {
  if (t.pos !== 'NNS' || ctx.mentionOf.get(t.i)) return [];
  // (not a noun with an owner of its own: "Levy officers rounded up 50 suspects, 16 of whom …",
  // nor a quantity of a named group — "dozens of Front members, among them X" is the group's,
  // its members added by among-those)
  if (kids(ctx.g, t.i, 'compound', 'nmod:poss', 'amod').some((c) => ctx.mentionOf.get(c.i))) return [];
  if (QUANTITIES.has(t.lem) || kids(ctx.g, t.i, 'nmod').some((c) => caseOf(ctx.g, c.i) === 'of')) return [];
  const right = partitiveAfter(ctx, t.i + 1);
  if (right.length) return right;
  // (a subject's partitive may follow its verb, when the verb has no object of its own:
  // "Thirteen people were killed, among them …")
  const verb = /^nsubj/.test(t.rel) ? tok(ctx.g, t.head) : undefined;
  if (!verb?.pos.startsWith('VB') || verb.i < t.i || kids(ctx.g, verb.i, 'obj').length) return [];
  return partitiveAfter(ctx, verb.i + 1);
}

/** The members a partitive names when one opens after the comma that ends the words from token `from` (see partitiveMembers). */
function partitiveAfter(ctx: ClauseContext, from: number): Mention[] {
  const word = (i: number) => tok(ctx.g, i)?.word.toLowerCase();
  let k = from;
  for (let hops = 0; word(k) !== undefined && word(k) !== ',' && hops < 8; k++, hops++) if (tok(ctx.g, k)!.pos.startsWith('VB')) return [];
  if (word(k) !== ',') return [];
  k++;
  const quantity = tok(ctx.g, k)?.pos === 'CD' || PARTITIVE_QUANTITIES.has(word(k) ?? '');
  const start =
    word(k) === 'among' && PARTITIVE_PRONOUNS.has(word(k + 1) ?? '')
      ? k + 2
      : quantity && word(k + 1) === 'of' && PARTITIVE_PRONOUNS.has(word(k + 2) ?? '')
        ? k + 3
        : undefined;
  if (start === undefined) return [];
  const L = lexicon().sets;
  const describer = (x: DepToken) =>
    kids(ctx.g, x.i, 'case').some((c) => c.lem === 'by') ||
    (/^nsubj/.test(x.rel) && (L.speech.has(tok(ctx.g, x.head)?.lem ?? '') || L.describingVerbs.has(tok(ctx.g, x.head)?.lem ?? '')));
  // the partitive's head noun (not a modifier of the next word, nor a describer) stands for its members
  for (let j = start; word(j) !== undefined && ![',', ';', '.', ':'].includes(word(j)!); j++) {
    const x = tok(ctx.g, j)!;
    if (!x.pos.startsWith('NN') || describer(x) || (/^(compound|amod)/.test(x.rel) && x.head > j)) continue;
    return mentionsAt(ctx, j).filter((m) => isActor(m) && !m.anaphor);
  }
  return [];
}

/**
 * Construction class: a post placed in a state. "fired on border posts in Kurram", "attacked a
 * checkpoint near Dorn": a military stand-in (lexicon `militaryStandIns`, not a holding unless
 * named by its service: "a naval base in Dorn", see serviceNamed) with no
 * owner, whose in/near/along-phrase (its own, one of its phrase's, or its verb's) names a known
 * place, is the army of the state that place lies in (knowledge `country`). So is a post named
 * by its place ("the Dorn cantonment": a place compound before the post).
 */
function postInPlace(ctx: ClauseContext, t: DepToken): Mention[] {
  const L = lexicon().sets;
  // (a holding — "a base" may be a group's — only when its service names it a state's: "a naval base")
  const holding = hasWord(L.holdingNouns, t.lem) && !serviceNamed(ctx, t);
  if (!hasWord(L.militaryStandIns, t.lem) || holding || L.unnamedSoldiers.has(t.lem)) return [];
  // (only as what is attacked: not a subject, nor the noun a relative clause hangs on — "an assault
  // on a garrison in Zhob that killed nine soldiers" may be parsed with the garrison killing them)
  if (/^nsubj/.test(t.rel) || kids(ctx.g, t.i, 'acl:relcl').length) return [];
  // (the phrase may hang on a phrase of the post's — "posts along the border in Bajaur" — or, for
  // the object of an attack, on its verb: "fired on border posts in Kurram")
  const near = (i: number) =>
    [...kids(ctx.g, i, 'nmod'), ...kids(ctx.g, i, 'obl')].filter((c) => ['in', 'near', 'along'].includes(caseOf(ctx.g, c.i)));
  const own = near(t.i);
  const verb = /^(obj|obl)/.test(t.rel) ? tok(ctx.g, t.head) : undefined;
  const named = kids(ctx.g, t.i, 'compound').filter((c) => c.i < t.i);
  const phrases = [...own, ...own.flatMap((p) => near(p.i)), ...(verb?.pos.startsWith('VB') ? near(verb.i) : []), ...named];
  for (const p of phrases) {
    const place = ctx.mentionOf.get(p.i);
    const government = place?.place ? placeGovernment(ctx.state, place.id) : undefined;
    const army = government ? postForce(ctx, t, government) : undefined;
    if (army) return [byId(ctx, army)];
  }
  return [];
}

/** The armed group the knowledge base says person `id` leads (standing affiliation with a leader's role), if any. */
export function groupLedInKnowledge(ctx: ClauseContext, id: string): string | undefined {
  const a = ctx.state.index.actors.get(id);
  const body = a?.affiliation ? ctx.state.index.actors.get(a.affiliation) : undefined;
  const leads = lexicon().roles.get(a?.role?.toLowerCase() ?? '') === 'LEADS';
  return body?.kind === 'ArmedGroup' && leads ? body.id : undefined;
}

/** The armed group that made the attack recorded in this sentence or the one before, if any. */
function recentArmedAttacker(ctx: ClauseContext): string | undefined {
  const id = ctx.memory.lastAttacker;
  if (!id || ctx.sentence.index - ctx.memory.lastVictimSentence > 1) return undefined;
  const kind = ctx.state.entities.get(id)?.kind ?? ctx.state.index.actors.get(id)?.kind;
  return kind === 'ArmedGroup' ? id : undefined;
}

function dedupe(ms: Mention[]): Mention[] {
  return ms.filter((m, k) => ms.indexOf(m) === k);
}

/** Mentions of the dependents of `i` introduced by one of `preps` (obl / nmod with that case). */
export function prepMentions(
  ctx: ClauseContext,
  i: number,
  preps: readonly string[],
): Array<{ prep: string; mentions: Mention[]; node: number }> {
  const out: Array<{ prep: string; mentions: Mention[]; node: number }> = [];
  // "broke away from X", "pulled back from X": the phrase hangs on the adverbial particle
  const particles = kids(ctx.g, i, 'advmod').filter((a) => a.pos === 'RB' || a.pos === 'RP');
  for (const c of [...kids(ctx.g, i, 'obl', 'nmod', 'advcl'), ...particles.flatMap((a) => kids(ctx.g, a.i, 'obl'))]) {
    // (not an absolute clause: "with Qatar mediating" names no party of its own)
    if (c.pos === 'VBG' && kids(ctx.g, c.i, 'mark').some((m) => m.lem === 'with')) continue;
    const prep = caseOf(ctx.g, c.i);
    const hit = preps.find((p) => prep === p || prep.endsWith(` ${p}`) || prep.startsWith(`${p} `));
    // "called on X to act" is often parsed with X as the subject of the verb the phrase governs
    const node = c.pos.startsWith('VB') ? (kids(ctx.g, c.i, 'nsubj')[0]?.i ?? c.i) : c.i;
    if (hit) out.push({ prep: hit, mentions: mentionsAt(ctx, node), node });
  }
  return out;
}
