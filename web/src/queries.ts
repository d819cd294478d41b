/** The GraphQL operations of the explorer, one constant each (the fields types.ts describes). */
const EDGE = `id type symmetric status confidence evidenceCount firstDate lastDate bestEvidence
  cameo { code quadClass } spans { start end evidence } source { id } target { id }`;
const ACTOR = 'id name kind aliases proposed';
const CLAIM = `id type sentence sentenceIndex summary citation date status confidence origin review recordedAt
  location { id name } passage { before sentence after } source { id name kind aliases proposed } target { id name kind aliases proposed }
  article { id title publisher url publishedAt }`;

export const SEARCH = `query Search($q: String!) { actors(search: $q, first: 8) { edges { node { ${ACTOR} } } } }`;

export const NEIGHBOURHOOD = `query Hood($a: ID!, $depth: Int, $limit: Int, $evidence: EvidenceFilter) {
  neighbourhood(actorId: $a, depth: $depth, limit: $limit, evidence: $evidence) { truncated nodes { ${ACTOR} } edges { ${EDGE} } } }`;

export const EVIDENCE = `query Evidence($s: ID!, $types: [RelationType!]) {
  relationships(filter: { actorId: $s, types: $types, direction: BOTH }, first: 100) { edges { node { id evidence { ${CLAIM} } } } } }`;

export const PROFILE = `query Profile($id: ID!) { actor(id: $id) { ${ACTOR} description validFrom validTo
  relationships(first: 100) { totalCount edges { node { type } } }
  timeline(first: 50) { totalCount edges { node { id date type status summary sentence source { name } target { name } } } } } }`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $mode: PathMode, $k: Int, $maxHops: Int, $types: [RelationType!],
  $direction: PathDirection, $window: DateWindow, $avoid: [ID!], $evidence: EvidenceFilter, $maxDegree: Int) {
  pathSearch(from: $from, to: $to, mode: $mode, k: $k, maxHops: $maxHops, types: $types, direction: $direction,
             window: $window, avoid: $avoid, evidence: $evidence, maxDegree: $maxDegree) {
    truncated notice
    paths { length summary hops { type direction from { ${ACTOR} } to { ${ACTOR} }
      relationship { ${EDGE} evidence { ${CLAIM} } } } } } }`;

export const QUEUE = `query Queue($first: Int, $after: String) { claims(review: unreviewed, origin: extracted, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${CLAIM} } } } }`;

export const REVIEW = `mutation Review($id: ID!, $verdict: ReviewState!) { reviewClaim(id: $id, verdict: $verdict) { id review } }`;
export const RETRACT = `mutation Retract($id: ID!, $reason: String!) { retractClaim(id: $id, reason: $reason) { relationshipRemoved } }`;
export const ASSERT = `mutation Assert($input: AssertRelationshipInput!) { assertRelationship(input: $input) { created claim { id } } }`;
export const MERGE = `mutation Merge($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { mergedId movedClaims } }`;
