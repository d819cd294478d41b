/**
 * Recording a relation: type constraints, "speaks for" lifting, ministries lifted to their
 * government (knowledge `partOf`), own-side filtering.
 *
 * Lifting: what a spokesperson or a media wing (knowledge `speaksFor`) states, the body they speak for does ("Mujahid urged
 * Islamabad" is the Afghan Taliban demanding), while an attack a spokesperson took part in is
 * their own deed; a leader's truces are his
 * movement's. An actor is not its own adversary: a minister threatening "the country" is not
 * a threat against his own government, and a group does not attack its own leader or spokesman
 * ("the Front, whose leader X was killed, claimed the attack" is not the Front attacking X).
 */
import { PART_OF, affiliationOn, stateSideOf } from '../../knowledge/actors.ts';
import type { ClaimStatus, EntityKind, RelationType } from '../../model/vocabulary.ts';
import type { Mention } from '../types.ts';
import { PLAIN_GOVERNMENT_MODIFIERS } from '../3-mentions/lexicon-names.ts';
import { idOf, type KindFilter, type SentenceContext } from './context.ts';
import { foughtGovernments } from '../article-state.ts';
import { nameKey } from '../1-text/normalize.ts';

const notPerson: KindFilter = (k) => k !== 'Person' && k !== 'Location';
const person: KindFilter = (k) => k === 'Person';
const actor: KindFilter = (k) => k !== 'Location';
/** A person heads a body; a party heads a government or coalition. */
const leader: KindFilter = (k) => k === 'Person' || k === 'PoliticalParty';
const holder: KindFilter = (k) => k === 'Government' || k === 'SecurityForce' || k === 'ArmedGroup' || k === 'Organization';

/** Which kinds may fill each end of a relation type. */
export const CONSTRAINTS: Readonly<Record<RelationType, [KindFilter, KindFilter]>> = {
  LEADS: [leader, notPerson],
  SPOKESPERSON_FOR: [person, notPerson],
  MEMBER_OF: [actor, notPerson], // a person in a body, or a body in a body (a faction, a media wing, an agency)
  SHELTERS: [holder, actor],
  DETAINS: [holder, actor],
  RELEASES: [holder, actor],
  MEDIATES: [actor, actor],
  ATTACKS: [actor, actor],
  NEGOTIATES_WITH: [actor, actor],
  CEASEFIRE_WITH: [actor, actor], // a person only as a commander party (truceParty)
  SUPPORTS: [actor, actor],
  DEMANDS: [actor, actor],
  REJECTS: [actor, actor],
  ACCUSES: [actor, actor],
  THREATENS: [actor, actor],
};

const ROLE_TYPES = new Set<RelationType>(['LEADS', 'SPOKESPERSON_FOR', 'MEMBER_OF']);
const HOSTILE = new Set<RelationType>(['ATTACKS', 'THREATENS', 'ACCUSES', 'DEMANDS', 'REJECTS', 'DETAINS']);
const GROUP_ACTS = new Set<RelationType>(['CEASEFIRE_WITH']);
/** Help to one's own body is no tie between actors ("the Front's commander trained the bombers"). */
const SELF_HELP = new Set<RelationType>(['SUPPORTS', 'SHELTERS']);
/** Talks or a truce between a person and the body they belong to are no tie between two sides. */
const BETWEEN_SIDES = new Set<RelationType>(['NEGOTIATES_WITH', 'CEASEFIRE_WITH']);

/** The body of the first role of `types` the article gave person `personId` (only a role still held, with `current`). */
export function roleOf(ctx: SentenceContext, personId: string, types: RelationType[], current = false): string | undefined {
  return ctx.memory.roles.get(personId)?.find((r) => types.includes(r.type) && !(current && r.former))?.target;
}

/** The body a person belongs to: a role the article gave them, else their affiliation on the article's day (knowledge base). */
export function bodyOfPerson(ctx: SentenceContext, personId: string): string | undefined {
  return roleOf(ctx, personId, ['LEADS', 'MEMBER_OF', 'SPOKESPERSON_FOR']) ?? affiliationIn(ctx, personId);
}

/** A known person's affiliation on the article's day (knowledge `affiliationOn`, over the article's actors). */
export function affiliationIn(ctx: SentenceContext, personId: string): string | undefined {
  const find = (id: string) => ctx.state.index.actors.get(id);
  return affiliationOn(find(personId), ctx.state.publishedAt, find);
}

