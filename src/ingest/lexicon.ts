/**
 * The relation lexicon (knowledge/lexicon/predicates.yaml) and the syntactic word classes
 * (knowledge/lexicon/syntax.yaml), validated with zod when first used and indexed by lemma.
 * Data, not code: adding a verb or a role noun is a one-line change to a YAML file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.ts';
import { ACTOR_KINDS, RELATION_TYPES, type RelationType } from '../model/vocabulary.ts';

const words = z.array(z.string().min(1));
const relationType = z.enum(RELATION_TYPES as unknown as [RelationType, ...RelationType[]]);

const PredicateSchema = z
  .object({
    type: relationType,
    verbs: words,
    nouns: words,
    light: words,
    targetPreps: words,
    object: z.enum(['target', 'offer']).default('target'),
    symmetric: z.boolean().default(false),
    parties: z.boolean().default(false),
    /** Whom a noun's possessor or compound modifier names: its source (default: "Qatar's mediation") or its target ("TTP sanctuaries"). */
    owner: z.enum(['source', 'target']).default('source'),
    /** The noun's of-phrase names its source when nothing else does ("under the mediation of Qatar"). */
    ofAgent: z.boolean().default(false),
    /** Whom a light verb's subject names: the source (default: "Qatar held talks") or the target ("the TTP uses Afghan soil"). */
    lightSubject: z.enum(['source', 'target']).default('source'),
    /** When not empty, the light verb must be governed by one of these ("allowed X to use …"). */
    lightGovernors: words.default([]),
    /** Verbs and nouns that, with no parties named, are about the article's principal dyad ("X acted as a mediator"). */
    bare: words.default([]),
    ending: words.default([]),
    /** Light verbs whose subject is the target and whose from-phrase the source ("X received support from Y"). */
    converse: words.default([]),
    requiresComplement: words.default([]),
    /** Verbs that state this type when negated ("will not accept their demand" rejects it). */
    negated: words.default([]),
    /** Object lemmas that put the verb in another sense ("released a video of the captives" publishes it): no claim. */
    notObjects: words.default([]),
    /** Verbs (or phrasal verbs) whose direct object names the parties themselves ("brought A and B together"). */
    partyObjects: words.default([]),
  })
  .strict();

/**
 * The syntax lexicon's plain word classes (knowledge/lexicon/syntax.yaml), each read as a
 * lower-cased set (`Lexicon.sets`). One list: the schema, the type and the sets come from it.
 */
