/** Counts per actor kind and relationship type. */
import { query } from '../cypher.ts';
import type { Gateway } from '../gateway.ts';
import { RELATION_TYPES, type ActorKind, type RelationType } from '../../model/vocabulary.ts';

export function createStatsRepository(gateway: Gateway) {
  return {
    async read() {
      const [row] = await gateway.read(query('stats'), { types: [...RELATION_TYPES] });
      return {
        actors: Number(row?.actors ?? 0),
        relationships: Number(row?.relationships ?? 0),
        claims: Number(row?.claims ?? 0),
        articles: Number(row?.articles ?? 0),
        actorsByKind: (row?.actorsByKind ?? []) as { kind: ActorKind; count: number }[],
        relationshipsByType: (row?.relationshipsByType ?? []) as { type: RelationType; count: number }[],
      };
    },
  };
}
