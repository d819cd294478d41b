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
 * sentence itself gives the noun no owner (see `mentionsAt`).
 */
import { armyOf, stateSideOf } from '../../knowledge/actors.ts';
import { dominantGovernment, type ArticleState } from '../article-state.ts';
import type { Sentence } from '../1-text/sentences.ts';
import { lexicon } from '../lexicon.ts';
import type { Mention } from '../types.ts';
import { isSubjectLike } from './syntax.ts';

export interface Referents {
  /** The armed group unnamed fighters belong to, if the article names one. */
  armedGroup?: string;
  /** The army unnamed soldiers serve in. */
  army?: string;
}

const cache = new WeakMap<ArticleState, Referents>();

/** The article's default referents (computed once, after every sentence's mentions are known). */
export function articleReferents(state: ArticleState): Referents {
  const known = cache.get(state);
  if (known) return known;
  const counts = new Map<string, { n: number; first: number }>();
  let order = 0;
  for (const list of state.mentions) {
    for (const m of list ?? []) {
      if (!m.id || m.anaphor || m.place || m.kind !== 'ArmedGroup') continue;
      const c = counts.get(m.id) ?? { n: 0, first: order++ };
      c.n++;
      counts.set(m.id, c);
    }
  }
  let armedGroup: string | undefined;
  let best = { n: 0, first: Infinity };
  for (const [id, c] of counts) if (c.n > best.n || (c.n === best.n && c.first < best.first)) [armedGroup, best] = [id, c];
  const claimed = new Set(state.sentences.flatMap((s) => claimers(s, state.mentions[s.index] ?? [])));
  if (claimed.size === 1) armedGroup = [...claimed][0];
  // soldiers are those of the state the article's armed group fights, else of the government it names most
  const government = (armedGroup && state.index.actors.get(armedGroup)?.fights?.[0]) ?? dominantGovernment(state);
  // a provincial government has no army of its own: its soldiers are the state's it serves
  const national = stateSideOf(government, (id) => state.index.actors.get(id)) ?? government;
  const army = armyOf(government) ?? armyOf(national) ?? (state.index.actors.get(national)?.kind === 'Government' ? national : undefined);
  const out = { armedGroup, army };
  cache.set(state, out);
  return out;
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
 * by X" (the by-agent right after the verb), "X said it was behind / carried out …". Shallow, like the rest of the mention stage: it needs
 * a claim noun and a claim verb in the sentence, and only named armed groups count.
 */
export function claimers(sentence: Sentence, mentions: readonly Mention[]): string[] {
  const L = lexicon().sets;
  const tokens = sentence.tokens;
  const groups = mentions.filter((m) => m.id && !m.anaphor && !m.place && m.kind === 'ArmedGroup');
  // "X said it was behind the blast": a group owning the act through "it was behind/responsible"
  const owned = tokens.findIndex((t, i) => t.lower === 'it' && ownsAct(tokens.slice(i + 1, i + 4).map((x) => x.lower)));
  // (the first such group: "X, a Y faction, said it …" is X's claim)
  const owner = owned > 0 ? groups.find((m) => m.end <= owned && isSubjectLike(tokens, m)) : undefined;
  if (owner) return [owner.id];
  if (!tokens.some((t) => L.claimNouns.has(t.lower))) return [];
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isFormOf(t.lower, L.claimVerbs)) return;
    if (tokens[i + 1]?.lower === 'by') {
      const agent = groups.find((m) => m.first === i + 2 || (m.first === i + 3 && tokens[i + 2]!.lower === 'the'));
      if (agent) out.push(agent.id);
      return;
    }
    const subject = groups.filter((m) => m.end <= i && isSubjectLike(tokens, m)).at(-1);
    if (subject) out.push(subject.id);
  });
  return out;
}
