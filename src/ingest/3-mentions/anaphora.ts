/**
 * Antecedent candidates for anaphors, resolved conservatively.
 *
 * Each anaphor gets an ordered candidate list instead of one answer, so a relation rule can
 * take the first candidate that fits its type constraints (the agent of SHELTERS is not a
 * person; "he" is a person). Order: the subject of the current sentence (if before the
 * anaphor), other earlier mentions of the sentence (nearest first), then for each of up to
 * three previous sentences its subject followed by its other mentions. Unnamed people
 * ("militants", "the hostage-takers"; see unnamed.ts) are antecedents too, standing for their
 * side, so "their demand" after "the hostage-takers" is the armed group's. Mentions inside an
 * attribution ("according to X") are not antecedents. "The government" prefers the article's
 * dominant government (in this domain usually Pakistan's) over a passing mention of another.
 */
import { BOTH_NOUN_KINDS, bothNounKey } from './lexicon-names.ts';
import { isCountryGovernment, officeHolders, armyOf, governmentServed, metonymAt, stateSideOf } from '../../knowledge/actors.ts';
import { lexicon } from '../lexicon.ts';
import { dominantGovernment, foughtGovernments, governorOf, type ArticleState } from '../article-state.ts';
import type { Sentence } from '../1-text/sentences.ts';
import { isSubjectLike } from './syntax.ts';
import { insideQuotes, noteTurn, resolveFirstPerson, speechForms } from './first-person.ts';
import type { Mention } from '../types.ts';

function fits(m: Mention, anaphor: NonNullable<Mention['anaphor']>): boolean {
  if (!m.id || m.place || m.kind === 'Location') return false;
  switch (anaphor) {
    case 'he':
      return m.kind === 'Person';
    case 'it':
      return m.kind !== 'Person' && !isPlural(m);
    case 'they':
      return m.kind !== 'Person';
    case 'group':
      return m.kind === 'ArmedGroup';
    case 'party':
      return m.kind === 'PoliticalParty';
    case 'government':
      return m.kind === 'Government';
    case 'country':
      return isCountryGovernment(m.id);
    case 'office':
      return m.kind === 'Person';
    default:
      return false;
  }
}

/**
 * "she"/"her" takes a woman the knowledge base knows (field `gender`) when the candidates include
 * one, and "he"/"him"/"his" never takes her.
 */
function genderFilter(state: ArticleState, m: Mention, pool: readonly Mention[]): (o: Mention) => boolean {
  if (m.anaphor !== 'he') return () => true;
  const female = (o: Mention) => state.index.actors.get(o.id)?.gender === 'female';
  if (!/^(she|her|hers|herself)$/i.test(m.surface)) return (o) => !female(o);
  return pool.some((o) => o.kind === 'Person' && female(o)) ? female : () => true;
}

/** "undocumented Afghans", "Pakistani authorities": plural heads are not antecedents of "it". */
function isPlural(m: Mention): boolean {
  const words = m.surface.replace(/^the\s+/i, '').split(/\s+/);
  const last = words.at(-1) ?? '';
  // a capitalised name of several words is one body ("the Frontier Corps", "the United
  // States"); a demonym ("Afghans") is not
  const proper = words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) && m.via !== 'nationality';
  return /[^su]s$/.test(last) && last !== last.toUpperCase() && !proper;
}

function inAttribution(s: Sentence, m: Mention): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) if (s.tokens[k]!.lower === 'according') return true;
  return false;
}

/**
 * Construction class: a name modifying a part noun. In "the League, the Front faction, through
 * its spokesman" the Front only says whose faction the League is: a name right before a part noun
 * (lexicon `partRoles`: "faction", "wing", "chapter") is no antecedent.
 */
function modifiesPart(s: Sentence, m: Mention): boolean {
  const next = s.tokens[m.end];
  return !m.anaphor && next?.kind === 'word' && lexicon().partRoles.has(next.lower);
}

/**
 * Construction class: a description fronted before a resumptive pronoun. "The son-in-law of X,
 * founder of Y, he led the group's chapter": a sentence opened by a determiner and a noun phrase
 * with no clause of its own, closed by a comma and the pronoun, describes the pronoun's referent —
 * the names inside it (X, Y) are that referent's relatives or bodies, never the referent. Not a
 * pronoun of saying after a comma ("The attack on X, he said, …").
 */
