/** Places (`:Location`): by id for Claim.location (batched), and by name for the place filter. */
import { AppError, notFound } from '../../errors.ts';
import type { Location } from '../../model/types.ts';
import { query } from '../cypher.ts';
import type { Gateway } from '../gateway.ts';
import { toLocation } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';
import { createLoader } from './batch.ts';

/**
 * The id of the place a `place` argument names: an existing id, or the name or an alias of
 * exactly one place (case-insensitive). None is NOT_FOUND; several is BAD_USER_INPUT listing
 * them, as for actors (actor-refs.ts).
 */
export async function resolveLocationRef(gateway: Gateway, ref: string): Promise<string> {
  const [row] = await gateway.read(query('resolve-location-refs'), { ref });
  if (row?.byId) return toLocation(row.byId).id;
  const named = ((row?.named as Plain[]) ?? []).map(toLocation);
  if (named.length === 0) throw notFound('place', ref);
  if (named.length > 1) {
    const candidates = named.map((l) => ({ id: l.id, name: l.name }));
    throw new AppError(
      'BAD_USER_INPUT',
      `"${ref}" names ${named.length} places; use one of their ids: ${candidates.map((c) => c.id).join(', ')}`,
      { argument: 'place', candidates },
    );
  }
  return named[0]!.id;
}

/** The request's place loader: `byId` calls in one tick share one query. */
export function createLocationRepository(gateway: Gateway) {
  const byId = createLoader<string, Location | null>(
    async (ids) => {
      const rows = await gateway.read(query('locations-by-ids'), { ids });
      return new Map(rows.map((r) => [String((r.location as { id: string }).id), toLocation(r.location)]));
    },
    () => null,
  );
  return { byId: (id: string) => byId.load(id) };
}
