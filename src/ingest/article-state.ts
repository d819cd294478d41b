/**
 * Per-article state shared by the pipeline steps: the alias index (with aliases learned from
 * this article), the entities seen so far, and the reference date.
 */
import { HOME_GOVERNMENT, metonymAt } from '../knowledge/actors.ts';
import { nameKey } from './1-text/normalize.ts';
import { FORCE_NOUNS } from './3-mentions/lexicon-names.ts';
import { lexicon } from './lexicon.ts';
import type { KnownActor } from '../knowledge/actors.ts';
import type { EntityKind } from '../model/vocabulary.ts';
import { buildAliasIndex, cloneIndex, type AliasIndex } from './3-mentions/alias-index.ts';
import type { ExtractedEntity, Mention } from './types.ts';
import type { Sentence } from './1-text/sentences.ts';

export interface ArticleState {
  index: AliasIndex;
  entities: Map<string, ExtractedEntity & { aliasSet: Set<string> }>;
  /** YYYY-MM-DD used for relative dates, or null. */
  publishedAt: string | null;
  sentences: Sentence[];
  /** Resolved mentions per sentence index. */
  mentions: Mention[][];
  /** Unnamed people per sentence index ("militants", "troops"): antecedents for anaphora only. */
  unnamed: Mention[][];
  warnings: string[];
  /** Ids of actors proposed from this article's text (not in the knowledge base or the graph). */
  proposed: Set<string>;
  /** Surnames learned from full names in this article (name key → person id; '' once ambiguous). */
  surnames: Map<string, string>;
  /** Head nouns of body names learned from this article ("committee" → its committee; '' once two share it). */
  bodyHeads: Map<string, string>;
  /** How often each government has been named so far (see dominantGovernment). */
  governmentCounts: Map<string, number>;
  /** The place id of the article's dateline, when the knowledge base knows it. */
  datelinePlace?: string;
  /** The countries the article's sentences have been set in or named so far (places, nationality words, metonyms). */
  countriesNamed: Set<string>;
  /** Who "we" is: the current transcript turn and quotation, and the body of the person last labelled in a transcript (first-person.ts). */
  turns: {
    transcript?: { id?: string; sentence: number };
    quote?: { id: string; sentence: number };
    labelled?: string;
  };
}

/**
 * The index as of the article's day: an actor with `kindBefore` has that kind in earlier articles;
 * the names of a body founded later are not matched.
 */
function indexAsOf(publishedAt: string | null, knownActors?: readonly KnownActor[]): AliasIndex {
  const index = cloneIndex(buildAliasIndex(knownActors));
  if (!publishedAt) return index;
  const unborn = new Set<string>();
  for (const [id, a] of index.actors) {
    if (a.kindBefore && a.validFrom && publishedAt < a.validFrom) index.actors.set(id, { ...a, kind: a.kindBefore });
    // a body founded after the day ("the Afghan defence ministry" of the Taliban government in a
    // 2018 article): its names mean its predecessor, so they are not its names yet (a person
    // exists before any term of office)
    else if (a.validFrom && publishedAt < a.validFrom && a.kind !== 'Person') unborn.add(id);
  }
  for (const [key, entry] of index.entries) if (unborn.has(entry.id)) index.entries.delete(key);
  return index;
}

/** Fresh state for one article; the shared alias index is copied so learning stays local. */
export function createArticleState(publishedAt: string | null, knownActors?: readonly KnownActor[]): ArticleState {
  return {
    index: indexAsOf(publishedAt, knownActors),
    entities: new Map(),
    publishedAt,
    sentences: [],
    mentions: [],
    unnamed: [],
    warnings: [],
    proposed: new Set(),
    surnames: new Map(),
    bodyHeads: new Map(),
    governmentCounts: new Map(),
    countriesNamed: new Set(),
    turns: {},
  };
}

