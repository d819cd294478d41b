/**
 * Alias index: every known surface form, folded to a key (see normalize.ts), pointing at an
 * actor or place. Built once for the knowledge base and extended per call with the caller's
 * actors (the graph's existing actors) and with aliases learned from the article itself.
 */
import { KNOWN_ACTORS, KNOWN_LOCATIONS, type KnownActor } from '../../knowledge/actors.ts';
import type { EntityKind } from '../../model/vocabulary.ts';
import { nameKey, nameKeys } from '../1-text/normalize.ts';
import type { Token } from '../1-text/tokens.ts';

export interface AliasEntry {
  id: string;
  /** Written with capitals in the source ("Dawn", "KP"): the text must be capitalised too. */
  needsCapital: boolean;
  /** Short all-capitals acronym ("UN", "FC"): must appear in capitals. */
  acronym: boolean;
}

export interface AliasIndex {
  entries: Map<string, AliasEntry>;
  actors: Map<string, KnownActor>;
  maxWords: number;
}

function addAlias(index: AliasIndex, alias: string, id: string, overwrite: boolean): void {
  const key = nameKey(alias);
  if (!key || (!overwrite && index.entries.has(key))) return;
  const acronym = /^[A-Z][A-Z.-]{1,5}$/.test(alias.replace(/^the /i, ''));
  index.entries.set(key, { id, needsCapital: /\p{Lu}/u.test(alias), acronym });
  index.maxWords = Math.max(index.maxWords, key.split(' ').length);
}

/** Adds actors to an index (earlier entries win on a shared alias unless `overwrite`). */
export function addActors(index: AliasIndex, actors: readonly KnownActor[], overwrite = false): void {
  for (const actor of actors) {
    const existing = index.actors.get(actor.id);
    index.actors.set(actor.id, existing ? { ...existing, aliases: [...existing.aliases, ...actor.aliases] } : actor);
    for (const alias of [actor.name, ...actor.aliases]) addAlias(index, alias, actor.id, overwrite);
  }
}

/** Copies an index so per-article additions do not leak into the shared one. */
export function cloneIndex(index: AliasIndex): AliasIndex {
  return { entries: new Map(index.entries), actors: new Map(index.actors), maxWords: index.maxWords };
}

let kbIndex: AliasIndex | null = null;
const withCallers = new WeakMap<readonly KnownActor[], AliasIndex>();

/** The index of the knowledge base plus the caller's actors (cached per actor list). */
export function buildAliasIndex(extra?: readonly KnownActor[]): AliasIndex {
  if (!kbIndex) {
    kbIndex = { entries: new Map(), actors: new Map(), maxWords: 1 };
    addActors(kbIndex, KNOWN_ACTORS);
    addActors(kbIndex, KNOWN_LOCATIONS);
  }
  if (!extra || extra.length === 0) return kbIndex;
  const cached = withCallers.get(extra);
  if (cached) return cached;
  const index = cloneIndex(kbIndex);
  addActors(
    index,
    extra.filter((a) => a && typeof a.id === 'string' && typeof a.name === 'string' && Array.isArray(a.aliases)),
  );
  withCallers.set(extra, index);
  return index;
}

/** Registers one article-local alias (an acronym or a surname); known aliases are not replaced. */
export function learnAlias(index: AliasIndex, alias: string, id: string): boolean {
  const key = nameKey(alias);
  if (!key || index.entries.has(key)) return false;
  addAlias(index, alias, id, false);
  return true;
}

export interface AliasMatch {
  entry: AliasEntry;
  /** Token range [first, end). */
  first: number;
  end: number;
}

function caseFits(entry: AliasEntry, tokens: readonly Token[], words: number[]): boolean {
  if (entry.acronym)
    return words.every(
      (w) => tokens[w]!.text === tokens[w]!.text.toUpperCase() || (tokens[w]!.text.length > 1 && /^[A-Z][a-z][A-Z]/.test(tokens[w]!.text)),
    );
  if (entry.needsCapital) return words.some((w) => tokens[w]!.cap);
  return true;
}

/** Longest alias starting at word token `i` (names may run over hyphens and initials' dots). */
export function matchAliasAt(index: AliasIndex, tokens: readonly Token[], i: number): AliasMatch | null {
  const words: number[] = [];
  let key = '';
  let best: AliasMatch | null = null;
  let j = i;
  while (j < tokens.length && words.length < index.maxWords) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    words.push(j);
    key = key ? `${key} ${t.key}` : t.key;
    const entry = index.entries.get(key);
    if (entry && caseFits(entry, tokens, words)) best = { entry, first: i, end: j + 1 };
    // a possessive inside a name ("the Taliban's political office"): keys drop the "'s"
    if (tokens[j + 1]?.kind === 'poss' && tokens[j + 2]?.kind === 'word') {
      j += 2;
      continue;
    }
    if (!t.joinsNext) {
      // a faction letter or name in brackets closes the name: "Jamiat Ulema-e-Islam (F)", "PML (N)",
      // "Jamiat Ulema-e-Islam (Fazl)" (when the name with it is a known alias)
      const [open, letter, close] = [tokens[j + 1], tokens[j + 2], tokens[j + 3]];
      const faction = index.entries.get(`${key} ${letter?.key}`);
      if (open?.text === '(' && close?.text === ')' && letter && /^[A-Z][a-z]*$/.test(letter.text) && faction)
        best = { entry: faction, first: i, end: j + 4 };
      break;
    }
    j++;
    while (j < tokens.length && tokens[j]!.kind === 'punct') j++;
  }
  return best;
}

/** Kind of an id in the index, or undefined. */
export function kindOf(index: AliasIndex, id: string): EntityKind | undefined {
  return index.actors.get(id)?.kind;
}

/** All name keys of actors of one kind (for fuzzy matching). */
export function namesOfKind(index: AliasIndex, kind: EntityKind | null): Array<{ key: string; id: string }> {
  const out: Array<{ key: string; id: string }> = [];
  for (const actor of index.actors.values()) {
    if (kind && actor.kind !== kind) continue;
    for (const name of [actor.name, ...actor.aliases]) {
      const keys = nameKeys(name);
      if (keys.length > 1 || (keys[0]?.length ?? 0) > 5) out.push({ key: keys.join(' '), id: actor.id });
    }
  }
  return out;
}
