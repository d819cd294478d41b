/**
 * The peer: type definitions for @neo4j/graphql 7 over the same database, equivalent to
 * schema.graphql as far as the library can express it. Our API has one generic `Relationship`
 * type with a `type` field; @neo4j/graphql needs one field per relationship type and direction,
 * so `Actor` gets 30 of them (`attacksOut`, `attacksIn`, ...), all carrying the projected
 * relationship's properties (`Tie`). Actor search uses the same full-text index (`actor_names`)
 * through the library's @fulltext directive. Claims and articles are declared for completeness.
 */
import { RELATION_TYPES, type RelationType } from '../../src/model/vocabulary.ts';

/** The peer's field name for a relationship type and direction: ATTACKS, OUT → attacksOut. */
export function tieField(type: RelationType, direction: 'OUT' | 'IN'): string {
  const camel = type.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  return `${camel}${direction === 'OUT' ? 'Out' : 'In'}`;
}

const tieFields = RELATION_TYPES.flatMap((type) =>
  (['OUT', 'IN'] as const).map(
    (direction) => `  ${tieField(type, direction)}: [Actor!]! @relationship(type: "${type}", direction: ${direction}, properties: "Tie")`,
  ),
).join('\n');

export const PEER_TYPE_DEFS = /* GraphQL */ `
enum ActorKind {
  ArmedGroup
  Government
  SecurityForce
  Person
  PoliticalParty
  Organization
}

type Tie @relationshipProperties {
  status: String
  statuses: [String!]
  confidence: Float
  evidenceCount: Int
  firstDate: String
  lastDate: String
  claimIds: [String!]
  symmetric: Boolean
  cameo: String
  quadClass: Int
}

type Actor @node(labels: ["Actor"]) @fulltext(indexes: [{ indexName: "actor_names", queryName: "actorsByName", fields: ["name", "aliasText"] }]) {
  id: ID!
  name: String!
  kind: ActorKind!
  aliases: [String!]
  aliasText: String
  description: String
  validFrom: String
  validTo: String
  claimsAsSource: [Claim!]! @relationship(type: "SUBJECT", direction: IN)
  claimsAsTarget: [Claim!]! @relationship(type: "OBJECT", direction: IN)
${tieFields}
}

type Article @node(labels: ["Article"]) {
  id: ID!
  title: String!
  publisher: String
  url: String
  publishedAt: String
  contentHash: String
  claims: [Claim!]! @relationship(type: "CITES", direction: IN)
}

type Claim @node(labels: ["Claim"]) {
  id: ID!
  type: String!
  summary: String
  sentence: String
  sentenceIndex: Int
  date: String
  datePrecision: String
  status: String!
  confidence: Float!
  origin: String
  review: String
  retracted: Boolean
  source: [Actor!]! @relationship(type: "SUBJECT", direction: OUT)
  target: [Actor!]! @relationship(type: "OBJECT", direction: OUT)
  article: [Article!]! @relationship(type: "CITES", direction: OUT)
}
`;