/** Records that `surface` named entity `id` (creating the entity from the index or as proposed). */
export function noteEntity(state: ArticleState, id: string, surface: string, kind?: EntityKind, proposedName?: string): void {
  let entity = state.entities.get(id);
  if (!entity) {
    const known = state.index.actors.get(id);
    entity = {
      id,
      name: known?.name ?? proposedName ?? surface,
      kind: known?.kind ?? kind ?? 'Organization',
      aliases: [],
      known: Boolean(known) && !state.proposed.has(id),
      aliasSet: new Set(known ? known.aliases : []),
    };
    state.entities.set(id, entity);
  }
  const clean = surface
    .replace(/\s+/g, ' ')
    .replace(/['’`]s$/i, '')
    .trim();
  if (clean && clean !== entity.name && !/^(he|him|his|she|her|it|its|they|their|them)$/i.test(clean)) entity.aliasSet.add(clean);
}

/** The governments actor `id` wages war on (knowledge field `fights`), principal first. */
export function foughtGovernments(state: ArticleState, id: string): string[] {
  return (state.index.actors.get(id)?.fights ?? []).filter((g) => state.index.actors.get(g)?.kind === 'Government');
}

/**
 * How many mentions a dateline is worth: an article datelined in Peshawar is set in Pakistan, so
 * "the government" is Pakistan's unless another government is named clearly more often.
 */
const DATELINE_WEIGHT = 3;

/** How much a place named in the text counts for its state's government (a dateline counts `DATELINE_WEIGHT`). */
const PLACE_WEIGHT = 0.5;

/** Counts the government of the state the dateline's place lies in (knowledge field `country`). */
export function noteDateline(state: ArticleState, place: string | null): void {
  const id = place ? state.index.entries.get(nameKey(place))?.id : undefined;
  if (!id || state.index.actors.get(id)?.kind !== 'Location') return;
  state.datelinePlace = id;
  const government = placeGovernment(state, id);
  if (government) state.governmentCounts.set(government, (state.governmentCounts.get(government) ?? 0) + DATELINE_WEIGHT);
}

/**
 * The government of the state place `id` lies in (knowledge field `country`): the government
 * that `governs` it, else what the country's name means as a metonym on the article's day.
 */
export function placeGovernment(state: ArticleState, id: string): string | undefined {
  const where = state.index.actors.get(id);
  if (where?.kind !== 'Location') return undefined;
  const country = state.index.actors.get(where.country ?? where.id);
  if (!country) return undefined;
  return governors(state.index).get(country.id) ?? metonymAt(country.name, state.publishedAt);
}

const governorsCache = new WeakMap<ArticleState['index'], Map<string, string>>();

/** The government that governs place `id` (knowledge field `governs`), if any. */
export function governorOf(state: ArticleState, id: string): string | undefined {
  return governors(state.index).get(id);
}

/** Place id → the government that governs it (knowledge field `governs`), per alias index. */
function governors(index: ArticleState['index']): Map<string, string> {
  let map = governorsCache.get(index);
  if (!map) {
    map = new Map();
    for (const a of index.actors.values()) if (a.kind === 'Government' && a.governs) map.set(a.governs, a.id);
    governorsCache.set(index, map);
  }
  return map;
}

/** Adds a sentence's government mentions to the running counts. */
export function countGovernments(state: ArticleState, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    // a place the article names in a state counts, less, for that state's government (an
    // article set in Peshawar and Islamabad is about Pakistan's, however often it names Washington)
    const setting = m.place && m.id ? placeGovernment(state, m.id) : undefined;
    if (setting) state.governmentCounts.set(setting, (state.governmentCounts.get(setting) ?? 0) + PLACE_WEIGHT);
    if (m.kind !== 'Government' || m.place || !m.id) continue;
    // "Afghan troops" names the state's forces, not its government
    if (m.via === 'nationality' && isForceWord(m.surface.split(/\s+/).pop()!.toLowerCase())) continue;
    state.governmentCounts.set(m.id, (state.governmentCounts.get(m.id) ?? 0) + 1);
  }
}

const isForceWord = (w: string) => FORCE_NOUNS.has(w) || w === 'force' || lexicon().sets.armyNouns.has(w);

/**
 * The article's most-named government (ties: the one named first); when it names none, the
 * knowledge base's home government. "The government" means it by default.
 */
export function dominantGovernment(state: ArticleState): string {
  return mostNamedGovernment(state) ?? HOME_GOVERNMENT;
}

/**
 * The government of the province the article is about: the sub-state government (one that
 * `serves` another) named in `mentions` (the sentence at hand) or most among the governments
 * counted so far, else the one governing the province most of the article's places found so far
 * lie in (the dateline's place counting; once the mention stage is done, all of them).
 */
export function articleProvinceGovernment(state: ArticleState, mentions: readonly Mention[] = []): string | undefined {
  const subState = (id: string) => Boolean(state.index.actors.get(id)?.serves) && state.index.actors.get(id)?.kind === 'Government';
  const here = mentions.find((o) => !o.place && subState(o.id));
  const named = here?.id ?? mostNamedGovernment(state, subState);
  if (named) return named;
  const counts = new Map<string, number>();
  const places = [...state.mentions.flat(), ...mentions].filter((o) => o.place && o.id).map((o) => o.id);
  for (const id of state.datelinePlace ? [state.datelinePlace, ...places] : places) {
    const governing = governorOf(state, state.index.actors.get(id)?.province ?? id);
    if (governing && subState(governing)) counts.set(governing, (counts.get(governing) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The article's most-named government among those `accept` lets through (ties: the one named first), if any. */
export function mostNamedGovernment(state: ArticleState, accept: (id: string) => boolean = () => true): string | undefined {
  let best: string | undefined;
  let bestN = 0;
  for (const [id, n] of state.governmentCounts) if (n > bestN && accept(id)) [best, bestN] = [id, n];
  return best;
}
