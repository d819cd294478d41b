/**
 * Roles: LEADS, SPOKESPERSON_FOR and MEMBER_OF between a person and a body.
 *
 * Construction classes (role nouns and verbs from knowledge/lexicon/syntax.yaml):
 * - appositive: "Zabihullah Mujahid, the Taliban's spokesman" / "the group's chief, X";
 * - title before the name: "TTP spokesman X", "Pakistan's Foreign Minister X", "army chief X";
 * - copula: "X is the leader of Y", "X, who was the Front's commander";
 * - role away from the name: "X took over as army chief", "X was appointed spokesman of Y",
 *   "X became emir" (as-phrase or xcomp of a verb);
 * - role verbs: "X heads Y", "Y, led by X", "X joined Y".
 * The body is the mention attached to the role noun (possessive, compound, nationality, "of" /
 * "for" phrase). "deputy leader" is membership; "former chief" is past.
 */
import { caseOf, isReflexive, isRelativePronoun, kids, subtreeSpan, tok, type DepToken } from '../2-parse/dependency-graph.ts';
import type { ClaimStatus } from '../../model/vocabulary.ts';
import type { Mention } from '../types.ts';
import { describedPerson, groupLedInKnowledge, isActor, isUnnamedPeople, mentionsAt, prepMentions } from './arguments.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf } from './factuality.ts';
import { agentNodes, comitativeAgents, isPassive, joinedPartners, patientNodes } from './frame.ts';
import { armyOf, findKnownActor, heldOn, metonymAt, nationalityAt, officeFor, stateSideOf } from '../../knowledge/actors.ts';
import { lexicon, type RoleType } from '../lexicon.ts';
import { byId } from './parties.ts';
import { kind, roleOf as heldRole } from './emit.ts';
import { articleProvinceGovernment, dominantGovernment, governorOf } from '../article-state.ts';
import { nameKey } from '../1-text/normalize.ts';
import { record } from './record.ts';

interface Role {
  type: RoleType;
  status: ClaimStatus /** A part of a body ("media wing", "branch"): its holder is a body, not a person. */;
  part: boolean;
}

/** The role a noun token names ("spokesman", "foreign minister", "deputy leader"), if any. */
export function roleOf(ctx: ClauseContext, r: DepToken): Role | undefined {
  const L = lexicon();
  // ("Army chief Gen X": the tagger may read a role noun before a rank as an adjective)
  if (!r.pos.startsWith('NN') && !(r.pos === 'JJ' && r.rel === 'amod' && L.roles.has(r.lem))) return undefined;
  const mods = kids(ctx.g, r.i, 'compound', 'amod');
  const prev = tok(ctx.g, r.i - 1);
  const two =
    prev && (prev.head === r.i || prev.head === r.head) && /^(compound|amod)/.test(prev.rel)
      ? L.roles.get(`${prev.lem} ${r.lem}`)
      : undefined;
  // ("director general", "attorney general": a title whose second word the parser hangs on the first)
  const next = tok(ctx.g, r.i + 1);
  const postposed = next?.head === r.i && /^(compound|amod)/.test(next.rel) ? L.roles.get(`${r.lem} ${next.lem}`) : undefined;
  // "a splinter group of X": a generic body noun that a part or breakaway word makes a part
  const partOfBody =
    L.sets.bodyNouns.has(r.lem) && mods.some((m) => L.partRoles.has(m.lem) || L.sets.breakaway.has(m.lem)) ? 'MEMBER_OF' : undefined;
  // a hyphenated title the lexicon lacks is its last word with the others as modifiers
  // ("vice-president": a subordinate president; "ex-chief": a former chief)
  const parts = r.lem.includes('-') && !L.roles.has(r.lem) ? r.lem.split('-') : [];
  const hyphenated = parts.length > 1 ? (L.roles.get(parts.join(' ')) ?? L.roles.get(parts[parts.length - 1]!)) : undefined;
  let type =
    two ??
    postposed ??
    mods.map((m) => L.roles.get(`${m.lem} ${r.lem}`)).find(Boolean) ??
    L.roles.get(r.lem) ??
    hyphenated ??
    L.partRoles.get(r.lem) ??
    partOfBody;
  if (!type) return undefined;
  // ("for its part": some part nouns name a part only with their of-phrase, lexicon `ofPhraseParts`)
  if (L.sets.ofPhraseParts.has(r.lem) && !kids(ctx.g, r.i, 'nmod').some((c) => caseOf(ctx.g, c.i) === 'of')) return undefined;
  // (with the title words before it that hang on the name as it does: "former deputy chief X")
  const siblings = ctx.g.tokens.filter((t) => t.i < r.i && t.i >= r.i - 3 && t.head === r.head && /^(compound|amod)/.test(t.rel));
  const words = [...[...mods, ...siblings, ...kids(ctx.g, r.i, 'advmod')].map((m) => m.lem), ...(hyphenated ? parts.slice(0, -1) : [])];
  // (also the head of a unit the article does not name: "the Tarn bureau chief of Y", "its media wing head")
  const unitHead = mods.some((m) => unnamedUnit(ctx, m.i));
  if (type === 'LEADS' && (unitHead || words.some((w) => L.sets.subordinate.has(w) || (!two && L.sets.chapterWords.has(w)))))
    type = 'MEMBER_OF';
  // "a leader of X", "a TTP leader": one of its leaders
  if (type === 'LEADS' && !two && kids(ctx.g, r.i, 'det').some((d) => d.lem === 'a' || d.lem === 'an')) type = 'MEMBER_OF';
  // "the commander of X", "Commander of X": the one who commands it (lexicon `definiteLeaders`);
  // so is a bare one in apposition, where English drops the article of a title ("Y, commander of X")
  const dets = kids(ctx.g, r.i, 'det');
  const bare = !dets.length && !kids(ctx.g, r.i, 'nummod').length;
  const definite = dets.some((d) => d.lem === 'the') || (bare && (r.pos === 'NNP' || r.rel === 'appos'));
  const ofPhrase = kids(ctx.g, r.i, 'nmod').some((c) => caseOf(ctx.g, c.i) === 'of');
  // (not a narrower command: "the Peshawar corps commander of the army")
  const narrowed = kids(ctx.g, r.i, 'compound').length > 0;
  if (type === 'MEMBER_OF' && L.sets.definiteLeaders.has(r.lem) && r.pos !== 'NNS' && definite && ofPhrase && !narrowed) type = 'LEADS';
  const status: ClaimStatus = words.some((w) => L.sets.former.has(w))
    ? 'past'
    : words.some((w) => L.sets.breakaway.has(w))
      ? 'ended'
      : 'stated';
  return { type, status, part: Boolean(partOfBody) || (!two && L.partRoles.has(r.lem) && !L.roles.has(r.lem)) };
}

/** True for a unit noun at `i` (lexicon `unitNouns`: office, wing, bureau, ranks …) that names no actor of the article. */
function unnamedUnit(ctx: ClauseContext, i: number): boolean {
  return lexicon().sets.unitNouns.has(tok(ctx.g, i)?.lem ?? '') && !ctx.mentionOf.has(i);
}

const PERSON = (m: Mention) => m.kind === 'Person' || m.anaphor === 'he';

/** A mention of a body (an actor that is no person) a role or membership can be in. */
const isBody = (m: Mention | undefined): m is Mention => isActor(m) && m.kind !== 'Person';

/**
 * A modifier that names a state: a nationality adjective ("Afghan President", "U.S. envoy") or a
 * country used as possessor ("Pakistan's foreign minister") stands for its government (its army
 * for military ranks), at the article's date.
 */