const WORD_SETS = [
  'speech',
  'irrealis',
  'absorbVerbs',
  'reciprocalNouns',
  'failingVerbs',
  'summonVerbs',
  'protestWords',
  'officialStandIns',
  'militaryStandIns',
  'navalWords',
  'retaliationVerbs',
  'bandNouns',
  'airWords',
  'armyNouns',
  'intelligenceNouns',
  'placeAuthorities',
  'punitiveVerbs',
  'chargeVerbs',
  'intelligenceHeads',
  'blameOnVerbs',
  'imputingVerbs',
  'operationVerbs',
  'proxyNouns',
  'envoyNouns',
  'peaceAccordNouns',
  'captureVerbs',
  'carrierNouns',
  'aimVerbs',
  'deathVerbs',
  'blastVerbs',
  'blastPreps',
  'placeHeads',
  'earlierMarks',
  'targetNouns',
  'becomingVerbs',
  'operationNouns',
  'completiveParticles',
  'modals',
  'obligation',
  'conditional',
  'avertedMarks',
  'hedges',
  'negation',
  'standIns',
  'unnamedFighters',
  'unnamedSoldiers',
  'captorNouns',
  'appointingVerbs',
  'communities',
  'discourseAdverbs',
  'hallmarkNouns',
  'hallmarkVerbs',
  'owningParticiples',
  'governmentPeople',
  'seekingVerbs',
  'helpNouns',
  'claimVerbs',
  'blameVerbs',
  'refusalVerbs',
  'forceHeads',
  'unnamedCraft',
  'mediaWords',
  'holdingNouns',
  'announcingVerbs',
  'relationalNouns',
  'claimQuantifiers',
  'culpability',
  'reportNouns',
  'stanceNouns',
  'civilianGroups',
  'personNouns',
  'foundingNouns',
  'foundingLight',
  'requestNouns',
  'transitiveOnly',
  'officeHeads',
  'threatSpeech',
  'pledgeVerbs',
  'complaintVerbs',
  'echoedOpeners',
  'supporterNouns',
  'refusalTakeUps',
  'successionVerbs',
  'continuationVerbs',
  'fightingVerbs',
  'agentParticiples',
  'punishmentClauses',
  'threatActs',
  'againstActs',
  'sufferingVerbs',
  'givingVerbs',
  'chapterWords',
  'compositionVerbs',
  'seizablePlaces',
  'followerNouns',
  'deadlineNouns',
  'answeredClauses',
  'describingVerbs',
  'delegationNouns',
  'unitNouns',
  'protectionNouns',
  'unknownMarkers',
  'victimPhrases',
  'gatheringVerbs',
  'frontedTimeWords',
  'aspectual',
  'attemptVerbs',
  'suspicionNouns',
  'suspicionVerbs',
  'captiveNouns',
  'orderVerbs',
  'contrastive',
  'talkLike',
  'reciprocalLight',
  'statives',
  'custodyNouns',
  'detentionPlaces',
  'memberNouns',
  'pluralNames',
  'claimNouns',
  'subordinate',
  'former',
  'breakaway',
  'bodyNouns',
  'asVerbs',
  'leadershipNouns',
  'assumeVerbs',
  'revengeVerbs',
  'revengeNouns',
  'detonationVerbs',
  'denialVerbs',
  'disclaimedNouns',
  'issuingVerbs',
  'punishedIntransitives',
  'distancingVerbs',
  'detonatedNouns',
  'detonationPreps',
  'ensuingVerbs',
  'consentNouns',
  'residingVerbs',
  'circumstancePreps',
  'culpableObjects',
  'speechActNouns',
  'definiteLeaders',
  'ledBodyNouns',
  'directives',
  'culpabilityNouns',
  'soughtPassives',
  'presupposing',
  'responsePhrases',
  'responseVerbs',
  'documentNouns',
  'askedForNothing',
  'privateRoles',
  'postedRoles',
  'rulerNouns',
  'ofPhraseParts',
  'sideNouns',
  'appositiveOpeners',
  'clauseWords',
  'aimingParticiples',
  'everydayGivenNames',
  'placeClassNouns',
  'durationNouns',
  'adverbialMarks',
  'aircraftWords',
  'selfNamingVerbs',
  'rankRoles',
  'timeSpendingVerbs',
  'ousterVerbs',
  'provincialGenerics',
  'ceasingVerbs',
  'offeringVerbs',
  'assertiveFrames',
  'pluralHeads',
  'councilHeads',
  'echoedHeads',
  'hostingVerbs',
  'ownerModifiers',
] as const;
export type WordSet = (typeof WORD_SETS)[number];
const WORD_SET_FIELDS = Object.fromEntries(WORD_SETS.map((k) => [k, words])) as Record<WordSet, typeof words>;

const SyntaxSchema = z
  .object({
    ...WORD_SET_FIELDS,
    titleAbbreviations: z.record(z.string(), z.string()),
    succession: z.record(z.string(), z.enum(['past', 'stated'])),
    /** Noun compounds the parser mis-tags → one word of the same meaning (single word, no spaces). */
    parserRewrites: z.record(z.string().min(3), z.string().regex(/^[a-z-]+( [a-z-]+)?$/)),
    /** Words the parser lemmatises to another word's lemma ("bases" → "basis") → their lemma here. */
    lemmaFixes: z.record(z.string().regex(/^[a-z-]+$/), z.string().regex(/^[a-z-]+$/)),
    verbIdioms: z.record(z.string().regex(/^[a-z-]+ [a-z-]+( [a-z-]+)?$/), z.string().regex(/^[a-z-]+( [a-z-]+)?$/)),
    describedBodies: z.record(
      z.string().regex(/^[a-z-]+$/),
      z.object({ kind: z.enum(ACTOR_KINDS), needs: z.enum(['nothing', 'of', 'description']).default('nothing') }).strict(),
    ),
    governmentBodies: words,
    roles: z.record(z.enum(['SPOKESPERSON_FOR', 'LEADS', 'MEMBER_OF']), words),
    partRoles: words,
    roleVerbs: z.record(z.enum(['LEADS', 'MEMBER_OF', 'SPOKESPERSON_FOR']), words),
  })
  .strict();