/** The body a person acts for, when the act is the body's (see module comment). */
export function liftSource(ctx: SentenceContext, id: string, type: RelationType, claim = false): string {
  if (ROLE_TYPES.has(type)) return id;
  const wingOf = ctx.state.index.actors.get(id)?.speaksFor ?? (type === 'ATTACKS' ? undefined : ctx.memory.speaksFor.get(id));
  if (wingOf) return wingOf;
  if (kind(ctx, id) !== 'Person') return id;
  // (what a spokesperson states is the body's; an attack a spokesperson had a hand in is their own
  // deed; a former spokesperson speaks for themselves)
  const speaksFor = type === 'ATTACKS' && !claim ? undefined : roleOf(ctx, id, ['SPOKESPERSON_FOR'], true);
  if (speaksFor) return speaksFor;
  if (claim) return claimedFor(ctx, id) ?? id;
  if (GROUP_ACTS.has(type)) return truceParty(ctx, id) ?? '';
  return id;
}

/**
 * Construction class: a commander as a truce party. "The army reached pacts with two commanders,
 * A and B": a truce is a group's act, recorded against the body the article says the person
 * leads, else the armed group it says they serve in. A person the article gives no body is a party
 * in their own right when their standing affiliation is an armed group (a militant commander's
 * local pact); an official's or an unknown person's truce names no party (undefined).
 */
function truceParty(ctx: SentenceContext, id: string): string | undefined {
  if (kind(ctx, id) !== 'Person') return id;
  const led = roleOf(ctx, id, ['LEADS']);
  if (led) return led;
  const served = roleOf(ctx, id, ['MEMBER_OF']);
  if (served) return kind(ctx, served) === 'ArmedGroup' ? served : undefined;
  const standing = affiliationIn(ctx, id);
  return standing && kind(ctx, standing) === 'ArmedGroup' ? id : undefined;
}

/**
 * The body a person's responsibility claim is made for: the body the article last said they lead,
 * else the one it last said they belong to ("X, a Front commander, … X, who heads the Front's
 * Karn faction, claimed the attack": the faction).
 */
function claimedFor(ctx: SentenceContext, personId: string): string | undefined {
  const roles = ctx.memory.roles.get(personId) ?? [];
  const last = (type: RelationType) => roles.filter((r) => r.type === type).at(-1)?.target;
  return last('LEADS') ?? last('MEMBER_OF');
}

/**
 * The state apparatus an actor belongs to (knowledge `stateSideOf`); a person's is that of the
 * body the article says they lead or serve in, else of their standing affiliation.
 */
export function sideOf(ctx: SentenceContext, id: string): string | undefined {
  const find = (x: string) => ctx.state.index.actors.get(x);
  return stateSideOf(roleOf(ctx, id, ['LEADS', 'MEMBER_OF', 'SPOKESPERSON_FOR']) ?? id, find);
}

/** The kind of actor `id` in this article (its entity, else the knowledge base; Organization when unknown). */
export function kind(ctx: SentenceContext, id: string): EntityKind {
  return ctx.state.entities.get(id)?.kind ?? ctx.state.index.actors.get(id)?.kind ?? 'Organization';
}

export interface Emit {
  type: RelationType;
  source: Mention | string | undefined;
  target: Mention | string | undefined;
  at: number;
  rule: string;
  status?: ClaimStatus;
  confidence?: number;
  /** Attribute a member's claim to the group. */
  claim?: boolean;
  /** Stated by a verb of sheltering that also means receiving a guest (lexicon `hostingVerbs`). */
  hosting?: boolean;
}

/**
 * The government a ministry or office is part of: the article's index (knowledge base or the
 * caller's actors), else the knowledge base. Only a government body's acts are its government's
 * (an army that is part of a state still acts as itself).
 */
function partOf(ctx: SentenceContext, id: string): string | undefined {
  const known = ctx.state.index.actors.get(id);
  return (known?.kind === 'Government' ? known.partOf : undefined) ?? PART_OF[id];
}

/** Help given: sheltering or backing. */
const HELP = new Set<RelationType>(['SHELTERS', 'SUPPORTS']);

/**
 * Construction class: a local reading that would make a state help its enemy. "accusing Valdoria
 * of harbouring Taliban leaders in Tarn": where a name took its local reading (knowledge
 * `localAliases`: the group the name means in that place) and that group fights the state said to
 * shelter or back it, the name's general reading is meant. The general reading's id, or undefined.
 */
