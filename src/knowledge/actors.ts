/**
 * The curated knowledge base: well-known actors and places of the Pakistan / TTP / Afghan
 * Taliban conflict, with the surface forms the press uses for them.
 *
 * The data lives in YAML files under `knowledge/` at the project root (see its README); this
 * module loads and validates them once, at import, and exposes them frozen. A bad file stops
 * the import with a `KnowledgeError` naming file, entry and field.
 *
 * Ids are readable slugs and stable: extraction output, the sample graph and the gold
 * annotations all refer to actors by these ids. Aliases are matched after normalisation
 * (case, diacritics, hyphens, a leading "the", i/e transliteration), so one spelling of a
 * transliterated name is usually enough; common alternative spellings are listed anyway.
 */
import { deepFreeze } from '../model/deep-freeze.ts';
import type { EntityKind } from '../model/vocabulary.ts';
import { loadKnowledge } from './load-knowledge.ts';

export interface KnownActor {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description?: string;
  /** First day the actor exists in this role (YYYY-MM-DD). */
  validFrom?: string;
  /** Last day the actor exists in this role (YYYY-MM-DD). */
  validTo?: string;
  /** Persons: id of the body they serve in (a government, force, group or party). */
  affiliation?: string;
  /** Persons: the gender news pronouns give them, where the knowledge base records it. */
  gender?: 'female' | 'male';
  /** Ministries and offices: the government they are part of. */
  partOf?: string;
  /** Media wings: the body whose statements they issue. */
  speaksFor?: string;
  /** Security forces and agencies: the government they serve. */
  serves?: string;
  /** Governments: the place (country or province) they govern. */
  governs?: string;
  /** Persons: their role in that body ("spokesman", "emir", "interior minister"). */
  role?: string;
  /** Persons: offices held over time (body, role, term). */
  offices?: Array<{ body: string; role: string; from?: string; to?: string }>;
  /** Armed groups: the governments they wage war on, principal first. */
  fights?: string[];
  /** The kind before `validFrom` (an insurgency that later governs). */
  kindBefore?: EntityKind;
  /** The default government of articles that name none. */
  home?: true;
  /** Places: the country they lie in (a place id), where the knowledge base has it. */
  country?: string;
  /** Places: the province or region of their country they lie in (a place id). */
  province?: string;
  /** Names that mean this actor only in sentences set in one place (a country or province), from a day on. */
  localAliases?: Array<{ place: string; aliases: string[]; from?: string }>;
}

/** What a nationality adjective or demonym ("Pakistani", "Afghans") stands for. */
export interface Nationality {
  /** The country, a place id, when the knowledge base has it as a place. */
  place?: string;
  /** The country's government (an actor id). */
  government?: string;
  /** The country's army or armed forces (an actor id). */
  army?: string;
  /** Its security forces as a whole, when the knowledge base has them apart from the army. */
  forces?: string;
  /** Its intelligence service (an actor id). */
  intelligence?: string;
  /** Its navy and its air force (actor ids). */
  navy?: string;
  airForce?: string;
}

/** The day the Taliban took Kabul: after it "the Afghan government" means the Taliban. */
export const TALIBAN_TAKEOVER = '2021-08-15';

const KB = loadKnowledge();

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const KNOWN_ACTORS: readonly KnownActor[] = deepFreeze(KB.actors.map(({ value: a }) => withoutUndefined<KnownActor>({ ...a })));

export const KNOWN_LOCATIONS: readonly KnownActor[] = deepFreeze(KB.places.map(({ value: p }) => withoutUndefined<KnownActor>({ ...p })));

/** A dated meaning: `from`/`to` bound the days it holds (inclusive); neither means the default. */
interface Dated<T> {
  value: T;
  from?: string;
  to?: string;
}

/** The meaning of a word on a day (YYYY-MM-DD): the dated one covering the day, else the default. */
function meaningAt<T>(meanings: readonly Dated<T>[] | undefined, day: string | null): T | undefined {
  if (!meanings) return undefined;
  if (day) {
    const dated = meanings.find((m) => (m.from || m.to) && (!m.from || day >= m.from) && (!m.to || day <= m.to));
    if (dated) return dated.value;
  }
  return meanings.find((m) => !m.from && !m.to)?.value;
}

const METONYM_MEANINGS = new Map<string, Dated<string>[]>();
for (const { value: m } of KB.metonyms) {
  const word = m.word.toLowerCase();
  METONYM_MEANINGS.set(word, [...(METONYM_MEANINGS.get(word) ?? []), { value: m.actor, from: m.from, to: m.to }]);
}

