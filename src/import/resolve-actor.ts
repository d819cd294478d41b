/**
 * Dataset actor names and codes → the project's actors, in this order:
 *   1. the mapping's `codes` (longest matching prefix of the code: GDELT `PAKMIL` before `PAK`);
 *   2. the mapping's `actors` table (the exact name, case-insensitive);
 *   3. the mapping's `ignore` list (civilians, unidentified groups): not an actor;
 *   4. the alias index the extraction uses (knowledge base + the graph's actors), on the whole
 *      name and on the name without a trailing parenthesis ("Police Forces of Pakistan (2018-)");
 *   5. otherwise a proposed actor, with a readable id and the kind the mapping's patterns give.
 * Names resolve once per import (a cache), so a million rows cost a few hundred look-ups.
 */
import { kindOf, type AliasIndex } from '../ingest/3-mentions/alias-index.ts';
import { nameKey, slugify } from '../ingest/1-text/normalize.ts';
import { isActorKind, type ActorKind } from '../model/vocabulary.ts';
import type { Mapping } from './mapping.ts';
import type { EventActor } from './types.ts';

export type Resolved =
  | { kind: 'actor'; id: string }
  | { kind: 'ignored' }
  | { kind: 'proposed'; id: string; name: string; actorKind: ActorKind };

export interface ActorResolver {
  resolve(actor: EventActor): Resolved;
  /** The proposed actors so far, by id. */
  readonly proposed: Map<string, { id: string; name: string; kind: ActorKind }>;
}

const stripParens = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** A resolver over one mapping and one alias index (which already holds the graph's actors). */
export function createActorResolver(mapping: Mapping, index: AliasIndex): ActorResolver {
  const names = new Map(Object.entries(mapping.actors).map(([k, v]) => [k.toLowerCase(), v]));
  const ignored = new Set(mapping.ignore.map((n) => n.toLowerCase()));
  const patterns = mapping.propose.patterns.map((p) => ({ re: new RegExp(p.pattern, 'i'), kind: p.kind }));
  const proposed = new Map<string, { id: string; name: string; kind: ActorKind }>();
  const cache = new Map<string, Resolved>();

  const byAlias = (name: string): string | null => {
    for (const candidate of [name, stripParens(name)]) {
      const entry = index.entries.get(nameKey(candidate));
      if (entry && isActorKind(kindOf(index, entry.id))) return entry.id;
    }
    return null;
  };

  const byCode = (code: string | null): string | null => {
    if (!code) return null;
    for (let len = code.length; len >= 2; len--) {
      const id = mapping.codes[code.slice(0, len)];
      if (id) return id;
    }
    return null;
  };

  function resolveUncached(actor: EventActor): Resolved {
    const coded = byCode(actor.code);
    if (coded) return { kind: 'actor', id: coded };
    const lower = actor.name.toLowerCase();
    const named = names.get(lower) ?? names.get(stripParens(actor.name).toLowerCase());
    if (named) return { kind: 'actor', id: named };
    if (ignored.has(lower) || ignored.has(stripParens(actor.name).toLowerCase())) return { kind: 'ignored' };
    const aliased = byAlias(actor.name);
    if (aliased) return { kind: 'actor', id: aliased };
    const name = stripParens(actor.name) || actor.name;
    let id = slugify(name);
    if (index.actors.has(id)) id = `${id}-${mapping.dataset}`;
    const actorKind = patterns.find((p) => p.re.test(actor.name))?.kind ?? mapping.propose.default;
    proposed.set(id, { id, name, kind: actorKind });
    return { kind: 'proposed', id, name, actorKind };
  }

  return {
    resolve(actor) {
      const key = `${actor.code ?? ''}|${actor.name}`;
      let hit = cache.get(key);
      if (!hit) cache.set(key, (hit = resolveUncached(actor)));
      return hit;
    },
    proposed,
  };
}
