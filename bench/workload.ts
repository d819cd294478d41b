/**
 * Request arguments, drawn with a seeded generator so every run asks the same questions: actor
 * ids uniformly over the graph (so mostly leaves, as real traffic would be; hubs appear in
 * proportion), path pairs of two distinct random actors, and search texts made from real actor
 * names — the whole name, one word with a typo, or a word prefix.
 */
import { actorAt, actorId } from './generate.ts';
import type { Args } from './operations.ts';
import { createRng, type Rng } from './rng.ts';

function searchText(rng: Rng, name: string): string {
  const words = name.split(/[\s()-]+/).filter((w) => w.length >= 3);
  const word = words.length ? rng.pick(words) : name;
  const r = rng.next();
  if (r < 0.5) return name;
  if (r < 0.75 && word.length >= 5) {
    const at = 1 + rng.int(word.length - 2);
    return word.slice(0, at) + word.slice(at + 1);
  }
  return word.slice(0, Math.min(4, word.length));
}

/** An endless, deterministic stream of request arguments for a graph of `actors` actors. */
export function createWorkload(graphSeed: number, actors: number, streamSeed: number): () => Args {
  const rng = createRng(streamSeed);
  return () => {
    const i = rng.int(actors);
    let j = rng.int(actors);
    if (j === i) j = (i + 1) % actors;
    return { id: actorId(i), other: actorId(j), search: searchText(rng, actorAt(graphSeed, rng.int(actors)).name) };
  };
}
