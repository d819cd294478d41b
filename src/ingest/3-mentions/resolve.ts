/**
 * Resolution of proper-name mentions in context.
 *
 * Metonymy: a capital or country name is an actor when it acts ("Islamabad said", "Kabul
 * denied", "Afghanistan's interior minister") and a place when it is where something happens
 * ("inside Afghanistan", "talks in Kabul", "the Kabul airport"). A country named as the agent
 * of a state act is its government; before the Taliban takeover "Kabul" was the Republic.
 * Generic "police" is the specific police force the article already named, if any.
 * A person named in full teaches the article their surname ("Khawaja Asif" … "Asif"),
 * unless two people of the article share it.
 */
import { metonymAt, nationalityAt } from '../../knowledge/actors.ts';
import { kindOf, learnAlias } from './alias-index.ts';
import { isFamilyNameFirst } from './propose-actor.ts';
import { articleProvinceGovernment, dominantGovernment, noteEntity, type ArticleState } from '../article-state.ts';
import { lexicon } from '../lexicon.ts';
import { foldAscii, nameKey } from '../1-text/normalize.ts';
import type { Sentence } from '../1-text/sentences.ts';
import { prepositionBefore } from './syntax.ts';
import { isTitleWordAt, PERSON_HONORIFICS, PERSON_TITLE_CUES } from './lexicon-names.ts';
import type { Token } from '../1-text/tokens.ts';
import type { Mention } from '../types.ts';

const LOCATIVE = new Set([
  'in',
  'inside',
  'into',
  'within',
  'across',
  'throughout',
  'near',
  'at',
  'around',
  'outside',
  'via',
  'toward',
  'towards',
  'through',
  'beyond',
]);
const MOTION = new Set([
  'returned',
  'return',
  'returning',
  'travelled',
  'traveled',
  'went',
  'go',
  'fled',
  'moved',
  'deported',
  'sent',
  'back',
  'trip',
  'visit',
  'crossed',
  'flown',
  'flew',
  'arrived',
  'home',
]);
/** After these nouns "from X" names a sender, not an origin ("an offer from Kabul"). */
const FROM_SENDER = new Set([
  'offer',
  'statement',
  'proposal',
  'response',
  'delegation',
  'message',
  'call',
  'demand',
  'request',
  'officials',
  'envoy',
  'team',
]);
const PLACE_HEADS = new Set([
  'district',
  'districts',
  'province',
  'provinces',
  'city',
  'border',
  'region',
  'valley',
  'airport',
  'crossing',
  'capital',
  'soil',
  'territory',
  'land',
  'side',
  'airspace',
  'people',
  'residents',
  'area',
  'areas',
  'agency',
  'tribal',
  'division',
  'corps',
  'police',
]);

