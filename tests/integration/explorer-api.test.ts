/**
 * The API additions the explorer needs, on the real database: actors by name or alias,
 * ambiguity refused with candidates, `timeline(between)`, a place filter, the `evidence`
 * filter (an unreviewed extraction is not evidence under REVIEWED until an editor accepts it),
 * the review queue, relationship spans, and a place word finding the government it stands for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRelationships, writeActors, writeArticles, writeClaims, writeLocations } from '../../src/graph/writes/write-graph.ts';
import { toClaimRow } from '../../src/model/claim.ts';
import { EDITOR_TOKEN, errorCode, gql, startTestApp, type TestApp } from '../helpers/app.ts';
import { deleteByPrefix, uniquePrefix } from '../helpers/database.ts';

const p = uniquePrefix('explorer');
const A = `${p}-a`;
const B = `${p}-b`;
const C = `${p}-c`;
const ART = `${p}-art`;
const PLACE = `${p}-khost`;

describe('explorer API additions', () => {
  let app: TestApp;
  const ok = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await gql(app.url, query, variables, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    app = await startTestApp();
    // A —SUPPORTS→ B curated (2021); B —SUPPORTS→ C extracted, unreviewed (2023), at a place;
    // two actors share the alias "Twin Alias" to make a name ambiguous.
    await app.gateway.writeTx(async (tx) => {
      await writeActors(tx, [
        { id: A, name: `${p} Alpha Front`, kind: 'ArmedGroup', aliases: [`${p} Twin Alias`] },
        { id: B, name: `${p} Beta Council`, kind: 'Organization', aliases: [`${p} Twin Alias`, `${p} Beta`] },
        { id: C, name: `${p} Gamma Force`, kind: 'SecurityForce', aliases: [] },
      ]);
      await writeLocations(tx, [{ id: PLACE, name: `${p} Khost`, aliases: [`${p} Khowst`] }]);
      await writeArticles(tx, [
        {
          id: ART,
          title: `${p} article`,
          publisher: 'Test Wire',
          url: null,
          publishedAt: '2023-05-01',
          text: 'Headline\nThe lead sentence. Beta backed\nGamma. Then more.\n',
        },
      ]);
      const curated = toClaimRow({
        type: 'SUPPORTS',
        sourceId: A,
        targetId: B,
        articleId: ART,
        summary: 'curated support',
        date: '2021-03',
        status: 'stated',
        confidence: 0.9,
        origin: 'curated',
      });
      await projectRelationships(tx, await writeClaims(tx, [curated]));
    });
    await app.gateway.writeTx(async (tx) => {
      const extracted = toClaimRow({
        type: 'SUPPORTS',
        sourceId: B,
        targetId: C,
        articleId: ART,
        sentence: 'Beta backed Gamma.',
        sentenceIndex: 2,
        date: '2023-05',
        status: 'stated',
        confidence: 0.7,
        origin: 'extracted',
        review: 'unreviewed',
      });
      await projectRelationships(tx, await writeClaims(tx, [extracted]));
    });
    await app.gateway.write('MATCH (c:Claim {articleId: $art, sourceId: $b}) SET c.locationId = $place', { art: ART, b: B, place: PLACE });
  });

  afterAll(async () => {
    await app.gateway.write('MATCH (c:Claim {articleId: $a}) DETACH DELETE c', { a: ART });
    await deleteByPrefix(app.gateway, p);
    await app.close();
  });

  it('paths and neighbourhood take names and aliases as well as ids', async () => {
    const data = await ok(`query($f: ID!, $t: ID!) { paths(from: $f, to: $t) { summary } }`, {
      f: `${p} alpha front`,
      t: `${p} Gamma Force`,
    });
    expect(data.paths[0].summary).toBe(`${p} Alpha Front —SUPPORTS→ ${p} Beta Council —SUPPORTS→ ${p} Gamma Force`);
    const hood = await ok(`query($a: ID!) { neighbourhood(actorId: $a) { nodes { id } } }`, { a: `${p} Beta` });
    expect(hood.neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual([A, B, C].sort());
    const sample = await ok(`{ paths(from: "Siraj Haqqani", to: "Pakistani government") { hops { from { id } to { id } } } }`);
    expect(sample.paths[0].hops[0].from.id).toBe('sirajuddin-haqqani');
    expect(sample.paths[0].hops.at(-1).to.id).toBe('pakistan-government');
  });

  it('refuses an ambiguous name with BAD_USER_INPUT listing the candidates, and an unknown one with NOT_FOUND', async () => {
    const res = await gql(app.url, `query($a: ID!) { neighbourhood(actorId: $a) { nodes { id } } }`, { a: `${p} twin alias` });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect((res.errors![0]!.extensions!.candidates as any[]).map((c) => c.id).sort()).toEqual([A, B].sort());
    const missing = await gql(app.url, `query($f: ID!) { paths(from: $f, to: "ttp") { length } }`, { f: `${p} nobody` });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    const avoid = await gql(app.url, `query($f: ID!, $t: ID!, $v: [ID!]) { paths(from: $f, to: $t, avoid: $v) { length } }`, {
      f: A,
      t: C,
      v: [`${p} Beta`],
    });
    expect(avoid.errors).toBeUndefined();
    expect(avoid.data.paths).toEqual([]);
  });

  it('timeline(between) keeps the ties between two actors only, and place filters by a Location name', async () => {
    const q = `query($b: [ID!], $a: [ID!], $place: ID) { timeline(between: $b, actorIds: $a, place: $place) { totalCount edges { node { source { id } target { id } location { id name } } } } }`;
    const about = await ok(q, { a: [B] });
    expect(about.timeline.totalCount).toBe(2);
    const between = await ok(q, { b: [`${p} Beta`, C] });
    expect(between.timeline.totalCount).toBe(1);
    expect(between.timeline.edges[0].node.source.id).toBe(B);
    const there = await ok(q, { a: [B], place: `${p} khowst` });
    expect(there.timeline.totalCount).toBe(1);
    expect(there.timeline.edges[0].node.location).toEqual({ id: PLACE, name: `${p} Khost` });
    expect(errorCode(await gql(app.url, q, { b: [A] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app.url, q, { place: `${p} atlantis` }))).toBe('NOT_FOUND');
  });

  it('evidence: REVIEWED drops a tie backed only by an unreviewed extraction until an editor accepts its claim', async () => {
    const q = `query($e: EvidenceFilter) { pathSearch(from: "${A}", to: "${C}", evidence: $e) { paths { length } }
      neighbourhood(actorId: "${B}", evidence: $e) { edges { type source { id } target { id } bestEvidence spans { start end evidence } } } }`;
    const all = await ok(q, { e: 'ALL' });
    expect(all.pathSearch.paths).toHaveLength(1);
    const bc = all.neighbourhood.edges.find((e: any) => e.target.id === C);
    expect(bc).toMatchObject({ bestEvidence: 'UNREVIEWED', spans: [{ start: '2023-05-01', end: '2023-05-31', evidence: 'UNREVIEWED' }] });
    const reviewed = await ok(q, { e: 'REVIEWED' });
    expect(reviewed.pathSearch.paths).toHaveLength(0);
    expect(reviewed.neighbourhood.edges.map((e: any) => e.target.id)).toEqual([B]);
    const curatedOnly = await ok(`{ relationships(filter: { actorId: "${A}", evidence: CURATED }) { totalCount } }`);
    expect(curatedOnly.relationships.totalCount).toBe(1);

    const queue = await ok(
      `{ claims(review: unreviewed, first: 100) { totalCount edges { node { id sentence source { id } recordedAt passage { before sentence after } } } } }`,
    );
    const mine = queue.claims.edges.find((e: any) => e.node.source.id === B);
    expect(mine.node.sentence).toBe('Beta backed Gamma.');
    expect(mine.node.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(mine.node.passage).toEqual({ before: 'The lead sentence. ', sentence: 'Beta backed\nGamma.', after: ' Then more.' });
    await ok(`mutation($id: ID!) { reviewClaim(id: $id, verdict: accepted) { review } }`, { id: mine.node.id }, EDITOR_TOKEN);
    const after = await ok(q, { e: 'REVIEWED' });
    expect(after.pathSearch.paths).toHaveLength(1);
    expect(after.neighbourhood.edges.find((e: any) => e.target.id === C).spans[0].evidence).toBe('REVIEWED');
    const queueAfter = await ok(`{ claims(review: unreviewed, first: 100) { edges { node { id } } } }`);
    expect(queueAfter.claims.edges.map((e: any) => e.node.id)).not.toContain(mine.node.id);
  });

  it('the review queue lists the latest recorded claim first', async () => {
    const data = await ok(`{ claims(origin: curated, first: 100) { edges { node { recordedAt } } } }`);
    const times = data.claims.edges.map((e: any) => Date.parse(e.node.recordedAt));
    expect(times.length).toBeGreaterThan(1);
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it('a place word finds the government it stands for; a typo still finds the TTP', async () => {
    const data = await ok(`{ islamabad: actors(search: "Islamabad", first: 5) { edges { node { id } } }
      typo: actors(search: "Tehrik-i-Taliban", first: 3) { edges { node { id } } } }`);
    expect(data.islamabad.edges.map((e: any) => e.node.id)).toContain('pakistan-government');
    expect(data.typo.edges[0].node.id).toBe('ttp');
  });
});