function stateOf(ctx: ClauseContext, c: DepToken, military: boolean): Mention | undefined {
  const m = ctx.mentionOf.get(c.i);
  const word = (m?.surface ?? c.word).toLowerCase().replace(/['’]s$/, '');
  const nat = nationalityAt(word, ctx.state.publishedAt);
  const id = nat
    ? military
      ? (nat.army ?? nat.government)
      : nat.government
    : m?.place
      ? metonymAt(word, ctx.state.publishedAt)
      : undefined;
  return id ? byId(ctx, id) : undefined;
}

/**
 * The state a modifier `c` of role noun `r` names (nationality, country, governed place).
 * Construction class: private role — a nationality or place on a role the state does not give
 * ("an Uzbek militant", "a Swat cleric"; lexicon `privateRoles`) tells where the person is from,
 * not whose member they are.
 */
function stateBody(ctx: ClauseContext, c: DepToken, r: DepToken): Mention | undefined {
  if (lexicon().sets.privateRoles.has(r.lem)) return undefined;
  return stateOf(ctx, c, MILITARY.has(r.lem)) ?? governmentOfPlace(ctx, c.i);
}

/** Nouns of taking office whose as-phrase names the role ("the appointment of X as chief"). */
const APPOINTMENTS = new Set([
  'appointment',
  'nomination',
  'election',
  'selection',
  'promotion',
  'elevation',
  'installation',
  'designation',
]);

/** Verbs whose object and role noun form a small clause ("named X its spokesman", "made X chief"). */
const NAMING = new Set(['name', 'appoint', 'make', 'elect', 'designate', 'declare', 'nominate', 'choose', 'select']);

/** Title words that put an office in the armed forces ("army chief"). */
const ARMY_WORDS = new Set(['army', 'military']);

/** Titles of government office. */
const GOVERNMENT_TITLES = new Set(['minister', 'president', 'premier', 'secretary', 'chancellor', 'governor']);

/** Government titles no party gives its own officers ("the party's president" is the party's). */
const STATE_OFFICES = new Set(['minister', 'premier', 'governor']);

/** Titles of a cabinet or ministry ("Prime Minister X", "Interior Minister X", "Foreign Secretary X"): with no state named, the article's government's. */
const CABINET_TITLES = new Set(['minister', 'premier', 'secretary']);

const MILITARY = new Set(['general', 'colonel', 'brigadier', 'major', 'captain', 'lieutenant', 'commander']);

/**
 * The body a role noun is attached to. Construction class: a ruler from the army. A ruler's title
 * (lexicon `rulerNouns`) naming a state's force ("Pakistan's military ruler") heads the state's
 * government (the state the force serves, `stateSideOf`).
 */
function bodyOf(ctx: ClauseContext, r: DepToken, person?: Mention): Mention[] {
  const bodies = attachedBodies(ctx, r, person);
  if (!lexicon().sets.rulerNouns.has(r.lem)) return bodies;
  return bodies.map((b) => {
    const state = kind(ctx, b.id) === 'SecurityForce' ? stateSideOf(b.id, (x) => ctx.state.index.actors.get(x)) : undefined;
    return state ? byId(ctx, state) : b;
  });
}

/** The body a role noun's words name (see `bodyOf`). */
function attachedBodies(ctx: ClauseContext, r: DepToken, person?: Mention): Mention[] {
  const owners = kids(ctx.g, r.i, 'nmod:poss', 'amod');
  // "Iran's army chief": a force word in the title makes the owner state's office its army's
  // (the bare word "army" would otherwise name whichever army the knowledge base calls so)
  const surface = (c: DepToken) => (ctx.mentionOf.get(c.i)?.surface ?? c.word).toLowerCase();
  if (kids(ctx.g, r.i, 'compound').some((c) => ARMY_WORDS.has(surface(c))))
    for (const c of owners) {
      const gov = mentionsAt(ctx, c.i).find((m) => m.kind === 'Government');
      const army = gov ? (armyOf(gov.id) ?? gov.id) : stateOf(ctx, c, true)?.id;
      if (army) return [byId(ctx, army)];
    }
  const force = placeForce(ctx, r);
  if (force) return [force];
  // then the compound: the nearer, narrower body ("the Front's Swat chief" → …), then the owner
  // ("Afghan National Security Adviser": the parser hangs the nationality on an inner title word)
  // (the words before a unit noun name the unit's place, not the body: "the Tarn bureau chief of Y")
  const allCompounds = kids(ctx.g, r.i, 'compound');
  const unit = allCompounds.find((c) => unnamedUnit(ctx, c.i));
  const compounds = unit ? allCompounds.filter((c) => c.i > unit.i) : allCompounds;
  const inner = compounds.flatMap((c) => kids(ctx.g, c.i, 'compound', 'amod').filter((x) => x.i < c.i));
  const mods = [...compounds, ...owners, ...inner];
  for (const c of mods) {
    // (an unresolved pronoun — "his Afghan counterpart" — names no body: the next modifier may)
    const ms = mentionsAt(ctx, c.i).filter((m) => m !== person && m.id && m.kind !== 'Person' && !m.place);
    if (ms.length) return ms;
    const state = stateBody(ctx, c, r);
    if (state) return [state];
  }
  // (a posted role's "to" / "in" / "at" phrase is its posting: "ambassador to Dorn"; lexicon `postedRoles`)
  const preps = lexicon().sets.postedRoles.has(r.lem) ? ['of', 'for'] : ['of', 'for', 'in', 'at', 'to'];
  for (const p of prepMentions(ctx, r.i, preps)) {
    if (portfolio(ctx, p.node)) continue;
    const governing = governmentOfPlace(ctx, p.node);
    if (governing && GOVERNMENT_TITLES.has(r.lem)) return [governing];
    const ms = p.mentions.filter((m) => m !== person && m.kind !== 'Person');
    if (ms.length) return ms;
  }
  const own = ctx.mentionOf.get(r.i);
  if (own && own !== person && own.kind !== 'Person' && !own.place) return [own];
  // "the Director General ISPR": a title before the body's name
  const host = r.rel === 'compound' ? ctx.mentionOf.get(r.head) : undefined;
  return host && host !== person && host.kind !== 'Person' && !host.place ? [host] : [];
}

/**
 * Construction class: a place's force in a title. "Tarn Inspector General of Police X", "the Tarn
 * police chief, X": a force word on the title (lexicon `forceHeads`, as a compound or an
 * of-phrase) with a place before it names the force the knowledge base calls "<place> <word>"
 * ("Tarn police"), not the place's government.
 */
function placeForce(ctx: ClauseContext, r: DepToken): Mention | undefined {
  const heads = lexicon().sets.forceHeads;
  const named = (c: DepToken) => ctx.mentionOf.get(c.i);
  const words = [...kids(ctx.g, r.i, 'compound'), ...kids(ctx.g, r.i, 'nmod').filter((c) => caseOf(ctx.g, c.i) === 'of')].filter(
    (c) => heads.has(c.lem.toLowerCase()) || (named(c) && heads.has(named(c)!.surface.toLowerCase())),
  );
  for (const w of words) {
    const word = named(w)?.surface ?? w.word;
    for (const c of [...kids(ctx.g, r.i, 'compound', 'amod', 'nmod:poss'), ...kids(ctx.g, w.i, 'compound', 'amod', 'nmod:poss')]) {
      const place = ctx.mentionOf.get(c.i);
      if (!place || !(place.place || place.kind === 'Government')) continue;
      const entry = ctx.state.index.entries.get(nameKey(`${place.surface.replace(/['’]s$/, '')} ${word}`));
      if (entry && kind(ctx, entry.id) === 'SecurityForce') return byId(ctx, entry.id);
    }
    // (else the word as the mention stage read it: "Police" after "Tarn" may already be the place's force)
    const own = named(w);
    if (own && kind(ctx, own.id) === 'SecurityForce') return own;
  }
  return undefined;
}

/**
 * Construction class: a portfolio phrase. "minister for refugees", "adviser for security affairs":
 * a for-phrase whose head is a bare common noun (no determiner, possessor or name) names the
 * office's field, not the body the holder belongs to ("spokesman for the Front" has its article).
 */
function portfolio(ctx: ClauseContext, node: number): boolean {
  // (the words as written: a name the parser saw masked is still lower-case here)
  const words = ctx.mentionOf.get(node)?.surface ?? tok(ctx.g, node)?.word ?? '';
  if (caseOf(ctx.g, node) !== 'for' || !/^\p{Ll}/u.test(words)) return false;
  return !kids(ctx.g, node, 'det', 'nmod:poss').length && !kids(ctx.g, node, 'compound').some((c) => c.pos.startsWith('NNP'));
}

/** The government of the province the article is about, if any (article-state.ts `articleProvinceGovernment`). */
function articleProvince(ctx: ClauseContext): string | undefined {
  return articleProvinceGovernment(ctx.state, ctx.mentions);
}

/**
 * The government of the place named at token `i` ("the chief minister of Khyber-Pakhtunkhwa"; knowledge `governs`).
 * Construction class: a place named with its class noun. "the home minister of Tarn province":
 * the class noun (lexicon `placeClassNouns`) heads the phrase and the name is its compound.
 */
function governmentOfPlace(ctx: ClauseContext, i: number): Mention | undefined {
  const head = tok(ctx.g, i);
  const named = head && lexicon().sets.placeClassNouns.has(head.lem) && !ctx.mentionOf.get(i);
  const place = ctx.mentionOf.get(named ? (kids(ctx.g, i, 'compound').find((c) => ctx.mentionOf.get(c.i)?.place)?.i ?? i) : i);
  if (!place?.place) return undefined;
  const governing = governorOf(ctx.state, place.id);
  return governing ? byId(ctx, governing) : undefined;
}

/**
 * Construction class: a party before a government title. "X, the UPP chief minister of the
 * province", "the UPP prime minister, X": the party is the person's own (MEMBER_OF); the office is
 * a government's, named by the title's of/in-phrase (a place's government, or "the province": the
 * province the article names), for a chief minister the article's province (none when the article
 * names no province), else the article's own government. Returns that government. Only state
 * offices (`STATE_OFFICES`): a party's president is the party's.
 */
function partyOffice(ctx: ClauseContext, r: DepToken, people: Mention[], party: Mention): Mention | undefined {
  const fact = factualityOf(ctx.g, r.i, { allowModal: true });
  record(ctx, {
    type: 'MEMBER_OF',
    sources: people,
    targets: [party],
    at: r,
    rule: 'role:party-office',
    fact: { ...fact, factual: true, speechVerb: undefined },
  });
  const phrases = prepMentions(ctx, r.i, ['of', 'in']);
  for (const p of phrases) {
    const named = governmentOfPlace(ctx, p.node) ?? p.mentions.find((m) => m.kind === 'Government');
    if (named) return named;
  }
  const provincial =
    kids(ctx.g, r.i, 'compound', 'amod').some((c) => c.lem === 'chief' || c.lem === 'provincial') ||
    phrases.some((p) => tok(ctx.g, p.node)?.lem === 'province');
  // (a province the article does not name is no government to guess)
  if (provincial) {
    const province = articleProvince(ctx);
    return province ? byId(ctx, province) : undefined;
  }
  return byId(ctx, dominantGovernment(ctx.state));
}

/**
 * Records role `r` of `persons` in the body the role names; with none, in the body named on
 * `bodyFrom` (the person's own token: "Valdorian envoy X"), or by it when it is the `appointer`
 * of the role (the subject of "named X as chief").
 */
function emitRole(ctx: ClauseContext, persons: Mention[], r: DepToken, rule: string, bodyFrom?: DepToken, appointer = false): boolean {
  const role = roleOf(ctx, r);
  if (!role) return false;
  const people = persons.filter((m) => (role.part ? m.kind !== 'Person' && !m.place : PERSON(m)));
  if (!people.length) return false;
  let bodies = bodyOf(ctx, r, people[0]);
  if (!bodies.length && bodyFrom) {
    // (an appointer itself first: "the Front named X as interim chief" names the Front's chief)
    // (also a body between the title and the name: "Amir <Front> Maulana X", "Director General
    // <Bureau> Lieutenant General Y", as Urdu-press and press-release English write it)
    const from = [
      ...(appointer ? [bodyFrom] : []),
      ...kids(ctx.g, bodyFrom.i, 'compound', 'amod', 'nmod:poss').filter((c) => c.i < r.i || c.rel === 'nmod:poss'),
      ...kids(ctx.g, bodyFrom.i, 'compound').filter((c) => c.i > r.i && r.rel === 'compound' && r.head === bodyFrom.i),
    ];
    for (const c of from) {
      const ms = mentionsAt(ctx, c.i).filter((m) => !people.includes(m) && m.kind !== 'Person' && !m.place);
      const state = ms.length ? undefined : stateBody(ctx, c, r);
      if (ms.length || state) {
        bodies = ms.length ? ms : [state!];
        break;
      }
    }
  }
  // Construction class: a part owned by a description. "A and B, the movement's most lethal wing":
  // the movement is neither A nor B — a described owner ("the movement", "the group") that resolves
  // to a body coordinated with the part's holder names no owner (its antecedent lies elsewhere)
  if (role.part && r.rel === 'appos') {
    const anchor = tok(ctx.g, r.head);
    const chain = anchor
      ? [anchor.i, ...kids(ctx.g, anchor.i, 'conj').map((c) => c.i), ...(anchor.rel === 'conj' ? [anchor.head] : [])]
      : [];
    const coordinated = new Set(chain.flatMap((i) => mentionsAt(ctx, i)).map((m) => m.id));
    bodies = bodies.filter((b) => !(b.anaphor && coordinated.has(b.id)));
  }
  // "his deputy", "Reyk's spokesman", "an aide to Reyk": a role owned by a person is held in the
  // body that person leads in this article (a subordinate's lead is membership)
  let type = role.type;
  if (!bodies.length && !role.part) {
    const owners = [
      ...kids(ctx.g, r.i, 'nmod:poss').flatMap((c) => mentionsAt(ctx, c.i)),
      ...prepMentions(ctx, r.i, ['of', 'to']).flatMap((p) => p.mentions),
    ];
    // ("Brandt, his deputy": "his" is not Brandt — the next antecedent candidate)
    const ownerIds = owners
      .flatMap((m) => (m.anaphor ? (m.candidates ?? [m.id]) : [m.id]))
      .filter((id) => !people.some((p) => p.id === id));
    const led = ownerIds.map((id) => heldRole(ctx, id, ['LEADS'])).find(Boolean) ?? ownerIds.map((id) => ledOnDay(ctx, id)).find(Boolean);
    if (led) {
      bodies = [byId(ctx, led)];
      if (type === 'LEADS') type = 'MEMBER_OF';
    }
  }
  // a body known only by an anaphor ("the Foreign Office spokesperson") yields to the body the
  // knowledge base says the person serves in
  // ("a commander of the group" is an armed group's, whatever body the person later served in)
  // (not a pronoun resolved to an armed group when the person's known body is one too: militants
  // move between factions, so "Jamaat-ul-Ahrar … Its spokesman, X" is the faction's, whichever
  // group the knowledge base last knew X in)
  if (bodies[0]?.anaphor) {
    const known = standingAffiliation(ctx, people);
    const knownKind = known ? ctx.state.index.actors.get(known)?.kind : undefined;
    const pronoun = bodies[0].anaphor === 'it' || bodies[0].anaphor === 'they';
    const factions = pronoun && knownKind === 'ArmedGroup' && bodies[0].kind === 'ArmedGroup';
    const yields = !factions && (bodies[0].anaphor !== 'group' || knownKind === 'ArmedGroup');
    if (known && yields) bodies = [byId(ctx, known)];
  }
  // a bare title ("Prime Minister X"): the office the knowledge base says the person held under
  // that title on the article's day (a past office when it had ended by then)
  let status = role.status;
  if (!bodies.length && !role.part) {
    const title = titleWords(ctx, r);
    for (const p of people) {
      const office = officeFor(ctx.state.index.actors.get(p.id), title, ctx.state.publishedAt);
      if (office) {
        bodies = [byId(ctx, office.body)];
        if (office.past) status = 'past';
        break;
      }
    }
  }
  // "the provincial information minister, X", "the province's minister": the government of the
  // province the article is about (before the body the person is known to serve in: the word
  // "provincial" says which government the office is)
  if (
    !bodies.length &&
    !role.part &&
    GOVERNMENT_TITLES.has(r.lem) &&
    (kids(ctx.g, r.i, 'amod', 'compound').some((m) => m.lem === 'provincial') ||
      kids(ctx.g, r.i, 'nmod:poss').some((m) => m.lem === 'province'))
  ) {
    const provincial = articleProvince(ctx) ?? ctx.state.index.entries.get(nameKey('provincial government'))?.id;
    if (provincial) bodies = [byId(ctx, provincial)];
  }
  // "In Beijing, foreign ministry spokeswoman X said": a fronted capital frames the office
  if (!bodies.length && !role.part) {
    const framed = frameGovernment(ctx, r);
    if (framed) bodies = [framed];
  }
  // otherwise the body the person serves in (a government title — minister, president — only
  // for a government: a party leader's title is not the party's)
  if (!bodies.length && !role.part) {
    const known = standingAffiliation(ctx, people);
    const kind = known ? findKnownActor(known)?.kind : undefined;
    // (not a member's title for the body the knowledge base says the person leads: "Hafiz Ali, a
    // militant commander" describes the head of the Hafiz Ali group, it does not place him in it)
    const ownsIt = type === 'MEMBER_OF' && people.some((p) => ledOnDay(ctx, p.id) === known);
    if (known && !ownsIt && (kind === 'Government' || !GOVERNMENT_TITLES.has(r.lem))) bodies = [byId(ctx, known)];
  }
  // "Prime Minister X", "Interior Minister X" for a person the knowledge base does not know, in a
  // sentence that names no other government: an office of the article's own government
  // (not when a possessor names another owner the article did not resolve: "the region's minister")
  const owned = kids(ctx.g, r.i, 'nmod:poss').some((c) => c.pos.startsWith('NN'));
  if (
    !bodies.length &&
    !role.part &&
    !owned &&
    CABINET_TITLES.has(r.lem.toLowerCase()) &&
    !people.some((p) => ctx.state.entities.get(p.id)?.known)
  ) {
    const own = dominantGovernment(ctx.state);
    if (!ctx.mentions.some((m) => m.kind === 'Government' && !m.anaphor && m.id !== own)) bodies = [byId(ctx, own)];
  }
  if (bodies[0]?.kind === 'PoliticalParty' && STATE_OFFICES.has(r.lem) && !role.part) {
    const government = partyOffice(ctx, r, people, bodies[0]);
    bodies = government ? [government] : [];
  }
  if (!bodies.length) return false;
  const fact = factualityOf(ctx.g, r.i, { allowModal: true });
  const kept =
    record(ctx, {
      type,
      sources: people,
      targets: bodies.slice(0, 1),
      at: r,
      rule,
      fact: { ...fact, factual: true, speechVerb: undefined },
      status,
    }) > 0;
  if (kept && role.part) noteMouthpiece(ctx, r, people, bodies[0]!);
  return kept;
}

/**
 * Construction class: a body's mouthpiece. "ISKP's propaganda arm, the Y Foundation, accused …",
 * "X, the Front's media wing, said …": a part whose role noun has a media word (lexicon
 * `mediaWords`) speaks for its owner, as a spokesperson does — what it says (accusations,
 * demands, threats) is the owner's (emit.ts `liftSource`).
 */
function noteMouthpiece(ctx: ClauseContext, r: DepToken, parts: readonly Mention[], owner: Mention): void {
  if (!owner.id || !kids(ctx.g, r.i, 'compound', 'amod').some((c) => lexicon().sets.mediaWords.has(c.lem.toLowerCase()))) return;
  for (const p of parts) if (p.id && p.id !== owner.id) ctx.memory.speaksFor.set(p.id, owner.id);
}

/**
 * The body the knowledge base says person `id` led on the article's day: an office (or standing
 * role) whose title is a leader's ("prime minister", "chief minister"), so that "an adviser to the
 * chief minister" serves in the government the chief minister heads.
 */
function ledOnDay(ctx: ClauseContext, id: string): string | undefined {
  const a = ctx.state.index.actors.get(id);
  const day = ctx.state.publishedAt;
  const leads = (role: string | undefined) => lexicon().roles.get(role?.toLowerCase() ?? '') === 'LEADS';
  const during = (term: { from?: string; to?: string }) => !day || heldOn(term, day);
  const office = a?.offices?.find((o) => leads(o.role) && during(o));
  if (office) return office.body;
  return a?.affiliation && leads(a.role) && during({ from: a.validFrom }) ? a.affiliation : undefined;
}

/**
 * The body the knowledge base says one of `people` serves in, unless the article predates the
 * person's entry (`validFrom`): a namesake, or the person before that career.
 */
function standingAffiliation(ctx: ClauseContext, people: readonly Mention[]): string | undefined {
  const day = ctx.state.publishedAt;
  for (const p of people) {
    // (the article's index: the knowledge base, or the actors the caller passed)
    const known = ctx.state.index.actors.get(p.id);
    const from = known?.validFrom;
    if (known?.affiliation && !(day && from && day < from)) return known.affiliation;
  }
  return undefined;
}

/**
 * Construction class: locative frame. The government of a capital in a fronted in-phrase of the
 * role noun's clause ("In Tehran, a foreign ministry spokesman said …"), before the role noun.
 */
function frameGovernment(ctx: ClauseContext, r: DepToken): Mention | undefined {
  let x: DepToken | undefined = r;
  for (let k = 0; k < 4 && x && !x.pos.startsWith('VB'); k++) x = tok(ctx.g, x.head);
  if (!x) return undefined;
  for (const c of kids(ctx.g, x.i, 'obl')) {
    if (c.i > r.i || caseOf(ctx.g, c.i) !== 'in') continue;
    const place = ctx.mentionOf.get(c.i);
    const id = place?.place ? metonymAt(place.surface.toLowerCase(), ctx.state.publishedAt) : undefined;
    if (id) return byId(ctx, id);
  }
  return undefined;
}

/** The words of a title: "prime minister", "army chief" (a compound or adjective before the role noun), else the noun. */
function titleWords(ctx: ClauseContext, r: DepToken): string[] {
  const prev = tok(ctx.g, r.i - 1);
  return prev &&
    prev.head === r.i &&
    /^(compound|amod)/.test(prev.rel) &&
    /^[a-z-]+$/.test(prev.lem) &&
    !lexicon().sets.former.has(prev.lem)
    ? [prev.lem, r.lem]
    : [r.lem];
}

/** Role nouns among a person's title words, the one that states most first (chief before General). */
function titleRoles(ctx: ClauseContext, person: DepToken, own: Mention): DepToken[] {
  const rank: Record<RoleType, number> = { SPOKESPERSON_FOR: 0, LEADS: 1, MEMBER_OF: 2 };
  const ranks = lexicon().sets.rankRoles;
  // (not a role with a name of its own in apposition: "with Minister X, the army's spokesman, General
  // Y, said" — the spokesman is Y)
  const other = (i: number) => {
    const m = ctx.mentionOf.get(i);
    return m !== undefined && m !== own && !m.anaphor && PERSON(m);
  };
  // (in apposition to the role, or right after it as the parser's second appositive of X)
  const namedOther = (c: DepToken) => {
    if (c.rel !== 'appos') return false;
    const end = subtreeSpan(ctx.g, c.i)[1];
    return kids(ctx.g, c.i, 'appos').some((k) => other(k.i)) || (c.i > person.i && tok(ctx.g, end + 1)?.word === ',' && other(end + 2));
  };
  return kids(ctx.g, person.i, 'appos', 'compound', 'amod', 'nmod:poss')
    .filter((c) => ctx.mentionOf.get(c.i) !== own && !(c.i < person.i && ranks.has(c.lem.toLowerCase())) && !namedOther(c))
    .map((c) => ({ c, role: roleOf(ctx, c) }))
    .filter((x) => x.role)
    .sort((a, b) => rank[a.role!.type] - rank[b.role!.type])
    .map((x) => x.c);
}

/**
 * Construction class: a title before a rank. "Director General ISPR Major General X", "Amir
 * Front Maulana X": the parser hangs the title (and the body after it) on the rank, which modifies
 * the name; the title is the person's role, the body between the title and the rank its body.
 */
function titlesBeforeRank(ctx: ClauseContext, person: DepToken): Array<{ role: DepToken; rank: DepToken }> {
  return (
    kids(ctx.g, person.i, 'compound')
      // (a rank is a role of its own, "Brigadier (retd) X": the title before it still states more)
      .filter((rank) => rank.i < person.i && (!roleOf(ctx, rank) || lexicon().sets.rankRoles.has(rank.lem.toLowerCase())))
      .flatMap((rank) =>
        kids(ctx.g, rank.i, 'compound')
          .filter((r) => r.i < rank.i && roleOf(ctx, r))
          .map((role) => ({ role, rank })),
      )
  );
}

/**
 * Construction class: a partitive appositive. "X, one of the Front's factions,", "Y, one of the
 * commanders of the League,": the role is the plural noun of the of-phrase of "one".
 */
function partitiveRoles(ctx: ClauseContext, t: DepToken): DepToken[] {
  return kids(ctx.g, t.i, 'appos')
    .filter((a) => a.lem === 'one')
    .flatMap((a) => kids(ctx.g, a.i, 'nmod').filter((n) => caseOf(ctx.g, n.i) === 'of' && n.pos === 'NNS' && roleOf(ctx, n)));
}

/**
 * Appositives by position, for when the parser attached the comma-phrase to a neighbouring
 * noun ("…on Wednesday, X, the emir of Y, said"; "the head of Y, General X, held talks"): a
 * role noun phrase right after "X," or right before ", X".
 */
function adjacentAppositives(ctx: ClauseContext, t: DepToken, own: Mention): void {
  const g = ctx.g;
  const [lo, hi] = subtreeSpan(g, t.i);
  // the role phrase must not already belong to another person ("X, the envoy, and Y, the leader")
  const otherPerson = (i: number) => {
    const m = ctx.mentionOf.get(i);
    return Boolean(m && m !== own && PERSON(m));
  };
  // (also through coordinated descriptions: "X, Y's brother and a commander of Z, and W")
  // (`before`: the role sits right before ", X" — a person behind a preposition before it does not
  // hold it: "with Minister W, the army's spokesman, X, said")
  const heldByOther = (r: DepToken, before = false) => {
    let x = r;
    for (let k = 0; k < 4; k++) {
      if (otherPerson(x.head) && !(before && kids(g, x.head, 'case').length)) return true;
      const up = x.rel === 'conj' ? tok(g, x.head) : undefined;
      if (!up) return false;
      x = up;
    }
    return false;
  };
  const isRoleHead = (r: DepToken | undefined, before = false) =>
    r?.pos.startsWith('NN') &&
    roleOf(ctx, r) &&
    !ctx.mentionOf.has(r.i) &&
    !heldByOther(r, before) &&
    !kids(g, r.i, 'appos').some((c) => otherPerson(c.i));
  // "with Secretary X": a prepositional phrase is no appositive — except an attribution ("according
  // to X, the army's media wing, …")
  if (kids(g, t.i, 'case').some((c) => c.lem !== 'accord' && c.lem !== 'to')) return;
  if (tok(g, hi + 1)?.word === ',') {
    const r = g.tokens.find((x) => isRoleHead(x) && subtreeSpan(g, x.i)[0] === hi + 2 && x.head !== t.i);
    if (r) emitRole(ctx, [own], r, 'role:appositive');
  }
  // (also "the Ostmark envoy in Tarn, X": a place phrase the parser hung on the verb ends the role phrase)
  const endsBeforeComma = (x: DepToken) => {
    const end = subtreeSpan(g, x.i)[1];
    if (end === lo - 2) return true;
    const place = ctx.mentionOf.get(lo - 2);
    if (!place?.place || end + 2 > lo - 2 || !['in', 'at'].includes(tok(g, end + 1)?.lem ?? '')) return false;
    for (let i = end + 2; i < lo - 2; i++) if (ctx.mentionOf.get(i) !== place) return false;
    return true;
  };
  // a role phrase before ", X" is X's only when X's phrase is closed ("the head of Y, General X,
  // held talks"), not when X opens a clause ("…the Indian proxy Z, the ISPR said")
  const closed = !tok(g, hi + 1) || [',', '.', ')', ';', ':'].includes(tok(g, hi + 1)!.word);
  if (tok(g, lo - 1)?.word === ',' && closed) {
    // (not a conjunct: "by X, the envoy, and Y" — the envoy is X's)
    const listed = t.rel === 'conj' || tok(g, lo)?.rel === 'cc';
    const r = g.tokens.find((x) => isRoleHead(x, !listed) && endsBeforeComma(x) && t.head !== x.i);
    if (r) emitRole(ctx, [own], r, 'role:appositive');
  }
}

/** "the Front's X faction", "the X faction of the Front": a part noun between a named part and its body. */
function namedPart(ctx: ClauseContext, r: DepToken): void {
  if (!lexicon().partRoles.has(r.lem)) return;
  const part = kids(ctx.g, r.i, 'compound')
    .flatMap((c) => mentionsAt(ctx, c.i))
    .find((m) => m.kind !== 'Person');
  if (!part) return;
  const bodies = [
    ...kids(ctx.g, r.i, 'nmod:poss').flatMap((c) => mentionsAt(ctx, c.i)),
    ...prepMentions(ctx, r.i, ['of', 'within', 'in']).flatMap((p) => p.mentions),
  ].filter((m) => m !== part && m.kind !== 'Person');
  if (bodies.length)
    record(ctx, {
      type: 'MEMBER_OF',
      sources: [part],
      targets: bodies.slice(0, 1),
      at: r,
      rule: 'role:named-part',
      fact: factualityOf(ctx.g, r.i, { allowModal: true }),
    });
}

/**
 * Construction class: a person's group. "Hafiz X, whose faction dominates the valley", "X's
 * outfit claimed the attack": a group noun (lexicon `bodyNouns`, or "faction") with a person as its
 * possessor is the armed group the knowledge base has that person lead — stated here, LEADS.
 */
function personsGroup(ctx: ClauseContext, t: DepToken): void {
  if (!(lexicon().sets.bodyNouns.has(t.lem) || t.lem === 'faction')) return;
  for (const c of kids(ctx.g, t.i, 'nmod:poss')) {
    for (const person of mentionsAt(ctx, c.i).filter((m) => m.kind === 'Person')) {
      const group = groupLedInKnowledge(ctx, person.id);
      if (group)
        record(ctx, {
          type: 'LEADS',
          sources: [person],
          targets: [byId(ctx, group)],
          at: t,
          rule: 'role:possessed-group',
          fact: factualityOf(ctx.g, t.i, { allowModal: true }),
        });
    }
  }
}

/**
 * Construction class: possessive named body. "the army's Special Service Group", "the Front's
 * Amber League", "the Quick Reaction Force of the Army": a named body owned by another named body
 * (possessive, or the of-phrase of a proper name) is part of it. Only a non-state owner
 * (a country's possessive — "Valdoria's army" — names where, not a part-whole the text states),
 * and neither end a person.
 */
function possessedBody(ctx: ClauseContext, t: DepToken, own: Mention): void {
  if (own.kind === 'Person' || own.kind === 'Government' || own.anaphor) return;
  // ("the Special Service Group of the army": the of-phrase of a proper name owns it too)
  const ofPhrase = /^\p{Lu}/u.test(own.surface.replace(/^the\s+/i, ''))
    ? kids(ctx.g, t.i, 'nmod').filter((c) => caseOf(ctx.g, c.i) === 'of')
    : [];
  for (const c of [...kids(ctx.g, t.i, 'nmod:poss'), ...ofPhrase]) {
    const owner = ctx.mentionOf.get(c.i);
    // (a description — "the group's Hill Brigade" — names the owner as well as its name; a pronoun does not)
    if (!owner || owner === own || owner.place || (owner.anaphor && owner.anaphor !== 'group')) continue;
    const stateOrgan = owner.kind === 'Government' && c.rel === 'nmod:poss' && namedForce(own);
    if (owner.kind !== 'SecurityForce' && owner.kind !== 'ArmedGroup' && owner.kind !== 'Organization' && !stateOrgan) continue;
    // (the name presupposes the tie whatever its clause says of it: "planned with the help of
    // Valdoria's Border Constabulary" still names Valdoria's organ)
    record(ctx, {
      type: 'MEMBER_OF',
      sources: [own],
      targets: [owner],
      at: t,
      rule: 'role:named-part',
      fact: { factual: true, status: 'stated' },
    });
  }
}

/**
 * Construction class: a government named by its head. "the provincial government of X", "the
 * government of X" (X a person): X heads that government when the knowledge base has X in a
 * leading office of it on the article's day (lexicon `roles`: chief minister, prime minister …);
 * "the government of President Y" for a Y it does not know to lead it states nothing. A possessive
 * ("X's government") is left to the affiliation reading.
 */
function governmentOfHead(ctx: ClauseContext, t: DepToken, own: Mention): void {
  const day = ctx.state.publishedAt;
  const leads = (m: Mention) =>
    (ctx.state.index.actors.get(m.id)?.offices ?? []).some(
      (o) =>
        o.body === own.id &&
        (!day || heldOn(o, day)) &&
        [...lexicon().roles].some(([word, type]) => type === 'LEADS' && ` ${o.role} `.includes(` ${word} `)),
    );
  const heads = kids(ctx.g, t.i, 'nmod')
    .filter((c) => caseOf(ctx.g, c.i) === 'of')
    .flatMap((c) => mentionsAt(ctx, c.i))
    .filter((m) => m.kind === 'Person' && !m.anaphor && leads(m));
  if (heads.length)
    // (the name presupposes the tie whatever its clause says of it: "blamed the government of X")
    record(ctx, {
      type: 'LEADS',
      sources: heads,
      targets: [own],
      at: t,
      rule: 'role:government-of',
      fact: { factual: true, status: 'stated' },
    });
}

/**
 * Construction class: a state's named agency. "Valdoria's Border Constabulary", "Ostmark's
 * intelligence agency OSI": a force named by its proper name under a state's possessive is an
 * organ of that state. A generic word ("Valdoria's army", "its security forces") names no organ
 * the text states, only whose forces they are.
 */
function namedForce(own: Mention): boolean {
  const last = own.surface.split(/\s+/).pop() ?? '';
  return (
    own.kind === 'SecurityForce' &&
    /^\p{Lu}/u.test(last) &&
    !lexicon().sets.armyNouns.has(last.toLowerCase()) &&
    !/^(forces?|police)$/i.test(last)
  );
}

/**
 * Construction class: membership in a person's of-phrase. "X, of the People Party, said …",
 * "Inspector X of the Levy was killed": a person's of-phrase, set off by commas or right after the
 * name, that names a party, group, force or organisation is the body the person belongs to ("X,
 * of Peshawar," or "X of Valdoria" names where they are from).
 */
function setOffMembership(ctx: ClauseContext, t: DepToken, own: Mention): void {
  for (const c of kids(ctx.g, t.i, 'nmod')) {
    const [start, end] = subtreeSpan(ctx.g, c.i);
    if (caseOf(ctx.g, c.i) !== 'of') continue;
    const setOff = tok(ctx.g, start - 1)?.word === ',' && start - 1 > t.i && [',', '.', ';'].includes(tok(ctx.g, end + 1)?.word ?? '.');
    // (right after the name: not an anaphor's "he of the Front" nor a description's "the man of the Front")
    const adjacent = start === t.i + 1 && !own.anaphor && t.pos === 'NNP';
    if (!setOff && !adjacent) continue;
    const body = ctx.mentionOf.get(c.i);
    // (a government is named by its country: "X, of Valdoria," is where X is from)
    if (!isBody(body) || body.kind === 'Government' || body === own) continue;
    record(ctx, { type: 'MEMBER_OF', sources: [own], targets: [body], at: c, rule: 'role:of-phrase', fact: factualityOf(ctx.g, t.i) });
  }
}

/**
 * Construction class: a part noun describing the body of the appositive before it. "X, the
 * director of Lumen Media, the Front's media wing, said": the parser hangs both appositives on
 * the person, but a person is no wing; the part noun (lexicon `partRoles`) describes the body
 * named in the earlier appositive's of-phrase, which is part of the part noun's owner.
 */
function partOfEarlierBody(ctx: ClauseContext, t: DepToken): void {
  const apps = kids(ctx.g, t.i, 'appos');
  const bodyIn = (r: DepToken) =>
    kids(ctx.g, r.i, 'nmod')
      .filter((c) => caseOf(ctx.g, c.i) === 'of')
      .map((c) => ctx.mentionOf.get(c.i))
      .find(isBody);
  for (const a of apps) {
    if (ctx.mentionOf.get(a.i) || !roleOf(ctx, a)?.part) continue;
    const body = apps
      .filter((r) => r.i < a.i && roleOf(ctx, r) && !roleOf(ctx, r)!.part)
      .map(bodyIn)
      .find(Boolean);
    const owner = kids(ctx.g, a.i, 'nmod:poss')
      .map((c) => ctx.mentionOf.get(c.i))
      .find((m) => isBody(m) && m !== body);
    if (body && owner)
      record(ctx, { type: 'MEMBER_OF', sources: [body], targets: [owner], at: a, rule: 'role:appositive', fact: factualityOf(ctx.g, a.i) });
  }
}

/**
 * Construction class: a titled body in apposition. "X, the Director General ISPR, said": the
 * appositive is the body's name with the role's title before it as a compound.
 */
function titledBodyAppositive(ctx: ClauseContext, t: DepToken, own: Mention): void {
  for (const a of kids(ctx.g, t.i, 'appos')) {
    const body = ctx.mentionOf.get(a.i);
    if (!isBody(body) || body === own) continue;
    const title = kids(ctx.g, a.i, 'compound')
      .filter((c) => c.i < a.i && !ctx.mentionOf.has(c.i) && roleOf(ctx, c))
      .at(-1);
    if (title) emitRole(ctx, [own], title, 'role:appositive');
  }
}

/**
 * Construction class: a body named after its leader. "the government of President X", "JUI-F,
 * the party of Maulana X", "the TNSM of Maulana X": a body noun (lexicon `ledBodyNouns`), or the
 * name of an armed group or party, with a person in its of-phrase is led by that person; the body is the noun's own actor, or the name it is in apposition to. A
 * government known only as "the government" counts only when it is the person's own (the
 * anaphor was resolved through them).
 */
function bodyOfPerson(ctx: ClauseContext, t: DepToken): void {
  // "the TNSM of Maulana X", "the Front of Karel Brandt": a named movement or party with a person in its of-phrase
  const named = ctx.mentionOf.get(t.i);
  const namedBody = t.pos.startsWith('NNP') && isBody(named) && !named.anaphor && ['ArmedGroup', 'PoliticalParty'].includes(named.kind);
  if (!namedBody && (!lexicon().sets.ledBodyNouns.has(t.lem) || t.pos === 'NNS')) return;
  const person = prepMentions(ctx, t.i, ['of'])
    .flatMap((p) => p.mentions)
    .find((m) => m.kind === 'Person' && !m.anaphor);
  if (!person) return;
  const ownMention = ctx.mentionOf.get(t.i);
  const host = t.rel === 'appos' ? ctx.mentionOf.get(t.head) : undefined;
  const body = [ownMention, host].find(isBody);
  if (!body) return;
  const find = (id: string) => ctx.state.index.actors.get(id);
  if (body.anaphor && stateSideOf(person.id, find) !== body.id) return;
  record(ctx, { type: 'LEADS', sources: [person], targets: [body], at: t, rule: 'role:of-person', fact: factualityOf(ctx.g, t.i) });
}

/**
 * Construction class: coordinated roles. "X, the Front's envoy and a senior figure in the
 * League": roles coordinated with an appositive role, or coordinated with the name itself
 * when the parser read the appositive as a list ("X, the envoy and a figure in Y" as three
 * conjuncts). A conjunct that names an actor of its own is a list member, not a role.
 */
function coordinatedRoles(ctx: ClauseContext, t: DepToken, own: Mention): void {
  const roleNoun = (c: DepToken) => c.pos.startsWith('NN') && !ctx.mentionOf.has(c.i) && roleOf(ctx, c) !== undefined;
  const direct =
    tok(ctx.g, t.i + 1)?.word === ','
      ? kids(ctx.g, t.i, 'conj').filter((c) => c.i > t.i && roleNoun(c) && !kids(ctx.g, c.i, 'case').length)
      : [];
  // (the first may be no role: "X, Y's brother and a commander of Z")
  const viaAppos = kids(ctx.g, t.i, 'appos')
    .filter((a) => a.pos.startsWith('NN') && !ctx.mentionOf.has(a.i))
    .flatMap((a) => kids(ctx.g, a.i, 'conj').filter(roleNoun));
  for (const r of [...direct, ...viaAppos]) emitRole(ctx, [own], r, 'role:appositive');
}

/**
 * Construction class: appositive name attached to the body. "the head of the League, X, said":
 * the parser often hangs the name on the nearest noun (the body) instead of the role noun that
 * governs the of-phrase; the role is the one the body's of-phrase depends on.
 */
function apposOnBody(ctx: ClauseContext, t: DepToken, own: Mention): void {
  if (t.rel !== 'appos') return;
  const body = tok(ctx.g, t.head);
  const role = body && tok(ctx.g, body.head);
  if (!body || !role || !body.rel.startsWith('nmod') || !['of', 'for', 'to', 'in', 'at'].includes(caseOf(ctx.g, body.i))) return;
  const bodyMention = ctx.mentionOf.get(body.i);
  if (!bodyMention || bodyMention === own || bodyMention.kind === 'Person') return;
  emitRole(ctx, [own], role, 'role:appositive');
}

/** Matches every role construction around token `t`. */
export function matchRoles(ctx: ClauseContext, t: DepToken): void {
  const L = lexicon();
  const own = ctx.mentionOf.get(t.i);
  if (own && !own.place && ctx.mentionOf.get(t.head) !== own) adjacentAppositives(ctx, t, own);
  if (t.pos.startsWith('NN')) namedPart(ctx, t);
  if (t.pos.startsWith('NN') && !own) personsGroup(ctx, t);
  if (own && !own.place && ctx.mentionOf.get(t.head) !== own) possessedBody(ctx, t, own);
  if (own?.kind === 'Government' && ctx.mentionOf.get(t.head) !== own) governmentOfHead(ctx, t, own);
  // appositive and title: a person mention's head with a role noun among its dependents
  if (own && !own.place && ctx.mentionOf.get(t.head) !== own) {
    // the role that states most; then any other role that names a body of its own ("Chief Minister
    // X, a senior figure in the League": the League too)
    let held: Set<string> | undefined;
    for (const c of titleRoles(ctx, t, own)) {
      const named = bodyOf(ctx, c, own).map((b) => b.id);
      if (held && (!named.length || named.some((b) => held!.has(b)))) continue;
      if (emitRole(ctx, [own], c, `role:${c.rel === 'appos' ? 'appositive' : 'title'}`, t)) held = new Set([...(held ?? []), ...named]);
    }
    if (!held) for (const { role, rank } of titlesBeforeRank(ctx, t)) if (emitRole(ctx, [own], role, 'role:title', rank)) break;
    for (const c of partitiveRoles(ctx, t)) emitRole(ctx, [own], c, 'role:partitive');
    const head = tok(ctx.g, t.head);
    if (head && t.rel === 'appos') emitRole(ctx, [own], head, 'role:appositive');
    // "two Front commanders, X and Y,": a later conjunct of names in apposition to a plural role
    const listed = head && t.rel === 'conj' && head.rel === 'appos' ? tok(ctx.g, head.head) : undefined;
    if (listed?.pos === 'NNS') emitRole(ctx, [own], listed, 'role:appositive');
    // "the Front lawmakers X and Y": a plural title before coordinated names is each one's
    if (head && t.rel === 'conj' && PERSON(own))
      for (const c of kids(ctx.g, head.i, 'compound').filter((c) => c.pos === 'NNS' && c.i < head.i))
        emitRole(ctx, [own], c, 'role:title', head);
    if (PERSON(own)) {
      coordinatedRoles(ctx, t, own);
      apposOnBody(ctx, t, own);
      setOffMembership(ctx, t, own);
      partOfEarlierBody(ctx, t);
      titledBodyAppositive(ctx, t, own);
    }
  }
  if (!t.pos.startsWith('NN')) {
    if (t.pos.startsWith('VB')) matchRoleVerb(ctx, t);
    return;
  }
  whoseRole(ctx, t);
  succession(ctx, t);
  underLeader(ctx, t);
  founding(ctx, t);
  possessedGroup(ctx, t);
  bodyOfPerson(ctx, t);
  // copula: "X is the chief of Y"
  if (kids(ctx.g, t.i, 'cop').length) {
    const subj = kids(ctx.g, t.i, 'nsubj')[0];
    if (subj) emitRole(ctx, mentionsAt(ctx, subj.i), t, 'role:copula');
  }
  invertedCopula(ctx, t);
  selfDesignation(ctx, t);
  // role away from the name: "took over as chief", "was appointed spokesman", "became emir"
  const head = tok(ctx.g, t.head);
  // Construction class: a role in an absolute with-phrase. "X was named chief, with Y as his
  // deputy": the with-phrase's noun holds the role its as-phrase names
  if (head && t.rel.startsWith('nmod') && caseOf(ctx.g, t.i) === 'as' && caseOf(ctx.g, head.i) === 'with') {
    emitRole(ctx, mentionsAt(ctx, head.i), t, 'role:as-phrase');
    return;
  }
  // nominalised: "the appointment of X as army chief" — the of-phrase holds the role
  if (head && APPOINTMENTS.has(head.lem) && t.rel.startsWith('nmod') && caseOf(ctx.g, t.i) === 'as') {
    const who = prepMentions(ctx, head.i, ['of']).flatMap((p) => p.mentions);
    emitRole(ctx, who, t, 'role:as-phrase');
    return;
  }
  // "named X its new spokesman", "made X chief": a small clause of a naming verb, the parser
  // hanging the role on the person it names
  const named = head && ['dep', 'xcomp', 'obj'].includes(t.rel) ? ctx.mentionOf.get(head.i) : undefined;
  const namer = named && PERSON(named) ? tok(ctx.g, head!.head) : undefined;
  if (named && namer && ['obj', 'xcomp', 'iobj'].includes(head!.rel) && NAMING.has(namer.lem)) {
    emitRole(ctx, [named], t, 'role:as-phrase');
    return;
  }
  // ("was named chief" often comes with the role as the passive verb's object)
  const passiveRole = t.rel === 'obj' && head !== undefined && isPassive(ctx.g, head);
  if (
    head?.pos.startsWith('VB') &&
    (t.rel === 'xcomp' || passiveRole || (t.rel === 'obl' && caseOf(ctx.g, t.i) === 'as')) &&
    (L.sets.asVerbs.has(head.lem) || t.rel === 'obl')
  ) {
    // "passed them off as militants", "sent X to Dorn as its envoy": an as-phrase of a verb that is
    // no role verb (lexicon `asVerbs`) and has a person or actor as object describes that object
    // ("led the takeover as its chief" still describes the subject)
    // ("an outfit that X described as part of Y": a relative pronoun stands for the noun it follows)
    const relative = (o: DepToken) => isRelativePronoun(o) || (o.lem === 'that' && o.i < head.i && head.rel === 'acl:relcl');
    const describable = (o: DepToken) => o.pos === 'PRP' || relative(o) || ctx.mentionOf.has(o.i) || L.sets.personNouns.has(o.lem);
    const objectComplement = t.rel === 'obl' && !L.sets.asVerbs.has(head.lem) && kids(ctx.g, head.i, 'obj').some(describable);
    const naming = L.sets.appointingVerbs.has(head.lem);
    // ("X, who identified himself as the group's spokesman": a reflexive object is the subject)
    const reflexive = kids(ctx.g, head.i, 'obj').some((o) => isReflexive(o));
    const relativeObject = kids(ctx.g, head.i, 'obj').some(relative);
    // ("X, described as a cell of Y,": a passive participle on a noun describes that noun)
    const reduced = head.rel === 'acl' && head.pos === 'VBN';
    const whoNodes = reduced
      ? [head.head]
      : (objectComplement || naming) && !reflexive
        ? relativeObject
          ? [head.head]
          : patientNodes(ctx.g, head)
        : agentNodes(ctx.g, head);
    // "announced the election of X as its leader": the as-phrase hung on the verb of an appointment noun
    const appointed = kids(ctx.g, head.i, 'obj')
      .filter((o) => APPOINTMENTS.has(o.lem))
      .flatMap((o) => prepMentions(ctx, o.i, ['of']).flatMap((p) => p.mentions));
    const who = appointed.length ? appointed : (whoNodes.length ? whoNodes : agentNodes(ctx.g, head)).flatMap((n) => holders(ctx, n));
    // ("the Front's council named X as interim chief": with no body on the role, the appointer's)
    const appointer = naming ? kids(ctx.g, head.i, 'nsubj')[0] : undefined;
    emitRole(ctx, who, t, 'role:as-phrase', appointer, appointer !== undefined);
  }
}

/**
 * Construction class: role in a whose-relative. "the Front, whose spokesman X said …", "Y, whose
 * leader X was killed": the name right after "whose ROLE" holds the role in the antecedent (the
 * parser rarely links the name to the role noun here; "whose" resolves to the antecedent).
 */
function whoseRole(ctx: ClauseContext, r: DepToken): void {
  if (!kids(ctx.g, r.i, 'nmod:poss').some((c) => c.pos === 'WP$')) return;
  const next = ctx.mentionOf.get(r.i + 1);
  if (next && PERSON(next)) emitRole(ctx, [next], r, 'role:whose');
  whoseBody(ctx, r);
}

/**
 * Construction class: a self-designation. "The League calls itself the northern wing of the Front",
 * "a network that calls itself the Front's Punjab chapter": a verb of naming (lexicon
 * `selfNamingVerbs`) with a reflexive object and a role or part noun as its second object states
 * the role of its subject, as a copula does.
 */
function selfDesignation(ctx: ClauseContext, r: DepToken): void {
  const v = tok(ctx.g, r.head);
  if (r.rel !== 'obj' && r.rel !== 'xcomp') return;
  if (!v?.pos.startsWith('VB') || !lexicon().sets.selfNamingVerbs.has(v.lem)) return;
  if (!kids(ctx.g, v.i, 'obj', 'iobj').some((o) => o !== r && isReflexive(o))) return;
  for (const a of agentNodes(ctx.g, v)) {
    const holders = mentionsAt(ctx, a).filter(isActor);
    if (!holders.length) continue;
    emitRole(ctx, holders, r, 'role:copula');
    return;
  }
}

/**
 * Construction class: inverted copula. "The Front's chief is X", "the League, whose leader is X",
 * "the spokesman of Y is X": a role noun as the subject of a copular clause whose predicate is a
 * person names that person's role (the body as the role noun's own owner or of-phrase).
 */
function invertedCopula(ctx: ClauseContext, r: DepToken): void {
  const predicate = r.rel === 'nsubj' ? tok(ctx.g, r.head) : undefined;
  if (!predicate || !kids(ctx.g, predicate.i, 'cop').length) return;
  const person = ctx.mentionOf.get(predicate.i);
  if (person && PERSON(person)) emitRole(ctx, [person], r, 'role:copula');
}

/**
 * Construction class: a person's body in a whose-relative. "X, whose party won the vote", "Y, whose
 * Front lost two commanders": a party or armed group owned by "whose" on a person's relative
 * clause has the person as a member.
 */
function whoseBody(ctx: ClauseContext, r: DepToken): void {
  const body = ctx.mentionOf.get(r.i);
  if (!body?.id || (body.kind !== 'PoliticalParty' && body.kind !== 'ArmedGroup')) return;
  // the relative clause's verb (the parser often leaves a whose-clause after a name as `dep`)
  const clause = tok(ctx.g, r.head);
  const relative = clause?.pos.startsWith('VB') && (clause.rel === 'acl:relcl' || clause.rel === 'dep');
  const person = relative ? mentionsAt(ctx, clause!.head).filter(PERSON) : [];
  if (!person.length || !clause) return;
  record(ctx, { type: 'MEMBER_OF', sources: person, targets: [body], at: r, rule: 'role:whose', fact: factualityOf(ctx.g, clause.head) });
}

/**
 * Construction class: succession. "after his predecessor X was killed", "Y, her successor,": a
 * succession noun (lexicon `succession`) owned by a person gives the person in apposition to it
 * the roles the owner holds in this article (a predecessor's in the past).
 */
function succession(ctx: ClauseContext, t: DepToken): void {
  const status = lexicon().succession.get(t.lem);
  if (!status) return;
  const owner = kids(ctx.g, t.i, 'nmod:poss')
    .flatMap((c) => mentionsAt(ctx, c.i))
    .find(PERSON);
  const named = t.rel === 'appos' ? [tok(ctx.g, t.head)!] : kids(ctx.g, t.i, 'appos');
  const who = named.flatMap((c) => mentionsAt(ctx, c.i)).filter((m) => m.kind === 'Person' && m.id !== owner?.id);
  const roles = owner ? (ctx.memory.roles.get(owner.id) ?? []) : [];
  if (!who.length || !roles.length) return;
  const fact = factualityOf(ctx.g, t.i);
  for (const r of roles)
    record(ctx, {
      type: r.type,
      sources: who,
      targets: [byId(ctx, r.target)],
      at: t,
      rule: 'role:succession',
      fact: { ...fact, speechVerb: undefined },
      status,
    });
}

/**
 * Construction class: succession verb. "X took over Y in 2013, succeeding Z", "Z was succeeded by
 * X", "X replaced Z": the predecessor (a person) held, in the past, the leading and speaking
 * roles the successor holds in this article (lexicon `successionVerbs`); a successor who holds
 * none yet takes the predecessor's ("the Front chose X to succeed him").
 */
function succeeded(ctx: ClauseContext, v: DepToken): void {
  if (!v.pos.startsWith('VB') || !lexicon().sets.successionVerbs.has(v.lem)) return;
  const fact = factualityOf(ctx.g, v.i);
  if (!fact.factual) return;
  const successors = agentNodes(ctx.g, v)
    .flatMap((n) => holders(ctx, n))
    .filter(PERSON);
  const predecessors = patientNodes(ctx.g, v)
    .flatMap((n) => mentionsAt(ctx, n))
    .filter((m) => PERSON(m) && !successors.some((s) => s.id === m.id));
  // "X replaced Y as Front chief": the as-phrase (on the verb, or hung on Y) is the successor's role
  const asRole = [v.i, ...patientNodes(ctx.g, v)]
    .flatMap((i) => kids(ctx.g, i, 'obl', 'nmod'))
    .find((c) => caseOf(ctx.g, c.i) === 'as' && roleOf(ctx, c));
  if (asRole && successors.length) emitRole(ctx, successors, asRole, 'role:as-phrase');
  const leading = (id: string) => (ctx.memory.roles.get(id) ?? []).filter((r) => r.type === 'LEADS' || r.type === 'SPOKESPERSON_FOR');
  for (const s of successors)
    for (const r of leading(s.id))
      if (predecessors.length)
        record(ctx, {
          type: r.type,
          sources: predecessors,
          targets: [byId(ctx, r.target)],
          at: v,
          rule: 'role:succession',
          fact,
          status: 'past',
        });
  // "the Front chose Y to succeed him", "Y succeeded Z": the successor takes the predecessor's
  // leading roles (when it has none of its own yet)
  if (asRole) return;
  for (const s of successors.filter((s) => !leading(s.id).length))
    for (const p of predecessors)
      for (const r of leading(p.id))
        record(ctx, { type: r.type, sources: [s], targets: [byId(ctx, r.target)], at: v, rule: 'role:succession', fact });
}

/** The actors node `n` names as a role's holder: a relative pronoun on a person's description is the person. */
function holders(ctx: ClauseContext, n: number): Mention[] {
  const described = describedPerson(ctx, n);
  return described ? [described] : mentionsAt(ctx, n);
}

/** "X heads Y", "Y, led by X", "X joined Y". */
/**
 * Construction class: a body led in one place. "X, who had commanded the Front in the Karn
 * district", "heads the Front in Karn": a leading verb whose object or clause has an in-phrase
 * naming a place within a country (a known sub-national place, or a place class noun: lexicon
 * `placeClassNouns`) leads the body's chapter there, a member of the body (a country — "has led
 * the Front from Ostmark", "in Ostmark" — is where the whole body is led). Only for armed groups,
 * whose regional commanders are members: "heads the Frontier Corps in a province" heads a state
 * force's command there, which is the force's own.
 */
function ledInOnePlace(ctx: ClauseContext, v: DepToken): boolean {
  const L = lexicon().sets;
  const local = (c: DepToken) => {
    const m = ctx.mentionOf.get(c.i);
    const country = m?.place ? ctx.state.index.actors.get(m.id)?.country : undefined;
    if (m?.place) return Boolean(country) && country !== m.id;
    return L.placeClassNouns.has(c.lem);
  };
  const phrases = [v.i, ...patientNodes(ctx.g, v)].flatMap((n) => [...kids(ctx.g, n, 'obl'), ...kids(ctx.g, n, 'nmod')]);
  return phrases.some((c) => caseOf(ctx.g, c.i) === 'in' && local(c));
}

function matchRoleVerb(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon();
  const prt = kids(ctx.g, v.i, 'compound:prt')[0]?.lem;
  let type = L.roleVerbs.get(v.lem);
  let viaPrep: string | undefined;
  for (const [key, t] of L.roleVerbs) {
    const [lemma, word] = key.split(' ');
    if (lemma === v.lem && word && (prt === word || prepMentions(ctx, v.i, [word]).length)) {
      type = t;
      viaPrep = prt === word ? undefined : word;
    }
  }
  if (!type) {
    succeeded(ctx, v);
    assumedLeadership(ctx, v);
    absorbed(ctx, v);
    return;
  }
  const fact = factualityOf(ctx.g, v.i);
  if (!fact.factual || joinedInAct(ctx, v) || comitativeAgents(ctx.g, v).length) return;
  // a person heads a body; a party heads a government or coalition ("the party that heads the
  // coalition government")
  // (a relative clause describes its own noun, not the nouns coordinated with it: "X, who heads Y, and Z")
  const own = v.rel === 'acl:relcl' ? ctx.mentionOf.get(v.head) : undefined;
  const relative = (n: number) => n === v.head || isRelativePronoun(tok(ctx.g, n) ?? v);
  const antecedent = (n: number) => (own?.id && relative(n) ? [own] : holders(ctx, n));
  const people = agentNodes(ctx.g, v)
    .flatMap(antecedent)
    .filter((m) => PERSON(m) || (type === 'LEADS' && m.kind === 'PoliticalParty'));
  // "the militants belonged to X" identifies who they were; it makes no body a member of X
  const sources =
    type === 'MEMBER_OF'
      ? agentNodes(ctx.g, v)
          .filter((n) => !isUnnamedPeople(ctx, n))
          .flatMap((n) => mentionsAt(ctx, n))
      : people;
  // Construction class: heading a unit of a body. "X heads the Front's political office": the unit
  // (lexicon `unitNouns`) owned by a body and not an actor of the article, so X is a member of its
  // owner, not its leader ("the faction, led by X" and "the chapter of Y, headed by X" stay LEADS;
  // so does a unit its appositive names: "its faction, the League, which is led by X")
  const unitOnly = (n: number) =>
    unnamedUnit(ctx, n) &&
    !kids(ctx.g, n, 'appos').some((c) => ctx.mentionOf.has(c.i)) &&
    kids(ctx.g, n, 'nmod:poss').some((c) => ctx.mentionOf.has(c.i));
  // "headed the government team": a delegation named by its sender is not the sender
  // (also when the knowledge base names the delegation by its sender: "a Pakistani delegation")
  // (the last word of the name the article gives the noun, when it gives one)
  const namedHead = (n: number) => ctx.mentionOf.get(n)?.surface.split(/\s+/).pop()?.toLowerCase();
  const delegation = (n: number) => type === 'LEADS' && L.sets.delegationNouns.has(namedHead(n) ?? tok(ctx.g, n)?.lem ?? '');
  // ("served in the ranks of Y", "fought in the ranks of Y": a unit noun's of-phrase names the body)
  const inUnit = (p: { node: number; mentions: Mention[] }) =>
    !p.mentions.length && unnamedUnit(ctx, p.node) ? prepMentions(ctx, p.node, ['of']).flatMap((q) => q.mentions) : p.mentions;
  const bodies = (
    viaPrep
      ? prepMentions(ctx, v.i, [viaPrep]).flatMap(inUnit)
      : patientNodes(ctx.g, v)
          .filter((n) => !delegation(n))
          .flatMap((n) => (unitOnly(n) ? kids(ctx.g, n, 'nmod:poss').flatMap((c) => mentionsAt(ctx, c.i)) : mentionsAt(ctx, n)))
  ).filter((m) => m.kind !== 'Person' && !m.place);
  if (type === 'LEADS' && !viaPrep && patientNodes(ctx.g, v).some(unitOnly)) type = 'MEMBER_OF';
  // (a faction or wing the article names is itself the local body: "heads the Front's Karn faction in Karn")
  const namedUnit = patientNodes(ctx.g, v).some((n) => L.sets.unitNouns.has(namedHead(n) ?? ''));
  if (type === 'LEADS' && !viaPrep && !namedUnit && bodies.every((b) => b.kind === 'ArmedGroup') && ledInOnePlace(ctx, v))
    type = 'MEMBER_OF';
  // "X split from Y", "broke away from Y": a membership that ended
  const status = type === 'MEMBER_OF' && L.sets.breakaway.has(v.lem) ? 'ended' : undefined;
  // a party heads only a government (a coalition), not a group or force
  const partyLed = sources.some((m) => m.kind === 'PoliticalParty') ? bodies.filter((b) => b.kind === 'Government') : bodies;
  if (sources.length && partyLed.length) record(ctx, { type, sources, targets: partyLed, at: v, rule: `role:verb`, fact, status });
}

/**
 * Construction class: joining another in an act. "The League joined the Front in storming the
 * post": a join verb with an in-phrase gerund is a partner in that act (frame.ts gives the act
 * both agents), no membership.
 */
function joinedInAct(ctx: ClauseContext, v: DepToken): boolean {
  return kids(ctx.g, v.i, 'advcl', 'obl').some((c) => joinedPartners(ctx.g, c).length > 0);
}

/**
 * Construction class: a body made of others. "The Amber Council, comprising Ostmark and Lumen, …",
 * "the alliance consists of the Front and the League" (lexicon `compositionVerbs`).
 * Construction class: a body absorbing another. "The Front absorbed several splinter groups,
 * including X": the object of an absorb verb (lexicon `absorbVerbs`) is MEMBER_OF the subject.
 */
function absorbed(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon();
  // a verb of composition (lexicon `compositionVerbs`: "comprise", "bring together", "consist of")
  const particle = kids(ctx.g, v.i, 'compound:prt', 'advmod').find((p) => L.sets.compositionVerbs.has(`${v.lem} ${p.lem}`));
  const ofPhrase = L.sets.compositionVerbs.has(`${v.lem} of`) ? prepMentions(ctx, v.i, ['of']).flatMap((p) => p.mentions) : [];
  const composes = L.sets.compositionVerbs.has(v.lem) || particle !== undefined || ofPhrase.length > 0;
  if (!L.sets.absorbVerbs.has(v.lem) && !composes) return;
  const fact = factualityOf(ctx.g, v.i);
  const bodies = agentNodes(ctx.g, v)
    .flatMap((n) => mentionsAt(ctx, n))
    .filter((m) => m.kind !== 'Person' && !m.place && !(composes && m.kind === 'Government'));
  const members = [...patientNodes(ctx.g, v).flatMap((n) => mentionsAt(ctx, n)), ...ofPhrase].filter(
    (m) => m.kind !== 'Person' && !m.place && !bodies.includes(m),
  );
  if (bodies.length && members.length)
    record(ctx, { type: 'MEMBER_OF', sources: members, targets: bodies.slice(0, 1), at: v, rule: 'role:verb', fact });
}

/**
 * Construction class: leadership taken as a noun. "X took charge of Y", "X assumed command of
 * Y", "X took the helm of Y": an assume verb (lexicon `assumeVerbs`) whose object is a
 * leadership noun (`leadershipNouns`) with an of-phrase naming a body; the subject leads it.
 */
function assumedLeadership(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon().sets;
  if (!L.assumeVerbs.has(v.lem)) return;
  const noun = kids(ctx.g, v.i, 'obj').find((o) => L.leadershipNouns.has(o.lem));
  if (!noun) return;
  const bodies = prepMentions(ctx, noun.i, ['of'])
    .flatMap((p) => p.mentions)
    .filter((m) => m.kind !== 'Person' && !m.place);
  const people = agentNodes(ctx.g, v)
    .flatMap((n) => mentionsAt(ctx, n))
    .filter(PERSON);
  const fact = factualityOf(ctx.g, v.i);
  if (people.length && bodies.length && fact.factual)
    record(ctx, { type: 'LEADS', sources: people, targets: bodies, at: v, rule: 'role:verb', fact });
}

/**
 * Construction class: leader in an under-phrase. "The Front was formed under X", "Under X, the
 * Front grew", "fighters under the command of X", "Valdoria under X": a person named in an
 * under-phrase (directly, or as the of-phrase of a leadership noun) leads the body that is the
 * subject of the clause the phrase modifies, or the body noun it modifies. `t` is the phrase's
 * head noun.
 */
function underLeader(ctx: ClauseContext, t: DepToken): void {
  if (caseOf(ctx.g, t.i) !== 'under' || !/^(obl|nmod)/.test(t.rel)) return;
  const leaders = (
    lexicon().sets.leadershipNouns.has(t.lem) ? prepMentions(ctx, t.i, ['of']).flatMap((p) => p.mentions) : mentionsAt(ctx, t.i)
  ).filter(PERSON);
  if (!leaders.length) return;
  const head = tok(ctx.g, t.head);
  if (!head) return;
  // "announced the formation of Y under the leadership of X": the founded body
  const founded = (n: DepToken) => (lexicon().sets.foundingNouns.has(n.lem) ? prepMentions(ctx, n.i, ['of']).map((p) => p.node) : []);
  const bodyNodes = head.pos.startsWith('VB')
    ? [
        ...kids(ctx.g, head.i, 'obj').flatMap(founded),
        ...kids(ctx.g, head.i, 'nsubj', 'nsubj:pass').map((c) => c.i),
        ...patientNodes(ctx.g, head).filter(() => head.lem === 'form' || head.lem === 'found'),
      ]
    : [...founded(head), head.i];
  const bodies = bodyNodes.flatMap((n) => mentionsAt(ctx, n)).filter((m) => m.kind !== 'Person' && !m.place && !m.anaphor);
  const fact = factualityOf(ctx.g, head.i);
  if (bodies.length && fact.factual)
    record(ctx, {
      type: 'LEADS',
      sources: leaders,
      targets: bodies.slice(0, 1),
      at: t,
      rule: 'role:under',
      fact: { ...fact, speechVerb: undefined },
    });
}

/**
 * Construction class: founding as a noun. "X announced the formation of Y", "the creation of Y
 * was announced by X": a founding noun (lexicon `foundingNouns`) with an of-phrase naming a body,
 * whose light verb (`foundingLight`) has a person as agent: the person leads what they founded.
 */
function founding(ctx: ClauseContext, n: DepToken): void {
  const L = lexicon().sets;
  if (!L.foundingNouns.has(n.lem)) return;
  const verb = tok(ctx.g, n.head);
  if (!verb?.pos.startsWith('VB') || !L.foundingLight.has(verb.lem) || !/^(obj|nsubj:pass)$/.test(n.rel)) return;
  const bodies = prepMentions(ctx, n.i, ['of'])
    .flatMap((p) => p.mentions)
    .filter((m) => m.kind !== 'Person' && !m.place);
  // a spokesman announces what others founded ("announced by its spokesman X")
  const spokesman = (i: number) => kids(ctx.g, i, 'compound', 'appos').some((c) => roleOf(ctx, c)?.type === 'SPOKESPERSON_FOR');
  const people = agentNodes(ctx.g, verb)
    .filter((i) => !spokesman(i))
    .flatMap((i) => mentionsAt(ctx, i))
    .filter(PERSON);
  const fact = factualityOf(ctx.g, verb.i);
  if (bodies.length && people.length && fact.factual)
    record(ctx, { type: 'LEADS', sources: people, targets: bodies.slice(0, 1), at: n, rule: 'role:founding', fact });
}

/**
 * Construction class: a person's named group. "Fazlullah's TNSM", "Khan's party": a person as
 * possessor of a named armed group or party leads it (a government or force is not "owned" so).
 */
function possessedGroup(ctx: ClauseContext, t: DepToken): void {
  const own = ctx.mentionOf.get(t.i);
  if (!own || (own.kind !== 'ArmedGroup' && own.kind !== 'PoliticalParty') || ctx.mentionOf.get(t.head) === own) return;
  const owners = kids(ctx.g, t.i, 'nmod:poss')
    .map((c) => ctx.mentionOf.get(c.i))
    .filter((m): m is Mention => Boolean(m && PERSON(m) && m.id));
  if (!owners.length) return;
  const fact = factualityOf(ctx.g, t.i, { allowModal: true });
  record(ctx, {
    type: 'LEADS',
    sources: owners,
    targets: [own],
    at: t,
    rule: 'role:possessive',
    fact: { ...fact, factual: true, speechVerb: undefined },
  });
}