const NATIONALITY_MEANINGS = new Map<string, Dated<Nationality>[]>();
for (const { value: n } of KB.nationalities) {
  const meaning = deepFreeze(
    withoutUndefined<Nationality>({
      place: n.place,
      government: n.government,
      army: n.army,
      forces: n.forces,
      intelligence: n.intelligence,
      navy: n.navy,
      airForce: n.airForce,
    }),
  );
  for (const word of new Set(n.words.map((w) => w.toLowerCase()))) {
    NATIONALITY_MEANINGS.set(word, [...(NATIONALITY_MEANINGS.get(word) ?? []), { value: meaning, from: n.from, to: n.to }]);
  }
}

/**
 * Place names that, acting as an agent ("Islamabad said", "Kabul denied"), stand for an actor.
 * Keys are lower-case; extraction decides per mention whether the place or the actor is meant.
 * These are the default meanings; `metonymAt` also knows the dated ones (Kabul before the
 * takeover is the Afghan Republic).
 */
export const METONYMS: Readonly<Record<string, string>> = deepFreeze(
  Object.fromEntries([...METONYM_MEANINGS].map(([word, meanings]) => [word, meaningAt(meanings, null)!])),
);

/** The actor a place word stands for on a day (YYYY-MM-DD, or null for the default), or undefined. */
export function metonymAt(word: string, day: string | null): string | undefined {
  return meaningAt(METONYM_MEANINGS.get(word.toLowerCase()), day);
}

/**
 * Nationality adjectives and demonyms (lower-case: "pakistani", "afghans") → the country, its
 * government and its army, in their default meaning; `nationalityAt` also knows dated ones.
 */
export const NATIONALITIES: Readonly<Record<string, Nationality>> = deepFreeze(
  Object.fromEntries([...NATIONALITY_MEANINGS].map(([word, meanings]) => [word, meaningAt(meanings, null)!])),
);

/** What a nationality word means on a day (YYYY-MM-DD, or null for the default), or undefined. */
export function nationalityAt(word: string, day: string | null): Nationality | undefined {
  return meaningAt(NATIONALITY_MEANINGS.get(word.toLowerCase()), day);
}

/**
 * Standing affiliations of well-known people (person id → the body they serve in), from the
 * persons' `affiliation` fields. Used only to tell which government or force a bare title
 * ("Interior Minister X") in an article refers to.
 */
export const KNOWN_AFFILIATIONS: Readonly<Record<string, string>> = deepFreeze(
  Object.fromEntries(KNOWN_ACTORS.filter((a) => a.affiliation).map((a) => [a.id, a.affiliation!])),
);

/** Whether an office's term (`from`/`to`, inclusive days; open ends count as held) covers `day`. */
export function heldOn(o: { from?: string; to?: string }, day: string): boolean {
  return (!o.from || day >= o.from) && (!o.to || day <= o.to);
}

/**
 * A well-known person's affiliation on `day` (YYYY-MM-DD; null when the article gives none): the
 * body of the office they held that day (field `offices`), else their standing `affiliation`,
 * except a state body outside the person's term (`validFrom`/`validTo`). A chief minister who
 * later became a federal minister belongs to the province's government in an article from his
 * years there, not to the federal one he joined later.
 */
export function affiliationOn(
  person: KnownActor | undefined,
  day: string | null,
  find: (id: string) => KnownActor | undefined = findKnownActor,
): string | undefined {
  const standing = person?.affiliation;
  if (!person || !day) return standing;
  const held = (person.offices ?? []).find((o) => heldOn(o, day));
  if (held) return held.body;
  const outside = (person.validFrom !== undefined && day < person.validFrom) || (person.validTo !== undefined && day > person.validTo);
  const kindOf = standing ? find(standing)?.kind : undefined;
  return outside && (kindOf === 'Government' || kindOf === 'SecurityForce') ? undefined : standing;
}

/** Ministry or office id → the government it is part of (from the `partOf` fields). */
export const PART_OF: Readonly<Record<string, string>> = deepFreeze(
  Object.fromEntries(KNOWN_ACTORS.filter((a) => a.partOf).map((a) => [a.id, a.partOf!])),
);

const BY_ID = new Map<string, KnownActor>([...KNOWN_ACTORS, ...KNOWN_LOCATIONS].map((a) => [a.id, a]));

/** Returns the known actor or place with this id, or undefined. */
export function findKnownActor(id: string): KnownActor | undefined {
  return BY_ID.get(id);
}

/**
 * The body whose office a person held under a title ("prime minister", "army chief"): the
 * person's office whose role contains every title word, preferring one whose term covers `day`;
 * `past` when the only match ended before that day. Undefined when no office matches.
 */
