/**
 * Default referents: whom an article's unnamed people stand for. News reports name the
 * perpetrators once and then speak of "militants", "the attackers", "gunmen"; they speak of
 * "soldiers" and "troops" of the state whose conflict they cover. The gold convention records a
 * relationship with unnamed members against their group.
 *
 * Computed over the whole article (the lede often says "seven militants stormed a school" before
 * naming the group that claimed it): the group that claimed responsibility when the article
 * reports exactly one claimer (construction: responsibility claim, see `claimers`), else the
 * armed group named most often (ties: the one named first), and the army of the government that group fights (knowledge `fights`), else of the
 * government named most often (a provincial government's: the army of the state it serves). Kept conservative: only when the
 * sentence itself gives the noun no owner (see `mentionsAt`). Near a sentence that claims an
 * attack for one group or blames one, that group comes first (`referentsAt`).
 */
import { armyOf, stateSideOf } from '../../knowledge/actors.ts';
import { dominantGovernment, type ArticleState } from '../article-state.ts';
import type { Sentence } from '../1-text/sentences.ts';
import { lexicon, nounOf } from '../lexicon.ts';
import type { Mention } from '../types.ts';
import { isSubjectLike } from './syntax.ts';

export interface Referents {
  /** The armed group unnamed fighters belong to, if the article names one. */
  armedGroup?: string;
  /** The army unnamed soldiers serve in. */
  army?: string;
}

const cache = new WeakMap<ArticleState, Referents>();
const localCache = new WeakMap<ArticleState, Array<string | undefined>>();
const responsibleCache = new WeakMap<ArticleState, Array<{ claimed: string[]; blamed: string[] }>>();

/** Per sentence, the armed groups it says claimed an attack and those it blames (computed once per article). */
function responsibility(state: ArticleState): Array<{ claimed: string[]; blamed: string[] }> {
  let out = responsibleCache.get(state);
  if (!out) {
    out = state.sentences.map((s) => {
      const mentions = state.mentions[s.index] ?? [];
      return { claimed: claimers(s, mentions), blamed: blamedGroups(s, mentions) };
    });
    responsibleCache.set(state, out);
  }
  return out;
}

/** The named armed groups among `mentions` (no anaphors, no places). */
function namedGroups(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.id && !m.anaphor && !m.place && m.kind === 'ArmedGroup');
}

/**
 * The army of `government` (knowledge base), else of the state it serves (a provincial
 * government has no army of its own), with that state's id.
 */
function armyOfState(state: ArticleState, government: string): { army?: string; national: string } {
  const national = stateSideOf(government, (id) => state.index.actors.get(id)) ?? government;
  return { army: armyOf(government) ?? armyOf(national), national };
}

/** How far before and after a sentence a claim or blame still names its unnamed attackers. */
export const LOCAL_BACK = 2;
export const LOCAL_AHEAD = 3;

/**
 * Construction class: the group held responsible nearby. A report tells an attack by "six
 * militants" and names who claimed it or was blamed for it a few sentences later ("… The assault
 * was claimed by X", "The military blamed X"); in an article about several groups those
 * militants are X's, not the group the article names most. The referents at sentence `index`:
 * the armed group the nearest responsibility sentence names (claimers or blamed, within
 * `LOCAL_BACK` sentences before and `LOCAL_AHEAD` after, the later one first at equal distance,
 * only when that sentence names exactly one), with the army of the state that group fights; else
 * the article's.
 */
export function referentsAt(state: ArticleState, index: number): Referents {
  const article = articleReferents(state);
  let local = localCache.get(state);
  if (!local) {
    local = responsibility(state).map(({ claimed, blamed }) => {
      const named = new Set([...claimed, ...blamed]);
      return named.size === 1 ? [...named][0] : undefined;
    });
    localCache.set(state, local);
  }
  for (let d = 0; d <= Math.max(LOCAL_BACK, LOCAL_AHEAD); d++) {
    const id = (d <= LOCAL_AHEAD ? local[index + d] : undefined) ?? (d <= LOCAL_BACK ? local[index - d] : undefined);
    if (id) return id === article.armedGroup ? article : { armedGroup: id, army: armyFought(state, id) ?? article.army };
  }
  return article;
}