function readsAsPlace(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.end];
  const afterPoss = m.possessive ? tokens[m.end + 1] : next;
  if (afterPoss && PLACE_HEADS.has(afterPoss.lower)) return true;
  // "Afghanistan's Kunar province": a possessive before a named place of its own
  if (m.possessive && /^\p{Lu}/u.test(afterPoss?.text ?? '')) {
    for (let k = m.end + 2; k <= m.end + 4 && tokens[k]; k++) {
      if (PLACE_HEADS.has(tokens[k]!.lower)) return true;
      if (!/^\p{Lu}/u.test(tokens[k]!.text)) break;
    }
  }
  if (next && next.text === '-' && next.start === tokens[m.end - 1]!.end) return true; // "Pakistan-Afghanistan border"
  if (m.possessive) return false;
  const prep = prepositionBefore(tokens, m.first);
  if (!prep) return false;
  if (prep === 'in' && tokens[m.first - 2]?.lower === 'power') return false; // "those in power in Kabul"
  if (LOCATIVE.has(prep)) return true;
  if (prep === 'from') {
    const k = tokens.findLastIndex((t, idx) => idx < m.first && t.lower === 'from');
    return !FROM_SENDER.has(tokens[k - 1]?.lower ?? '');
  }
  if (prep === 'to') {
    for (let k = m.first - 1; k >= Math.max(0, m.first - 5); k--) if (MOTION.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * Construction class: a metonym conjoined to a place. "a cell in Lahore and Rawalpindi", "raids in
 * Peshawar or Islamabad": a name right after "and"/"or" whose conjunct before it was read as a
 * place is a place too (its preposition governs both), not the actor the name can stand for.
 */
function conjoinedToPlace(tokens: readonly Token[], m: Mention, mentions: readonly Mention[]): boolean {
  const k = m.first - 1;
  return ['and', 'or'].includes(tokens[k]?.lower ?? '') && mentions.some((p) => p.place && p.end === k);
}

/** Decides place or actor for every place mention, and applies era and specificity rules. */
export function resolveNamedMentions(sentence: Sentence, mentions: Mention[], state: ArticleState): void {
  const tokens = sentence.tokens;
  // the countries the sentence's places lie in (its setting), and those its nationality words
  // and metonyms name (which rule a setting out when they differ)
  const settings = new Set<string>();
  const named = new Set<string>();
  for (const t of tokens) {
    const nat = nationalityAt(t.lower.replace(/['’]s$/, ''), state.publishedAt)?.place;
    if (nat) named.add(nat);
  }
  for (const m of mentions) {
    if (m.anaphor || m.place || m.kind !== 'Location') continue;
    // "Sarbakaf Mohmand … Mohmand warned": a place's name that is the surname of a person named
    // earlier in the article, outside a place's slot, is that person
    const owner = surnameOwner.get(state)?.get(nameKey(m.surface));
    if (owner && !readsAsPlace(tokens, m) && !metonymAt(foldAscii(m.surface), state.publishedAt)) {
      m.id = owner;
      m.kind = 'Person';
      continue;
    }
    const place = state.index.actors.get(m.id);
    const country = place?.country ?? m.id;
    const metonym = metonymAt(foldAscii(m.surface), state.publishedAt) ?? metonymAt(foldAscii(place?.name ?? ''), state.publishedAt);
    if (metonym && !readsAsPlace(tokens, m) && !conjoinedToPlace(tokens, m, mentions)) {
      m.id = metonym;
      m.kind = kindOf(state.index, m.id) ?? 'Government';
      m.confidence = 0.85;
      named.add(country);
    } else {
      m.place = true;
      settings.add(country);
    }
  }
  for (const c of [...settings, ...named]) state.countriesNamed.add(c);
  const setting =
    settings.size === 1 && [...named].every((c) => settings.has(c))
      ? [...settings][0]
      : (datelineCountry(state, settings, named) ?? undefined);
  const local = localSettings(state, mentions, setting, named);
  const localised = new Set<Mention>();
  for (const m of mentions) {
    if (m.anaphor || m.place) continue;
    // (not in a sentence that names the local actor itself: "Islamabad says the Taliban shelter the TTP")
    const localId = localActor(state, m.surface, local);
    if (localId && mentions.some((o) => o.id === localId && !localised.has(o))) continue;
    if (localId) {
      localised.add(m);
      m.id = localId;
      m.kind = kindOf(state.index, localId) ?? m.kind;
    }
    const province = localId ? undefined : provincialGeneric(state, m, mentions);
    if (province) m.id = province;
    // the bare word "police" is the article's own police force when it names one
    if (!localId && /^police$/i.test(m.surface)) {
      const specific = [...state.entities.values()].find((e) => e.id.endsWith('-police'));
      if (specific) m.id = specific.id;
    }
    noteEntity(state, m.id, m.surface, m.kind);
    if (m.kind === 'Person') {
      learnSurname(state, m.id);
      const titled = titledSurface(sentence, m);
      if (titled) noteEntity(state, m.id, titled, m.kind);
      const honoured = honorificSurface(sentence, m);
      if (honoured) noteEntity(state, m.id, honoured, m.kind);
    }
  }
}

let genericKeys: ReadonlySet<string> | undefined;
/** The name keys of lexicon `provincialGenerics`, built once (every mention of every sentence is checked against them). */
function provincialKeys(): ReadonlySet<string> {
  genericKeys ??= new Set([...lexicon().sets.provincialGenerics].map(nameKey));
  return genericKeys;
}

/**
 * Construction class: a province's generic name. "the provincial government", "provincial
 * authorities" (lexicon `provincialGenerics`) mean the government of the province the article is
 * about (article-state.ts `articleProvinceGovernment`), whichever province the knowledge base
 * lists the words under. None found: the knowledge base's.
 */
function provincialGeneric(state: ArticleState, m: Mention, mentions: readonly Mention[]): string | undefined {
  if (!provincialKeys().has(nameKey(m.surface.replace(/^the\s+/i, '')))) return undefined;
  return articleProvinceGovernment(
    state,
    mentions.filter((o) => o !== m),
  );
}

/**
 * The name with the capitalised title words right before it ("General Raheel Sharif", "Lt Col
 * X"): a surface form of the person as the article writes it, listed among the entity's names.
 */
function titledSurface(sentence: Sentence, m: Mention): string | undefined {
  const tokens = sentence.tokens;
  let k = m.first;
  let cue = false;
  while (k > 0 && m.first - k < 4) {
    const t = tokens[k - 1]!;
    if (t.text === '.' && k > 1) {
      k--;
      continue;
    }
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || !isTitleWordAt(tokens, k - 1)) break;
    cue ||= PERSON_TITLE_CUES.has(t.lower);
    k--;
  }
  if (!cue || k === m.first) return undefined;
  return sentence.text.slice(tokens[k]!.start - sentence.start, m.stop - sentence.start);
}

/**
 * The name with the honorifics right before it that the knowledge base's name leaves out ("Syed
 * X", "Mian X", "Maulana X"): a surface form of the person as the article writes it.
 */
function honorificSurface(sentence: Sentence, m: Mention): string | undefined {
  const tokens = sentence.tokens;
  let k = m.first;
  while (k > 0 && m.first - k < 2 && tokens[k - 1]!.cap && PERSON_HONORIFICS.has(tokens[k - 1]!.lower)) k--;
  return k === m.first ? undefined : sentence.text.slice(tokens[k]!.start - sentence.start, m.stop - sentence.start);
}

/**
 * Construction class: a name that means another actor in one place ("the Taliban" in Swat are the
 * Pakistani Taliban, "police" in Quetta the Balochistan police): the actor whose `localAliases`
 * give the surface for one of the sentence's settings on the article's day.
 */
function localActor(state: ArticleState, surface: string, settings: readonly string[]): string | undefined {
  if (!settings.length) return undefined;
  const key = nameKey(surface.replace(/^the\s+/i, ''));
  const day = state.publishedAt;
  for (const a of state.index.actors.values())
    for (const l of a.localAliases ?? [])
      if (settings.includes(l.place) && (!day || !l.from || day >= l.from) && l.aliases.some((x) => nameKey(x) === key)) return a.id;
  return undefined;
}

/**
 * The places a sentence is set in: its country (`country`, when all its places lie in one and no
 * nationality word or metonym names another) and the one province all its known places lie in.
 * A sentence with no known place and no nationality word is set in the dateline's province.
 */
function localSettings(
  state: ArticleState,
  mentions: readonly Mention[],
  country: string | undefined,
  named: ReadonlySet<string>,
): string[] {
  const provinceOf = (id: string) => state.index.actors.get(id)?.province ?? (isProvince(state, id) ? id : undefined);
  const known = mentions.filter((m) => m.place && m.id && state.index.actors.get(m.id)?.kind === 'Location');
  let province: string | undefined;
  if (!known.length) province = !named.size && state.datelinePlace ? provinceOf(state.datelinePlace) : undefined;
  else {
    const provinces = new Set(known.filter((m) => !isCountry(state, m.id)).map((m) => provinceOf(m.id) ?? ''));
    province = provinces.size === 1 && !provinces.has('') ? [...provinces][0] : undefined;
    if (province && named.size && !named.has(state.index.actors.get(province)?.country ?? '')) province = undefined;
  }
  return [country, province].filter((x): x is string => Boolean(x));
}

/**
 * A sentence with no place and no nationality word, in an article that so far names no country
 * but its dateline's — or names its government more than any other, the dateline counting
 * (`dominantGovernment`) — is set in the dateline's country ("ISLAMABAD: … The Taliban claimed
 * the attack", also after "a former ambassador to Afghanistan" in passing).
 */
function datelineCountry(state: ArticleState, settings: ReadonlySet<string>, named: ReadonlySet<string>): string | undefined {
  if (settings.size || named.size || !state.datelinePlace) return undefined;
  const country = state.index.actors.get(state.datelinePlace)?.country ?? state.datelinePlace;
  if ([...state.countriesNamed].every((c) => c === country)) return country;
  const government = state.index.actors.get(country) ? metonymAt(state.index.actors.get(country)!.name, state.publishedAt) : undefined;
  return government && dominantGovernment(state) === government ? country : undefined;
}

/** A place that is a country: others lie in it. */
function isCountry(state: ArticleState, id: string): boolean {
  return !state.index.actors.get(id)?.country;
}

const provinceSets = new WeakMap<object, Set<string>>();

/** True when some place of the index lies in `id` as its province. */
function isProvince(state: ArticleState, id: string): boolean {
  let set = provinceSets.get(state.index);
  if (!set) {
    set = new Set([...state.index.actors.values()].flatMap((a) => (a.province ? [a.province] : [])));
    provinceSets.set(state.index, set);
  }
  return set.has(id);
}

const surnameOwner = new WeakMap<ArticleState, Map<string, string>>();

function learnSurname(state: ArticleState, id: string): void {
  const name = state.entities.get(id)?.name ?? '';
  const words = name.split(/\s+/);
  if (words.length < 2) return;
  // ("Wang Yi" … "Wang": a family name written first)
  const surname = words.length <= 3 && isFamilyNameFirst(words[0]!.toLowerCase()) ? words[0]! : words[words.length - 1]!;
  const key = nameKey(surname);
  let owners = surnameOwner.get(state);
  if (!owners) surnameOwner.set(state, (owners = new Map()));
  const owner = owners.get(key);
  if (owner === undefined) {
    owners.set(key, id);
    learnAlias(state.index, surname, id);
  } else if (owner !== id && owner !== '') {
    owners.set(key, '');
    if (state.index.entries.get(key)?.id === owner) state.index.entries.delete(key); // ambiguous now
  }
}