export type Predicate = z.infer<typeof PredicateSchema>;
export type RoleType = 'SPOKESPERSON_FOR' | 'LEADS' | 'MEMBER_OF';

export interface Lexicon {
  predicates: Predicate[];
  /** Verb lemma (or "lemma word" phrasal form) → predicates it can state. */
  verbs: Map<string, Predicate[]>;
  /** The lemmas of those verbs, phrasal ones by their verb ("fire" for "fire on"). */
  verbLemmas: Set<string>;
  /** Noun lemma (or two-word compound) → predicates. */
  nouns: Map<string, Predicate[]>;
  /** Nouns that name talks or truces (their parties are what a mediator mediates between). */
  talkNouns: Set<string>;
  /** Title abbreviations ("coas") → their words. */
  titleAbbreviations: Map<string, string>;
  /** Nouns of succession ("his predecessor X") → the status of the role X holds. */
  succession: Map<string, 'past' | 'stated'>;
  /** Government offices named without their country ("the foreign ministry"), as word lists. */
  governmentBodies: string[][];
  /** Phrases rewritten before parsing (lower case) → the word the parser is given. */
  parserRewrites: Map<string, string>;
  lemmaFixes: Map<string, string>;
  /** Verb idioms with a fixed prepositional phrase ("send to hell") and the verb they mean ("kill"). */
  /** Verb idioms: a fixed prepositional phrase ("send to hell"), or an object's resultative adjective ("leave dead": `prep` empty). */
  verbIdioms: Array<{ verb: string; prep: string; noun: string; means: string }>;
  /** Nouns of bodies an article introduces by description ("a jirga of elders"), their kind, and what description they need. */
  describedBodies: Map<string, { kind: (typeof ACTOR_KINDS)[number]; needs: 'nothing' | 'of' | 'description' }>;
  sets: Record<WordSet, Set<string>>;
  roles: Map<string, RoleType>;
  /** Nouns for a part of a body ("wing", "branch", "faction"): MEMBER_OF between two bodies. */
  partRoles: Map<string, RoleType>;
  roleVerbs: Map<string, RoleType>;
}

function readYaml(file: string): unknown {
  const full = path.join(PROJECT_ROOT, 'knowledge', 'lexicon', file);
  return parseYaml(readFileSync(full, 'utf8'));
}

function fail(file: string, error: z.ZodError): never {
  const first = error.issues[0];
  throw new Error(`knowledge/lexicon/${file}: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`);
}

