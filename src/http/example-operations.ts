/** The operations GraphiQL opens with: a tour of the main queries over the sample graph. */
export const EXAMPLE_OPERATIONS = `# conflict-graph — run any operation with the ▶ button.
# Writes need an editor token: add {"Authorization": "Bearer <token>"} under Headers.

query SearchActors {
  actors(search: "TTP", first: 5) {
    totalCount
    edges { node { id name kind aliases } }
  }
}

query WhoSheltersWhom {
  relationships(filter: { types: [SHELTERS, MEDIATES] }, first: 20) {
    edges { node { type source { name } target { name } status firstDate
      evidence { summary sentence article { title publisher publishedAt } } } }
  }
}

query Neighbourhood {
  neighbourhood(actorId: "ttp", depth: 1) {
    truncated
    nodes { id name kind }
    edges { type source { id } target { id } evidenceCount }
  }
}

query HowConnected {
  paths(from: "sirajuddin-haqqani", to: "pakistan-government", mode: K_SHORTEST, k: 3) {
    length
    summary
    hops { type relationship { evidence { summary article { title } } } }
  }
}

query Timeline {
  timeline(actorIds: ["ttp"], first: 20) {
    edges { node { date datePrecision type status source { name } target { name } summary } }
  }
}

query Stats {
  stats { actors relationships claims articles
    actorsByKind { kind count } relationshipsByType { type count } }
}
`;