/** The article's default referents (computed once, after every sentence's mentions are known). */
export function articleReferents(state: ArticleState): Referents {
  const known = cache.get(state);
  if (known) return known;
  const counts = new Map<string, { n: number; first: number }>();
  let order = 0;
  for (const list of state.mentions) {
    for (const m of namedGroups(list ?? [])) {
      const c = counts.get(m.id) ?? { n: 0, first: order++ };
      c.n++;
      counts.set(m.id, c);
    }
  }
  let armedGroup: string | undefined;
  let best = { n: 0, first: Infinity };
  for (const [id, c] of counts) if (c.n > best.n || (c.n === best.n && c.first < best.first)) [armedGroup, best] = [id, c];
  const claimed = new Set(responsibility(state).flatMap((r) => r.claimed));
  if (claimed.size === 1) armedGroup = [...claimed][0];
  // soldiers are those of the state the article's armed group fights, else of the government it names most
  const government = (armedGroup && state.index.actors.get(armedGroup)?.fights?.[0]) ?? dominantGovernment(state);
  // a provincial government has no army of its own: its soldiers are the state's it serves
  const { army: stateArmy, national } = armyOfState(state, government);
  const army = stateArmy ?? (state.index.actors.get(national)?.kind === 'Government' ? national : undefined);
  const out = { armedGroup, army };
  cache.set(state, out);
  return out;
}

/** Words after "claims it" that make "it" the subject of a clause ("claims it is winning"), not the attack claimed. */
const CLAUSE_AFTER = /^(is|was|were|are|has|had|have|will|would|could|can|may|might|did|does|must|should)$/;

/** Words between a verb of blaming and the one blamed ("blamed the X", "blamed it on X", "suspect that X"). */
const BLAME_FILLERS = new Set(['the', 'it', 'on', 'them', 'that']);

/**
 * The armed groups a sentence holds responsible with a verb of blaming (lexicon `blameVerbs`):
 * "the military blamed the X", "blamed the bombing on X", "police say they suspect X". Shallow,
 * like `claimers`: the group must follow the verb within the fillers of `BLAME_FILLERS`.
 */
function blamedGroups(sentence: Sentence, mentions: readonly Mention[]): string[] {
  const L = lexicon().sets;
  const tokens = sentence.tokens;
  const groups = namedGroups(mentions);
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isFormOf(t.lower, L.blameVerbs)) return;
    let k = i + 1;
    while (k < tokens.length && k <= i + 3 && BLAME_FILLERS.has(tokens[k]!.lower)) k++;
    // ("blamed the bombing on X": the on-phrase a few words on)
    const on = tokens.slice(k, k + 4).findIndex((x) => x.lower === 'on');
    const at = on < 0 ? [k] : [k, k + on + 1, k + on + 2];
    const group = groups.find((m) => at.includes(m.first));
    if (group) out.push(group.id);
  });
  return out;
}

/** The army of the state armed group `id` fights (knowledge `fights`), if the knowledge base says. */
function armyFought(state: ArticleState, id: string): string | undefined {
  const government = state.index.actors.get(id)?.fights?.[0];
  return government ? armyOfState(state, government).army : undefined;
}

/** "claimed", "owns", "accepting": a form of one of the lemmas (the mention stage has no lemmatiser). */
function isFormOf(word: string, lemmas: ReadonlySet<string>): boolean {
  for (const l of lemmas) if (word.startsWith(l) && /^(|s|d|ed|ing|ted|ting)$/.test(word.slice(l.length))) return true;
  return false;
}