function frontedDescription(s: Sentence, m: Mention): boolean {
  if (m.anaphor !== 'he' || s.tokens[m.first - 1]?.text !== ',' || !/^(the|a|an)$/.test(s.tokens[0]?.lower ?? '')) return false;
  if (speechForms().has(s.tokens[m.end]?.lower ?? '')) return false;
  // (no word that opens or makes a clause: lexicon `clauseWords`, or a past form)
  const clauseWords = lexicon().sets.clauseWords;
  return s.tokens
    .slice(1, m.first)
    .every((t, k, all) => t.kind !== 'word' || t.cap || !(clauseWords.has(t.lower) || (/ed$/.test(t.lower) && all[k - 1]?.text !== '-')));
}

/** Whether a mention of sentence `s` lies inside its quotation marks. */
function quotedTest(s: Sentence): (m: Mention) => boolean {
  const inside = insideQuotes(s);
  return (m) => inside(m.first);
}

/**
 * Mentions of a sentence in antecedent order: subject first, then the rest (nearest first or in
 * order). Construction class: a quotation with its speaker ('"This was revenge for X," he
 * said. He warned …'): the subject is the speaker outside the quotation marks, not a name
 * quoted before it.
 */
function ordered(s: Sentence, mentions: readonly Mention[], nearestFirst: boolean): Mention[] {
  const usable = mentions.filter((m) => m.id && !inAttribution(s, m) && !modifiesPart(s, m));
  const inQuote = quotedTest(s);
  const subjectLike = (m: Mention) => isSubjectLike(s.tokens, m) && m.kind !== 'Location';
  const subject = usable.find((m) => !inQuote(m) && subjectLike(m)) ?? usable.find(subjectLike);
  const rest = usable.filter((m) => m !== subject);
  if (nearestFirst) rest.reverse();
  return subject ? [subject, ...rest] : rest;
}

/** Fills `candidates` and a default `id` for every anaphor of the sentence. */
export function resolveAnaphors(sentence: Sentence, mentions: Mention[], state: ArticleState): void {
  noteTurn(sentence, mentions, state);
  for (const m of mentions) {
    if (!m.anaphor || m.anaphor === 'pair' || m.anaphor === 'we') continue;
    if (m.anaphor === 'it' && isPleonastic(sentence, m)) {
      m.candidates = [];
      continue;
    }
    if (m.anaphor === 'it' && continuesDocument(sentence, m, state)) {
      m.candidates = [];
      m.document = true;
      continue;
    }
    if (m.anaphor === 'both') {
      resolveBoth(sentence, m, state);
      continue;
    }
    const anchor = appositionAnchor(sentence, m, mentions) ?? conjunctAnchor(sentence, m, mentions);
    if (anchor) {
      m.candidates = [anchor.id];
      m.id = anchor.id;
      m.kind = anchor.kind;
      continue;
    }
    if (m.anaphor === 'office') {
      resolveOffice(sentence, m, state);
      continue;
    }
    const led =
      m.anaphor === 'government'
        ? (governmentOfLeader(sentence, m, mentions, state) ?? governmentOfSeat(sentence, m, mentions, state))
        : undefined;
    if (led) {
      m.candidates = [led];
      m.id = led;
      continue;
    }
    const withUnnamed = (s: Sentence) =>
      [...(state.mentions[s.index] ?? []), ...(state.unnamed[s.index] ?? [])].sort((a, b) => a.start - b.start);
    // (a pronoun outside quotation marks, '"… X …," he said', does not refer to a name quoted before it)
    const inQuote = quotedTest(sentence);
    // (not a name inside the description fronted before the pronoun: frontedDescription)
    const fronted = frontedDescription(sentence, m);
    const before = withUnnamed(sentence).filter(
      (o) => o.stop <= m.start && o !== m && (inQuote(m) || !inQuote(o)) && !(fronted && o.first < m.first),
    );
    const pool: Mention[] = [...ordered(sentence, before, true)];
    // a sentence-initial "it" continues the previous sentence's topic (centering): when that
    // sentence names no actor ("The cabinet announced on Tuesday …"), its topic is not an actor
    const reach = m.anaphor === 'it' && m.first === 0 ? 1 : m.anaphor === 'he' || m.anaphor === 'it' || m.anaphor === 'they' ? 3 : 30;
    for (let back = 1; back <= reach && sentence.index - back >= 0; back++) {
      const prev = state.sentences[sentence.index - back];
      if (prev) pool.push(...ordered(prev, withUnnamed(prev), false));
    }
    const ids: string[] = [];
    if (m.anaphor === 'government' || m.anaphor === 'country') {
      // "the TTP called off its ceasefire with the government", "the group ended a truce brokered
      // by Kabul, accusing the government of …": the government the armed group named (or
      // referred to) in the sentence fights, over another government named in passing
      if (m.anaphor === 'government') {
        // (or coordinated after it: "the government and the TTP agreed to a ceasefire")
        // (past a determiner and lower-case modifiers: "the government and the banned TTP")
        const and = sentence.tokens[m.end]?.lower === 'and';
        let start = m.end + 1;
        while (start < m.end + 4 && /^[a-z]/.test(sentence.tokens[start]?.text ?? '') && !mentions.some((x) => x.first === start)) start++;
        const paired = and ? mentions.filter((x) => x.first === start) : [];
        // (the nearest group first: "the Taliban had offered talks, but the Front … accused the government")
        for (const o of [...[...before].reverse(), ...paired]) {
          // (or a person of the group: "its spokesman accused the government of …")
          const affiliation = o.kind === 'Person' ? state.index.actors.get(o.id)?.affiliation : undefined;
          const group =
            o.kind === 'ArmedGroup' ? o.id : affiliation && state.index.actors.get(affiliation)?.kind === 'ArmedGroup' ? affiliation : '';
          if (!group) continue;
          const fought = foughtGovernments(state, group)[0];
          if (fought && !ids.includes(fought)) ids.push(fought);
        }
      }
      const same = before.filter((o) => fits(o, m.anaphor!)).reverse()[0];
      if (same && !ids.includes(same.id)) ids.push(same.id);
      const dominant = dominantGovernment(state);
      if (dominant && (m.anaphor === 'government' || isCountryGovernment(dominant))) ids.push(dominant);
    }
    const gendered = genderFilter(state, m, pool);
    const named = m.anaphor === 'group' ? namedByHead(m, pool, state) : undefined;
    if (named) ids.push(named);
    for (const o of pool) if (fits(o, m.anaphor) && gendered(o) && !ids.includes(o.id)) ids.push(o.id);
    m.candidates = ids;
    m.id = ids[0] ?? '';
    if (m.id) {
      m.kind = state.entities.get(m.id)?.kind ?? state.index.actors.get(m.id)?.kind ?? m.kind;
      // an anaphor ("the group", "the government") is not a name of its antecedent: no alias
    }
  }
  // "we" last: its speaker may be a pronoun resolved above ('"We will act," he said')
  for (const m of mentions) if (m.anaphor === 'we') resolveFirstPerson(sentence, m, mentions, state);
}

