/**
 * Which relationship types the generator uses between two kinds of actor, and how often: the
 * realistic mix of the conflict (people belong to and lead armed groups, security forces detain
 * people, armed groups attack security forces, governments negotiate, organisations mediate).
 * A pair of kinds with no rule falls back to verbal ties (ACCUSES, SUPPORTS, REJECTS, THREATENS).
 */
import type { ActorKind, RelationType } from '../src/model/vocabulary.ts';

export interface TypeRule {
  from: ActorKind;
  to: ActorKind;
  type: RelationType;
  weight: number;
}

const rule = (from: ActorKind, to: ActorKind, type: RelationType, weight: number): TypeRule => ({ from, to, type, weight });

export const TYPE_RULES: readonly TypeRule[] = [
  rule('Person', 'ArmedGroup', 'MEMBER_OF', 6),
  rule('Person', 'ArmedGroup', 'LEADS', 1),
  rule('Person', 'ArmedGroup', 'SPOKESPERSON_FOR', 0.5),
  rule('Person', 'PoliticalParty', 'MEMBER_OF', 3),
  rule('Person', 'PoliticalParty', 'LEADS', 0.5),
  rule('Person', 'Government', 'SPOKESPERSON_FOR', 1),
  rule('Person', 'Government', 'MEMBER_OF', 2),
  rule('Person', 'SecurityForce', 'MEMBER_OF', 2),
  rule('Person', 'Organization', 'MEMBER_OF', 2),
  rule('Person', 'Person', 'ACCUSES', 1),
  rule('Person', 'Person', 'SUPPORTS', 1),
  rule('SecurityForce', 'Person', 'DETAINS', 4),
  rule('SecurityForce', 'Person', 'RELEASES', 1),
  rule('SecurityForce', 'Person', 'ATTACKS', 1),
  rule('Government', 'Person', 'DETAINS', 1),
  rule('ArmedGroup', 'Person', 'ATTACKS', 2),
  rule('ArmedGroup', 'Person', 'THREATENS', 1),
  rule('ArmedGroup', 'SecurityForce', 'ATTACKS', 6),
  rule('SecurityForce', 'ArmedGroup', 'ATTACKS', 5),
  rule('ArmedGroup', 'Government', 'THREATENS', 2),
  rule('ArmedGroup', 'Government', 'DEMANDS', 2),
  rule('ArmedGroup', 'Government', 'NEGOTIATES_WITH', 1),
  rule('ArmedGroup', 'Government', 'CEASEFIRE_WITH', 0.5),
  rule('Government', 'ArmedGroup', 'REJECTS', 1),
  rule('Government', 'ArmedGroup', 'ACCUSES', 1),
  rule('Government', 'ArmedGroup', 'SHELTERS', 0.5),
  rule('ArmedGroup', 'ArmedGroup', 'SUPPORTS', 2),
  rule('ArmedGroup', 'ArmedGroup', 'ATTACKS', 1),
  rule('ArmedGroup', 'ArmedGroup', 'MEMBER_OF', 1),
  rule('Government', 'Government', 'ACCUSES', 2),
  rule('Government', 'Government', 'NEGOTIATES_WITH', 2),
  rule('Government', 'Government', 'SUPPORTS', 1),
  rule('Government', 'SecurityForce', 'SUPPORTS', 1),
  rule('Organization', 'Government', 'MEDIATES', 2),
  rule('Organization', 'ArmedGroup', 'MEDIATES', 1),
  rule('Organization', 'ArmedGroup', 'ACCUSES', 1),
  rule('Organization', 'Person', 'DEMANDS', 1),
  rule('Government', 'Organization', 'SUPPORTS', 1),
  rule('PoliticalParty', 'Government', 'DEMANDS', 2),
  rule('PoliticalParty', 'Government', 'REJECTS', 1),
  rule('PoliticalParty', 'ArmedGroup', 'REJECTS', 1),
  rule('PoliticalParty', 'PoliticalParty', 'ACCUSES', 1),
  rule('SecurityForce', 'SecurityForce', 'SUPPORTS', 1),
  rule('Organization', 'Organization', 'SUPPORTS', 1),
];
