/**
 * Place words that stand for an actor ("Islamabad" for the Government of Pakistan), from
 * knowledge/metonyms.yaml, for the actor search: an analyst who types a capital finds the
 * government it stands for. Read once, on first use.
 */
import { loadKnowledge } from '../knowledge/load-knowledge.ts';

let byWord: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The actor ids a search text stands for as a metonym (the undated meaning first, then the
 * dated ones), or none. Case-insensitive, whole text only: "islamabad" yes, "islam" no.
 */
export function metonymActors(search: string): readonly string[] {
  if (!byWord) {
    const map = new Map<string, string[]>();
    const entries = [...loadKnowledge().metonyms].sort(
      (a, b) => Number(Boolean(a.value.from || a.value.to)) - Number(Boolean(b.value.from || b.value.to)),
    );
    for (const { value } of entries) {
      const list = map.get(value.word.toLowerCase()) ?? [];
      if (!list.includes(value.actor)) list.push(value.actor);
      map.set(value.word.toLowerCase(), list);
    }
    byWord = map;
  }
  return byWord.get(search.trim().toLowerCase()) ?? [];
}