/** Words after "it was" by which a group owns an attack ("said it was behind the blast"). */
const OWNING = new Set(['behind', 'responsible']);
/** Verbs after "it (had)" by which a group owns an attack ("said it carried out the attack"). */
const DOING = new Set(['carried', 'conducted', 'staged', 'launched', 'executed', 'perpetrated', 'orchestrated']);

/** "was behind", "is responsible", "carried out", "had staged": the words after "it" that own an act. */
function ownsAct([a = '', b = '']: string[]): boolean {
  if ((a === 'was' || a === 'is') && OWNING.has(b)) return true;
  return DOING.has(a) || (a === 'had' && DOING.has(b));
}

/**
 * Construction class: responsibility claim. The armed groups a sentence says claimed an attack:
 * "X claimed responsibility for …" (the subject before the verb), "responsibility … was claimed
 * by X", "the assault was claimed by X" (the by-agent right after the verb; a claim noun, an
 * attack noun or "it" claimed in the sentence), "X said it was behind / carried out …"; a person
 * claiming ("X, a commander of the Front, claimed …") stands for the group their clause names. Shallow, like the rest of the mention stage: it needs
 * a claim noun and a claim verb in the sentence, and only named armed groups count.
 */
export function claimers(sentence: Sentence, mentions: readonly Mention[]): string[] {
  const L = lexicon().sets;
  const tokens = sentence.tokens;
  const groups = namedGroups(mentions);
  // "X said it was behind the blast": a group owning the act through "it was behind/responsible"
  const owned = tokens.findIndex((t, i) => t.lower === 'it' && ownsAct(tokens.slice(i + 1, i + 4).map((x) => x.lower)));
  // (the first such group: "X, a Y faction, said it …" is X's claim)
  const owner = owned > 0 ? groups.find((m) => m.end <= owned && isSubjectLike(tokens, m)) : undefined;
  if (owner) return [owner.id];
  // the claimed thing: a claim noun ("claimed responsibility"), an attack noun ("the assault was
  // claimed by X") or a pronoun for the attack just told ("X claims it")
  const claimed = (t: Sentence['tokens'][number], i: number) =>
    L.claimNouns.has(t.lower) ||
    Boolean(nounOf(t.lower, 'ATTACKS') ?? nounOf(t.lower.replace(/s$/, ''), 'ATTACKS')) ||
    (/^(it|them)$/.test(t.lower) && isFormOf(tokens[i - 1]?.lower ?? '', L.claimVerbs) && !CLAUSE_AFTER.test(tokens[i + 1]?.lower ?? ''));
  if (!tokens.some(claimed)) return [];
  const persons = mentions.filter((m) => m.id && !m.anaphor && m.kind === 'Person');
  // ("X, a commander of the Front, claimed …", "claimed by X, who heads the Front": a person's
  // claim is the group the same clause makes theirs — the first group after the person, before `until`)
  const groupOf = (person: Mention | undefined, until: number) =>
    person ? groups.find((g) => g.first >= person.end && g.end <= until) : undefined;
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isFormOf(t.lower, L.claimVerbs)) return;
    // ("X claimed that the army …", "claimed to have …": a claim of something else)
    // ("claims it is winning": a content clause without "that")
    if (['that', 'to'].includes(tokens[i + 1]?.lower ?? '') || CLAUSE_AFTER.test(tokens[i + 2]?.lower ?? '')) return;
    if (tokens[i + 1]?.lower === 'by') {
      const at = (m: Mention) => m.first === i + 2 || (m.first === i + 3 && tokens[i + 2]!.lower === 'the');
      const agent = groups.find(at) ?? groupOf(persons.find(at), tokens.length);
      if (agent) out.push(agent.id);
      return;
    }
    const subject =
      groups.filter((m) => m.end <= i && isSubjectLike(tokens, m)).at(-1) ??
      groupOf(persons.filter((m) => m.end <= i && isSubjectLike(tokens, m)).at(-1), i);
    if (subject) out.push(subject.id);
  });
  return out;
}