export function officeFor(
  person: KnownActor | undefined,
  titleWords: readonly string[],
  day: string | null,
): { body: string; past: boolean } | undefined {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/defense/g, 'defence')
      .split(/[^a-z]+/);
  const offices = (person?.offices ?? []).filter((o) => {
    const held = new Set(words(o.role));
    return titleWords.flatMap(words).every((w) => !w || held.has(w));
  });
  if (offices.length === 0) return undefined;
  const covering = day ? offices.find((o) => heldOn(o, day)) : undefined;
  if (covering) return { body: covering.body, past: false };
  const o = offices.at(-1)!;
  return { body: o.body, past: Boolean(day && o.to && day > o.to) };
}

/**
 * The government a person served in ("the government of Nawaz Sharif", "his government"): the
 * government of their office on `day`, else of their latest office; undefined when no office is
 * in a government.
 */
export function governmentServed(
  person: KnownActor | undefined,
  day: string | null,
  find: (id: string) => KnownActor | undefined = findKnownActor,
): string | undefined {
  const held = officeFor(person, [], day)?.body;
  const body = held ? (find(held)?.partOf ?? held) : undefined;
  return body && find(body)?.kind === 'Government' ? body : undefined;
}

/** The government "the government" means in an article that names none (the actor with `home`), or ''. */
export const HOME_GOVERNMENT: string = KNOWN_ACTORS.find((a) => a.home)?.id ?? '';

/**
 * Who held an office with these title words on `day` (every title word in the office's role):
 * person and body, for "the army chief said". Offices without a term's end count as current.
 */
export function officeHolders(
  actors: Iterable<KnownActor>,
  titleWords: readonly string[],
  day: string | null,
): Array<{ person: string; body: string }> {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/defense/g, 'defence')
      .split(/[^a-z]+/)
      .filter(Boolean);
  const wanted = titleWords.flatMap(words);
  const out: Array<{ person: string; body: string }> = [];
  for (const a of actors) {
    for (const o of a.offices ?? []) {
      const held = new Set(words(o.role));
      if (!wanted.every((w) => held.has(w))) continue;
      const current = day ? heldOn(o, day) : !o.to;
      if (current) out.push({ person: a.id, body: o.body });
    }
  }
  return out;
}

/** True for the government of a country (one a nationality entry names): "the country" can refer to it. */
export function isCountryGovernment(id: string): boolean {
  return COUNTRY_GOVERNMENTS.has(id);
}

const COUNTRY_GOVERNMENTS = new Set(KB.nationalities.flatMap(({ value: n }) => (n.government ? [n.government] : [])));

/** A government's army (from the nationality entries that name both), or undefined. */
export function armyOf(government: string): string | undefined {
  return ARMY_OF.get(government);
}

const ARMY_OF = new Map<string, string>();
for (const { value: n } of KB.nationalities) if (n.government && n.army && !ARMY_OF.has(n.government)) ARMY_OF.set(n.government, n.army);

/** A state's service by name (knowledge `nationalities`: `navy`, `airForce`), for a post named by its service. */
export function serviceOf(government: string, service: 'navy' | 'airForce'): string | undefined {
  return SERVICES_OF.get(government)?.[service];
}

const SERVICES_OF = new Map<string, { navy?: string; airForce?: string }>();
for (const { value: n } of KB.nationalities)
  if (n.government && (n.navy || n.airForce) && !SERVICES_OF.has(n.government))
    SERVICES_OF.set(n.government, { navy: n.navy, airForce: n.airForce });

/** Government id for each army or force a nationality entry names (undated entries win). */
const STATE_OF_FORCE = new Map<string, string>();
for (const { value: n } of [...KB.nationalities].sort(
  (a, b) => Number(Boolean(a.value.from || a.value.to)) - Number(Boolean(b.value.from || b.value.to)),
))
  for (const f of [n.army, n.forces]) if (f && n.government && !STATE_OF_FORCE.has(f)) STATE_OF_FORCE.set(f, n.government);

/**
 * The state apparatus an actor belongs to, as its government's id: a government itself, the
 * army and forces a nationality entry names or that `serves` a government, ministries
 * (`partOf`), media wings (`speaksFor`) and people (standing `affiliation`, else their latest
 * office) through theirs.
 * Undefined for everyone else (armed groups, organisations). `find` looks actors up (the
 * article's index, which may hold more than the knowledge base).
 */
export function stateSideOf(id: string, find: (id: string) => KnownActor | undefined = findKnownActor, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  const a = find(id);
  if (COUNTRY_GOVERNMENTS.has(id)) return id;
  const force = a?.serves ?? STATE_OF_FORCE.get(id);
  if (force) return force;
  if (a?.kind === 'Government' && !a.partOf) return id;
  const next = a?.partOf ?? a?.speaksFor ?? a?.affiliation ?? a?.offices?.at(-1)?.body;
  return next ? stateSideOf(next, find, depth + 1) : undefined;
}
