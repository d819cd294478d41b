/**
 * "An actor" as the path, neighbourhood and timeline arguments take it: an id, a name or an
 * alias. Resolved in one query for all the references of a request.
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
  const rows = await gateway.read(query('resolve-actor-refs'), { refs: unique });
  for (const row of rows) {
    const ref = String(row.ref);
    if (row.byId) {
      resolved.set(ref, toActor(row.byId).id);
      continue;
    }
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