function generalReading(ctx: SentenceContext, end: Mention | string | undefined, id: string, source: string): string | undefined {
  if (typeof end !== 'object' || !end || !id) return undefined;
  const key = nameKey(end.surface.replace(/^the\s+/i, ''));
  const local = ctx.state.index.actors.get(id)?.localAliases?.some((l) => l.aliases.some((a) => nameKey(a) === key));
  if (!local || !foughtGovernments(ctx.state, id).includes(sideOf(ctx, source) ?? source)) return undefined;
  const general = ctx.state.index.entries.get(key)?.id;
  return general && general !== id ? general : undefined;
}

/** Records a relation when both ends resolve and fit the type; returns whether it was kept. */
export function emit(ctx: SentenceContext, e: Emit): boolean {
  const [fitSource, fitTarget] = CONSTRAINTS[e.type];
  const resolve = (end: Mention | string | undefined, fits: KindFilter, exclude?: string, excludeToo?: string): string =>
    typeof end === 'string' ? (fits(kind(ctx, end), end) && end !== exclude ? end : '') : idOf(ctx, end, fits, exclude, excludeToo);
  let source = resolve(e.source, e.type === 'ATTACKS' || ROLE_TYPES.has(e.type) ? fitSource : actor);
  if (!source) return false;
  // (the one who acted, before a mouthpiece or spokesperson is lifted to its body: "its" in its object is not it)
  const actedBy = source;
  source = partOf(ctx, source) ?? source; // a ministry's acts are its government's
  source = liftSource(ctx, source, e.type, e.claim);
  if (!source || !fitSource(kind(ctx, source), source)) return false;
  // (a mouthpiece's "attacks" are words: "its propaganda arm stepped up its attacks on X" — roles.ts noteMouthpiece)
  if (e.type === 'ATTACKS' && ctx.memory.speaksFor.has(source)) return false;
  const resolved = resolve(e.target, fitTarget, source, actedBy);
  const part = partOf(ctx, resolved) ?? resolved;
  const read = HELP.has(e.type) ? (generalReading(ctx, e.target, part, source) ?? part) : part;
  const target = GROUP_ACTS.has(e.type) && read ? truceParty(ctx, read) : read;
  if (!target || target === source) return false;
  // (a person belongs to the body of their standing affiliation or of a role the article gave them)
  const belongs = (a: string, b: string) => affiliationIn(ctx, a) === b || roleOf(ctx, a, ['LEADS', 'MEMBER_OF', 'SPOKESPERSON_FOR']) === b;
  if (
    (HOSTILE.has(e.type) || SELF_HELP.has(e.type)) &&
    (belongs(source, target) || roleOf(ctx, target, ['LEADS', 'SPOKESPERSON_FOR']) === source)
  )
    return false;
  if (BETWEEN_SIDES.has(e.type) && (belongs(source, target) || belongs(target, source))) return false;
  // Construction class: a meeting within one state. "The prime minister met the army chief":
  // two parts of one state apparatus (knowledge `stateSideOf`) meeting are no talks between sides
  // Construction class: an assault on one's own state's premises. "Army commandos stormed the
  // Bureau building" (which militants held): two bodies of one state apparatus do not attack each
  // other (people aside: an official may be a state's victim)
  const bodies = kind(ctx, source) !== 'Person' && kind(ctx, target) !== 'Person';
  const sameSide = BETWEEN_SIDES.has(e.type) || (e.type === 'ATTACKS' && bodies) ? sideOf(ctx, source) : undefined;
  if (sameSide && sameSide === sideOf(ctx, target)) return false;
  // (a body asking its own part or member is a command: "the League's arm … urged its fighters")
  if (e.type === 'DEMANDS' && belongs(target, source)) return false;
  // Construction class: hosting a state. "Ostmark hosted Valdoria for talks", "the round was
  // hosted by Ostmark": a government hosted is a guest or a party to talks, not sheltered
  // (lexicon `hostingVerbs`)
  if (e.hosting && kind(ctx, target) === 'Government') return false;
  // an order to one's own state's forces is a command, not a demand ("the prime minister directed
  // the security forces to …"); freeing or arresting one's own is a rescue or discipline. (A
  // demand on one's own state's government — a province's on the federal one — is politics.)
  if (e.type === 'DEMANDS' || e.type === 'RELEASES' || e.type === 'DETAINS') {
    const side = sideOf(ctx, source);
    // (a target pronoun or description that would make a state ask itself has the wrong antecedent)
    // (a government described by its branch, "the civilian government", is as good as named)
    const described = (m: Mention) =>
      m.anaphor === 'government' &&
      m.surface
        .toLowerCase()
        .split(/\s+/)
        .some((w) => PLAIN_GOVERNMENT_MODIFIERS.has(w));
    const named = (m: Mention | string | undefined) => typeof m === 'string' || !m?.anaphor || described(m);
    const onGovernment =
      e.type === 'DEMANDS' && kind(ctx, target) === 'Government' && kind(ctx, source) !== 'SecurityForce' && named(e.target);
    // (but a named person's order to a named force of their own state — "the chief minister asked
    // the police to …" — is that person's demand: statements by leaders and ministers are the person's)
    const onForce = e.type === 'DEMANDS' && kind(ctx, source) === 'Person' && kind(ctx, target) === 'SecurityForce' && named(e.target);
    if (side && side === sideOf(ctx, target) && !onGovernment && !onForce) return false;
  }
  const anaphoric = [e.source, e.target].some((m) => typeof m === 'object' && m.anaphor);
  const base = e.confidence ?? 0.8;
  // (the head of a ministry or office heads a part of the government: a member of it)
  const type = e.type === 'LEADS' && target !== resolved ? 'MEMBER_OF' : e.type;
  const found = (t: RelationType, end: string) =>
    ctx.memory.found.push({
      type: t,
      source,
      target: end,
      sentenceIndex: ctx.sentence.index,
      at: e.at,
      status: e.status ?? 'stated',
      confidence: Math.round(Math.min(1, base * (anaphoric ? 0.8 : 1) * (e.status === 'alleged' ? 0.9 : 1)) * 100) / 100,
      rule: e.rule,
    });
  found(type, target);
  // Construction class: the head of a mouthpiece. "X, the director general of the Bureau" (the
  // army's media wing: knowledge `speaksFor`, or a wing the article named, roles.ts noteMouthpiece):
  // X leads the Bureau and speaks for the army, so what X says is the army's
  const principal = type === 'LEADS' ? (ctx.state.index.actors.get(target)?.speaksFor ?? ctx.memory.speaksFor.get(target)) : undefined;
  const spokesperson = principal && principal !== source ? principal : undefined;
  if (spokesperson) found('SPOKESPERSON_FOR', spokesperson);
  if (e.type === 'ATTACKS') {
    ctx.memory.lastVictim = target;
    ctx.memory.lastVictimSentence = ctx.sentence.index;
    ctx.memory.lastAttacker = source;
    // (an attacker only inferred from unnamed people — "a suicide bomber" — yields to a named group's claim)
    const inferred = typeof e.source === 'object' && e.source.via === 'unnamed';
    ctx.memory.inferredAttack = inferred ? { source, target, sentence: ctx.sentence.index } : null;
  }
  // (whom the demand just noted was addressed to, for a refusal: refusal.ts)
  const demand = ctx.memory.lastDemand;
  if (type === 'DEMANDS' && demand?.sentence === ctx.sentence.index) demand.targets = [...(demand.targets ?? []), target];
  const former = e.status === 'past' || e.status === 'ended';
  const roles = [
    ...(ROLE_TYPES.has(type) ? [{ type, target, former }] : []),
    ...(spokesperson ? [{ type: 'SPOKESPERSON_FOR' as const, target: spokesperson, former }] : []),
  ];
  if (roles.length) ctx.memory.roles.set(source, [...(ctx.memory.roles.get(source) ?? []), ...roles]);
  return true;
}

/**
 * A named group's claim of the attack just reported ("a suicide bomber blew himself up among the
 * police. The Front claimed the bombing.") replaces the attacker that report only inferred from
 * unnamed people: that inferred claim is dropped when `claimers` name another actor.
 */
export function retractInferredAttack(ctx: SentenceContext, claimers: readonly Mention[]): void {
  const inferred = ctx.memory.inferredAttack;
  if (!inferred || claimers.some((m) => m.id === inferred.source) || !claimers.some((m) => m.id)) return;
  ctx.memory.found = ctx.memory.found.filter(
    (f) => !(f.type === 'ATTACKS' && f.source === inferred.source && f.target === inferred.target && f.sentenceIndex === inferred.sentence),
  );
  ctx.memory.inferredAttack = null;
}