/** Validates raw lexicon data (exported for tests of the validation itself). */
export function buildLexicon(rawPredicates: unknown, rawSyntax: unknown): Lexicon {
  const p = z.array(PredicateSchema).safeParse(rawPredicates);
  if (!p.success) fail('predicates.yaml', p.error);
  const s = SyntaxSchema.safeParse(rawSyntax);
  if (!s.success) fail('syntax.yaml', s.error);
  const verbs = new Map<string, Predicate[]>();
  const nouns = new Map<string, Predicate[]>();
  const add = (map: Map<string, Predicate[]>, key: string, pred: Predicate) =>
    map.set(key.toLowerCase(), [...(map.get(key.toLowerCase()) ?? []), pred]);
  for (const pred of p.data) {
    for (const v of pred.verbs) add(verbs, v, pred);
    for (const n of pred.nouns) add(nouns, n, pred);
  }
  const talkNouns = new Set(p.data.filter((x) => x.type === 'NEGOTIATES_WITH' || x.type === 'CEASEFIRE_WITH').flatMap((x) => x.nouns));
  const roles = new Map<string, RoleType>();
  for (const [type, list] of Object.entries(s.data.roles)) for (const w of list) roles.set(w.toLowerCase(), type as RoleType);
  const roleVerbs = new Map<string, RoleType>();
  for (const [type, list] of Object.entries(s.data.roleVerbs)) for (const w of list) roleVerbs.set(w.toLowerCase(), type as RoleType);
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const d = s.data;
  return {
    predicates: p.data,
    verbs,
    verbLemmas: new Set([...verbs.keys()].map((k) => k.split(' ')[0]!)),
    nouns,
    talkNouns,
    roles,
    roleVerbs,
    succession: new Map(Object.entries(d.succession)),
    titleAbbreviations: new Map(Object.entries(d.titleAbbreviations).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
    governmentBodies: d.governmentBodies.map((b) => b.toLowerCase().split(/\s+/)),
    parserRewrites: new Map(Object.entries(d.parserRewrites).map(([k, v]) => [k.toLowerCase(), v])),
    lemmaFixes: new Map(Object.entries(d.lemmaFixes)),
    describedBodies: new Map(Object.entries(d.describedBodies)),
    verbIdioms: Object.entries(d.verbIdioms).map(([idiom, means]) => {
      if (!verbs.has(means))
        throw new Error(`knowledge/lexicon/syntax.yaml: verbIdioms.${idiom}: '${means}' is not a verb of predicates.yaml`);
      const words = idiom.split(' ');
      const [verb, prep, noun] = (words.length === 2 ? [words[0], '', words[1]] : words) as [string, string, string];
      return { verb, prep, noun, means };
    }),
    partRoles: new Map(s.data.partRoles.map((w) => [w.toLowerCase(), 'MEMBER_OF' as RoleType])),
    sets: Object.fromEntries(WORD_SETS.map((k) => [k, set(d[k])])) as Record<WordSet, Set<string>>,
  };
}

let cached: Lexicon | undefined;

/** The project's lexicon, loaded and validated once. Throws with file and field on bad data. */
export function lexicon(): Lexicon {
  cached ??= buildLexicon(readYaml('predicates.yaml'), readYaml('syntax.yaml'));
  return cached;
}

/**
 * Verbs of saying and the verbs that state a demand, accusation, threat or rejection (phrasal
 * entries such as "call on" count by their verb).
 */
export function communicativeVerb(lemma: string): boolean {
  const L = lexicon();
  if (L.sets.speech.has(lemma)) return true;
  return L.predicates.some(
    (p) =>
      (p.type === 'DEMANDS' || p.type === 'ACCUSES' || p.type === 'THREATENS' || p.type === 'REJECTS') &&
      p.verbs.some((v) => v.split(' ')[0] === lemma),
  );
}

/** The predicate of `type` that noun `lemma` states, if any ("attack" → ATTACKS). */
export function nounOf(lemma: string, type: RelationType): Predicate | undefined {
  return (lexicon().nouns.get(lemma) ?? []).find((p) => p.type === type);
}

/** The prepositions a word set of "verb preposition" entries gives verb lemma `lemma` ("blame on" → "on"). */
export function phrasalPreps(entries: ReadonlySet<string>, lemma: string): string[] {
  return [...entries].filter((e) => e.startsWith(`${lemma} `)).map((e) => e.slice(lemma.length + 1));
}

/** The verbs of `type`'s predicates, phrasal ones by their verb ("call" for "call on"). */
export function verbLemmasOf(type: RelationType): Set<string> {
  return new Set(
    lexicon()
      .predicates.filter((p) => p.type === type)
      .flatMap((p) => p.verbs.map((v) => v.split(' ')[0]!)),
  );
}

/** A verb that answers an offer or demand, taking it or turning it down ("accept", "reject", "heed"): a predicate whose object is an offer. */
export function answersOffer(lemma: string): boolean {
  return lexicon().predicates.some((p) => p.object === 'offer' && (p.verbs.includes(lemma) || p.negated.includes(lemma)));
}

/** A verb that reaches the act after it in a threat or vow: aspectual ("keep striking") or of attempting ("try to strike"). */
export function reachesAct(lemma: string): boolean {
  const L = lexicon().sets;
  return L.aspectual.has(lemma) || L.attemptVerbs.has(lemma);
}

/** A light verb of an attack noun ("launch", "carry out", "wage": "launched attacks on X"). */
export function isAttackLightVerb(lemma: string): boolean {
  return lexicon().predicates.some((p) => p.type === 'ATTACKS' && p.light.includes(lemma));
}

/** A hostile act: a threat act (lexicon `threatActs`: "crush", "avenge") or an attack verb. */
export function isHostileAct(lemma: string): boolean {
  const L = lexicon();
  return L.sets.threatActs.has(lemma) || (L.verbs.get(lemma) ?? []).some((p) => p.type === 'ATTACKS');
}

/** True when `set` holds `word` or its form without a plural -s ("posts" → "post"). */
export function hasWord(set: ReadonlySet<string>, word: string): boolean {
  return set.has(word) || set.has(word.replace(/s$/, ''));
}
