/**
 * "An actor" as the path, neighbourhood and timeline arguments take it: an id, a name or an
 * alias. Ids are looked up first through the id constraint's index (one statement for all the
 * references of a request, the common case); only references that are no id are then matched
 * against names and aliases, which reads every actor (a second statement, only when needed).
 */
import { AppError, notFound } from '../../errors.ts';
import { query } from '../cypher.ts';
import type { Gateway } from '../gateway.ts';
import { toActor } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';

/**
 * Maps every reference to an actor id. An existing id is taken as it is; otherwise the text
 * must equal the name or an alias (case-insensitive) of exactly one actor. None is NOT_FOUND;
 * several is BAD_USER_INPUT with `extensions.candidates` (id, name, kind), because guessing
 * would silently answer about the wrong actor.
 */
export async function resolveActorRefs(gateway: Gateway, refs: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(refs)];
  const resolved = new Map<string, string>();
  if (!unique.length) return resolved;
  for (const row of await gateway.read(query('actors-by-ids'), { ids: unique })) {
    const id = toActor(row.actor).id;
    resolved.set(id, id);
  }
  const names = unique.filter((ref) => !resolved.has(ref));
  if (!names.length) return resolved;
  for (const row of await gateway.read(query('resolve-actor-refs'), { refs: names })) {
    const ref = String(row.ref);
    const named = ((row.named as Plain[]) ?? []).map(toActor);
    if (named.length === 0) throw notFound('actor', ref);
    if (named.length > 1) {
      const candidates = named.map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
      throw new AppError(
        'BAD_USER_INPUT',
        `"${ref}" names ${named.length} actors; use one of their ids: ${candidates.map((c) => `${c.id} (${c.name}, ${c.kind})`).join(', ')}`,
        { argument: 'actor', candidates },
      );
    }
    resolved.set(ref, named[0]!.id);
  }
  return resolved;
}

/** Resolves one reference (see resolveActorRefs). */
export async function resolveActorRef(gateway: Gateway, ref: string): Promise<string> {
  return (await resolveActorRefs(gateway, [ref])).get(ref)!;
}
