/**
 * The project's closed vocabulary: actor kinds, relationship types, claim statuses.
 *
 * Labels and relationship types cannot be Cypher parameters, so every label or type that
 * reaches a query text must come from these lists (see `assertRelationType` / `assertActorKind`),
 * never from a raw string supplied by a user.
 */

export const ACTOR_KINDS = ['ArmedGroup', 'Government', 'SecurityForce', 'Person', 'PoliticalParty', 'Organization'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Places are not actors; extraction may still report them. */
export const ENTITY_KINDS = [...ACTOR_KINDS, 'Location'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATION_TYPES = [
  'MEDIATES',
  'SHELTERS',
  'ATTACKS',
  'NEGOTIATES_WITH',
  'CEASEFIRE_WITH',
  'LEADS',
  'SPOKESPERSON_FOR',
  'MEMBER_OF',
  'SUPPORTS',
  'DEMANDS',
  'REJECTS',
  'ACCUSES',
  'THREATENS',
  'DETAINS',
  'RELEASES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Symmetric types are stored once (source id < target id) and read in both directions. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set(['NEGOTIATES_WITH', 'CEASEFIRE_WITH']);

export const CLAIM_STATUSES = ['stated', 'alleged', 'denied', 'ended', 'past'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * How firmly a status asserts the tie, strongest first. A relationship shows the strongest
 * status among its live claims.
 */
export const STATUS_STRENGTH: Readonly<Record<ClaimStatus, number>> = {
  stated: 5,
  ended: 4,
  past: 3,
  alleged: 2,
  denied: 1,
};

/** CAMEO root code and quad class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict). */
export interface Cameo {
  code: string;
  quadClass: 1 | 2 | 3 | 4;
}

export const CAMEO: Readonly<Partial<Record<RelationType, Cameo>>> = {
  MEDIATES: { code: '045', quadClass: 1 },
  SHELTERS: { code: '07', quadClass: 2 },
  ATTACKS: { code: '19', quadClass: 4 },
  NEGOTIATES_WITH: { code: '046', quadClass: 1 },
  CEASEFIRE_WITH: { code: '0871', quadClass: 2 },
  SUPPORTS: { code: '05', quadClass: 1 },
  DEMANDS: { code: '10', quadClass: 3 },
  REJECTS: { code: '12', quadClass: 3 },
  ACCUSES: { code: '112', quadClass: 3 },
  THREATENS: { code: '13', quadClass: 3 },
  DETAINS: { code: '17', quadClass: 4 },
  RELEASES: { code: '0841', quadClass: 2 },
};

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

/** Returns the type unchanged when it is in the vocabulary; throws otherwise (a programming error). */
export function assertRelationType(value: string): RelationType {
  if (!isRelationType(value)) throw new Error(`not a relationship type of the vocabulary: ${JSON.stringify(value)}`);
  return value;
}

/** Returns the kind unchanged when it is in the vocabulary; throws otherwise (a programming error). */
export function assertActorKind(value: string): ActorKind {
  if (!isActorKind(value)) throw new Error(`not an actor kind of the vocabulary: ${JSON.stringify(value)}`);
  return value;
}
