/**
 * Antecedent candidates for anaphors, resolved conservatively.
 *
 * Each anaphor gets an ordered candidate list instead of one answer, so a relation rule can
 * take the first candidate that fits its type constraints (the agent of SHELTERS is not a
 * person; "he" is a person). Order: the subject of the current sentence (if before the
 * anaphor), other earlier mentions of the sentence (nearest first), then for each of up to
 * three previous sentences its subject followed by its other mentions. Mentions inside an
 * attribution ("according to X") are not antecedents. "The government" prefers the article's
 * dominant government (in this domain usually Pakistan's) over a passing mention of another.
 */
import { dominantGovernment, type ArticleState } from '../article-state.ts';
import type { Sentence } from '../1-text/sentences.ts';
import { isSubjectLike } from './syntax.ts';
import type { Mention } from '../types.ts';

const COUNTRY_GOVERNMENTS = new Set(['pakistan-government', 'afghan-taliban', 'afghan-republic', 'united-states', 'china', 'india', 'iran']);

function fits(m: Mention, anaphor: NonNullable<Mention['anaphor']>): boolean {
  if (!m.id || m.place || m.kind === 'Location') return false;
  switch (anaphor) {
    case 'he': return m.kind === 'Person';
    case 'it': return m.kind !== 'Person' && !isPlural(m);
    case 'they': return m.kind !== 'Person';
    case 'group': return m.kind === 'ArmedGroup';
    case 'government': return m.kind === 'Government';
    case 'country': return COUNTRY_GOVERNMENTS.has(m.id);
    default: return false;
  }
}

/** "undocumented Afghans", "Pakistani authorities": plural heads are not antecedents of "it". */
function isPlural(m: Mention): boolean {
  const last = m.surface.split(/\s+/).pop() ?? '';
  return /[^su]s$/.test(last) && last !== last.toUpperCase();
}

function inAttribution(s: Sentence, m: Mention): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) if (s.tokens[k]!.lower === 'according') return true;
  return false;
}

/** Mentions of a sentence in antecedent order: subject first, then the rest (nearest first or in order). */
function ordered(s: Sentence, mentions: readonly Mention[], nearestFirst: boolean): Mention[] {
  const usable = mentions.filter((m) => m.id && !inAttribution(s, m));
  const subject = usable.find((m) => isSubjectLike(s.tokens, m) && m.kind !== 'Location');
  const rest = usable.filter((m) => m !== subject);
  if (nearestFirst) rest.reverse();
  return subject ? [subject, ...rest] : rest;
}

/** Fills `candidates` and a default `id` for every anaphor of the sentence. */
export function resolveAnaphors(sentence: Sentence, mentions: Mention[], state: ArticleState): void {
  for (const m of mentions) {
    if (!m.anaphor || m.anaphor === 'pair') continue;
    if (m.anaphor === 'it' && isPleonastic(sentence, m)) { m.candidates = []; continue; }
    const before = mentions.filter((o) => o.stop <= m.start && o !== m);
    const pool: Mention[] = [...ordered(sentence, before, true)];
    const reach = m.anaphor === 'he' || m.anaphor === 'it' || m.anaphor === 'they' ? 3 : 30;
    for (let back = 1; back <= reach && sentence.index - back >= 0; back++) {
      const prev = state.sentences[sentence.index - back];
      if (prev) pool.push(...ordered(prev, state.mentions[prev.index] ?? [], false));
    }
    const ids: string[] = [];
    if (m.anaphor === 'government' || m.anaphor === 'country') {
      const same = before.filter((o) => fits(o, m.anaphor!)).reverse()[0];
      if (same) ids.push(same.id);
      const dominant = dominantGovernment(state);
      if (m.anaphor === 'government' || COUNTRY_GOVERNMENTS.has(dominant)) ids.push(dominant);
    }
    for (const o of pool) if (fits(o, m.anaphor) && !ids.includes(o.id)) ids.push(o.id);
    m.candidates = ids;
    m.id = ids[0] ?? '';
    if (m.id) {
      m.kind = state.entities.get(m.id)?.kind ?? state.index.actors.get(m.id)?.kind ?? m.kind;
      // an anaphor ("the group", "the government") is not a name of its antecedent: no alias
    }
  }
}

/** "it is important", "it should be recalled", "made it clear": no referent. */
function isPleonastic(s: Sentence, m: Mention): boolean {
  const [next, after, third] = [1, 2, 3].map((k) => s.tokens[m.end + k - 1]?.lower ?? '') as [string, string, string];
  if (['is', 'was', 'seems', 'appears', 'remains'].includes(next)) return !['reported', 'said', 'believed', 'also', 'not', 'a', 'an', 'the'].includes(after);
  if (['should', 'would', 'will', 'may', 'might', 'could', 'must'].includes(next) && after === 'be') return /^(noted|recalled|said|argued|added|stressed|mentioned|pointed|remembered|clear|important|possible|difficult|easy|necessary)$/.test(third);
  return ['made', 'make', 'makes'].includes(s.tokens[m.first - 1]?.lower ?? '');
}