/** Heads of a group description too common to pick out a name ending in them ("the group"). */
const GENERIC_HEADS = new Set(['group', 'militants', 'insurgents', 'umbrella', 'outfit']);

/**
 * Construction class: a description by the head of a name. "the movement" after "the Pashtun
 * Rights Movement", "the alliance" after "the Grand Democratic Alliance": a group description
 * whose head word ends an antecedent's name (as written, or as the knowledge base names it) is
 * that body, whatever its kind, before any armed group nearer to it. Not a generic head ("the
 * group"), which any armed group takes.
 */
function namedByHead(m: Mention, pool: readonly Mention[], state: ArticleState): string | undefined {
  const head = m.surface.toLowerCase().split(/\s+/).at(-1) ?? '';
  if (GENERIC_HEADS.has(head)) return undefined;
  const lastWord = (name: string | undefined) => name?.toLowerCase().split(/\s+/).at(-1);
  const endsIn = (o: Mention) =>
    lastWord(o.surface.replace(/\s*\(.*$/, '')) === head ||
    lastWord(state.index.actors.get(o.id)?.name ?? state.entities.get(o.id)?.name) === head;
  return pool.find((o) => o.id && !o.anaphor && !o.place && o.kind !== 'Person' && o.kind !== 'Location' && endsIn(o))?.id;
}

/**
 * Construction class: a description in apposition. "the League, the outfit led by X,", "the
 * League, the faction that broke away": a definite group or government description set off by a
 * comma right after a name of a fitting kind describes that name; it is not an anaphor reaching
 * back to another ("the faction's spokesman", a possessive, still does). So does an office after
 * a person's name, also opened by "then" ("X, then the interior minister,"): it is that person,
 * not the office's holder on the article's day.
 */
function appositionAnchor(sentence: Sentence, m: Mention, mentions: readonly Mention[]): Mention | undefined {
  if ((m.anaphor !== 'group' && m.anaphor !== 'government' && m.anaphor !== 'office') || m.possessive) return undefined;
  let comma = m.first - 1;
  if (m.anaphor === 'office' && sentence.tokens[comma]?.lower === 'then') comma--;
  if (sentence.tokens[m.first]?.lower !== 'the' || sentence.tokens[comma]?.text !== ',') return undefined;
  return mentions.find((o) => o !== m && !o.anaphor && o.end === comma && fits(o, m.anaphor!));
}

/**
 * Construction class: a possessive in the second conjunct. "Valdoria and its security forces",
 * "the Front and their allies": "its"/"their" right after "and" that follows a name of a fitting
 * kind is that name's (not the clause's subject's, as a plain "its" would be). So is one right
 * after a preposition that follows such a name, as in a gapped conjunct: "Valdoria was
 * represented by X, and Ostmark by its adviser, Y".
 */
function conjunctAnchor(sentence: Sentence, m: Mention, mentions: readonly Mention[]): Mention | undefined {
  if ((m.anaphor !== 'it' && m.anaphor !== 'they') || !/^(its|their)$/i.test(m.surface)) return undefined;
  if (!ANCHORING_WORDS.has(sentence.tokens[m.first - 1]?.lower ?? '')) return undefined;
  return mentions.find((o) => o !== m && o.id && !o.anaphor && !o.place && o.end === m.first - 1 && fits(o, m.anaphor!));
}

/** Words between a name and a possessive that make the name its antecedent ("X and its", "Y by its"). */
const ANCHORING_WORDS = new Set(['and', 'by', 'with', 'through']);

/**
 * Construction class: a government named by its leader. "the government of President X", "the
 * X government" is the government the knowledge base says X served in on the article's day (the
 * person's state side): the of-phrase within two title words after the anaphor.
 */
function governmentOfLeader(sentence: Sentence, m: Mention, mentions: readonly Mention[], state: ArticleState): string | undefined {
  if (sentence.tokens[m.end]?.lower !== 'of') return undefined;
  const person = mentions.find((o) => o.kind === 'Person' && o.id && o.first > m.end && o.first <= m.end + 3);
  if (!person) return undefined;
  const find = (id: string) => state.index.actors.get(id);
  // (the government of the person's office, also one held before the article's day: "in 2014 the
  // government of X held talks")
  const served = governmentServed(find(person.id), state.publishedAt, find);
  if (served) return served;
  const side = stateSideOf(person.id, find);
  return side && find(side)?.kind === 'Government' ? side : undefined;
}

/**
 * Construction class: a government named by its seat or country. "the interim government in
 * Kabul", "the government of Ostmark": a government noun followed by "in" / "of" and a name is
 * that name's government — the government itself, the state a capital stands for on the
 * article's day (knowledge `metonyms`), or the government that governs a place.
 */
function governmentOfSeat(sentence: Sentence, m: Mention, mentions: readonly Mention[], state: ArticleState): string | undefined {
  if (!['in', 'of'].includes(sentence.tokens[m.end]?.lower ?? '')) return undefined;
  const o = mentions.find((x) => x !== m && x.id && !x.anaphor && x.first === m.end + 1);
  if (!o) return undefined;
  if (o.kind === 'Government') return o.id;
  return metonymAt(o.surface.toLowerCase(), state.publishedAt) ?? (o.kind === 'Location' ? governorOf(state, o.id) : undefined);
}

/** Past participles ("led", "founded", "blamed", "known", "held"). */
const PARTICIPLE =
  /^(\w+ed|led|held|run|known|seen|thought|made|given|taken|driven|born|built|hit|shot|struck|fought|brought|caught|sought|found|set|told|sent|kept|beaten|backed)$/;

/** Predicates after "it is/was" that need a referent ("it was behind the blast", "it is ready to talk"). */
const REFERENTIAL_PREDICATES = new Set([
  'behind',
  'responsible',
  'involved',
  'ready',
  'willing',
  'prepared',
  'committed',
  'determined',
  'part',
]);

/** "it is important", "it should be recalled", "made it clear": no referent. */
/**
 * Construction class: a document continued by "it". "The statement accused X of espionage. It
 * warned Y to keep away": a sentence-initial "it" (past a section number) after a sentence that
 * opened with a definite document noun (lexicon `documentNouns`) is that document, which speaks
 * for its issuer (4-relations/statements.ts); no actor of the earlier sentence is its antecedent.
 */
function continuesDocument(s: Sentence, m: Mention, state: ArticleState): boolean {
  // the first word past a section number
  const firstWord = (x: Sentence) => x.tokens.findIndex((t) => t.kind === 'word' && !/^\d/.test(t.text));
  const prev = state.sentences[s.index - 1];
  if (!prev || firstWord(s) !== m.first) return false;
  const first = firstWord(prev);
  const [det, noun] = [prev.tokens[first], prev.tokens[first + 1]];
  return ['the', 'this', 'that'].includes(det?.lower ?? '') && lexicon().sets.documentNouns.has(noun?.lower ?? '');
}

function isPleonastic(s: Sentence, m: Mention): boolean {
  const [next, after, third] = [1, 2, 3].map((k) => s.tokens[m.end + k - 1]?.lower ?? '') as [string, string, string];
  if (['is', 'was', 'seems', 'appears', 'remains'].includes(next)) {
    // "it is led by X", "it was founded in 2007": a passive with a referent — unless a that- or
    // to-clause follows ("it is believed that…", "it was decided to…")
    const rest = s.tokens.slice(m.end + 2, m.end + 6).map((t) => t.lower);
    if (PARTICIPLE.test(after) && !rest.includes('that') && !rest.includes('to')) return false;
    if (/ing$/.test(after)) return false; // "it was mediating", "it is holding talks"
    // "it was behind the attack", "it is ready to talk": a predicate that only a referent takes
    if (REFERENTIAL_PREDICATES.has(after)) return false;
    return !['reported', 'said', 'believed', 'also', 'not', 'a', 'an', 'the'].includes(after);
  }
  if (['should', 'would', 'will', 'may', 'might', 'could', 'must'].includes(next) && after === 'be')
    return /^(noted|recalled|said|argued|added|stressed|mentioned|pointed|remembered|clear|important|possible|difficult|easy|necessary)$/.test(
      third,
    );
  return ['made', 'make', 'makes'].includes(s.tokens[m.first - 1]?.lower ?? '');
}

/**
 * "The army chief", "the COAS": the person who held that office on the article's day. When
 * several did (every country has a prime minister), the one serving the article's government
 * (or its army); otherwise left unresolved.
 */
function resolveOffice(sentence: Sentence, m: Mention, state: ArticleState): void {
  const abbreviations = lexicon().titleAbbreviations;
  const words = sentence.tokens.slice(m.first + 1, m.end).map((t) => abbreviations.get(t.lower) ?? t.lower);
  const holders = officeHolders(state.index.actors.values(), words, state.publishedAt);
  const government = dominantGovernment(state);
  const ours = (body: string) => body === government || body === armyOf(government) || state.index.actors.get(body)?.partOf === government;
  const people = [...new Set(holders.map((h) => h.person))];
  const chosen =
    people.length === 1
      ? people[0]
      : [...new Set(holders.filter((h) => ours(h.body)).map((h) => h.person))].find((_, _k, all) => all.length === 1);
  m.candidates = chosen ? [chosen] : [];
  m.id = chosen ?? '';
  if (chosen) m.kind = 'Person';
}

/**
 * "both groups", "both countries": the most recent distinct actors of the noun's kind — in the
 * sentence before the phrase, then in up to two previous sentences — nearest first (up to four;
 * the relation pattern drops its own clause's subject and takes two). Fewer than two: unresolved.
 */
function resolveBoth(sentence: Sentence, m: Mention, state: ArticleState): void {
  const noun = m.surface.split(/\s+/).pop()?.toLowerCase() ?? '';
  const wanted = BOTH_NOUN_KINDS[bothNounKey(noun)] ?? 'armed';
  const fitsNoun = (o: Mention) =>
    wanted === 'government'
      ? isCountryGovernment(o.id) || o.kind === 'Government'
      : wanted === 'body'
        ? o.kind !== 'Person'
        : o.kind === 'ArmedGroup';
  const ids: string[] = [];
  const pools = [(state.mentions[sentence.index] ?? []).filter((o) => o.stop <= m.start).reverse()];
  for (let back = 1; back <= 2; back++) pools.push([...(state.mentions[sentence.index - back] ?? [])].reverse());
  for (const pool of pools)
    for (const o of pool) if (o.id && !o.anaphor && !o.place && fitsNoun(o) && !ids.includes(o.id) && ids.length < 4) ids.push(o.id);
  m.candidates = ids.length >= 2 ? ids : [];
  m.id = m.candidates[0] ?? '';
}
