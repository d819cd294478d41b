import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRelationships, writeActors, writeArticles, writeClaims } from '../../src/graph/writes/write-graph.ts';
import { toClaimRow } from '../../src/model/claim.ts';
import { errorCode, gql, startTestApp, type TestApp } from '../helpers/app.ts';
import { deleteByPrefix, uniquePrefix } from '../helpers/database.ts';

const PATHS = `query($from: ID!, $to: ID!, $mode: PathMode, $k: Int, $types: [RelationType!], $direction: PathDirection,
  $maxHops: Int, $window: DateWindow, $avoid: [ID!], $minConfidence: Float) {
  paths(from: $from, to: $to, mode: $mode, k: $k, types: $types, direction: $direction, maxHops: $maxHops,
        window: $window, avoid: $avoid, minConfidence: $minConfidence) {
    length summary
    hops { from { id } to { id } type direction relationship { evidenceCount evidence { id date article { title } } } }
  } }`;

const HAQQANI = 'sirajuddin-haqqani';
const GOV = 'pakistan-government';

describe('relationship path search on the sample graph', () => {
  let app: TestApp;
  const paths = async (vars: Record<string, unknown>) => {
    const res = await gql(app.url, PATHS, vars);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data.paths as any[];
  };
  const key = (p: any) => p.hops.map((h: any) => `${h.from.id}-${h.type}-${h.to.id}`).join('|');
  const through = (p: any) => p.hops.slice(1).map((h: any) => h.from.id);

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('connects Sirajuddin Haqqani to the Government of Pakistan through a MEDIATES hop, with evidence on every hop', async () => {
    const [path] = await paths({ from: HAQQANI, to: GOV });
    expect(path).toBeDefined();
    expect(path.hops.some((h: any) => h.type === 'MEDIATES')).toBe(true);
    expect(path.hops[0].from.id).toBe(HAQQANI);
    expect(path.hops.at(-1).to.id).toBe(GOV);
    expect(path.summary).toMatch(/^Sirajuddin Haqqani —MEDIATES/);
    const all = await paths({ from: HAQQANI, to: GOV, mode: 'K_SHORTEST', k: 10, maxHops: 6 });
    for (const p of all) for (const h of p.hops) expect(h.relationship.evidence.length).toBeGreaterThan(0);
  });

  it('K_SHORTEST returns distinct paths in non-decreasing length; ALL_SHORTEST only the shortest length', async () => {
    const found = await paths({ from: HAQQANI, to: GOV, mode: 'K_SHORTEST', k: 5 });
    expect(found.length).toBeGreaterThan(1);
    expect(found.length).toBeLessThanOrEqual(5);
    expect(new Set(found.map(key)).size).toBe(found.length);
    const lengths = found.map((p) => p.length);
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    const shortest = await paths({ from: HAQQANI, to: 'ttp', mode: 'ALL_SHORTEST' });
    expect(shortest.length).toBeGreaterThan(0);
    expect(new Set(shortest.map((p) => p.length)).size).toBe(1);
  });

  it('a types filter changes the answer, and every hop obeys it', async () => {
    const unfiltered = await paths({ from: HAQQANI, to: GOV });
    const types = ['MEMBER_OF', 'NEGOTIATES_WITH', 'LEADS', 'SHELTERS', 'REJECTS', 'DEMANDS', 'ACCUSES', 'THREATENS', 'SUPPORTS'];
    const filtered = await paths({ from: HAQQANI, to: GOV, types, maxHops: 6 });
    expect(filtered.map(key)).not.toEqual(unfiltered.map(key));
    for (const p of filtered) for (const h of p.hops) expect(types).toContain(h.type);
  });

  it('an avoid list changes the answer: no path passes through the avoided actor', async () => {
    const all = await paths({ from: HAQQANI, to: GOV, mode: 'K_SHORTEST', k: 10, maxHops: 5 });
    expect(all.some((p) => through(p).includes('ttp'))).toBe(true);
    const avoiding = await paths({ from: HAQQANI, to: GOV, mode: 'K_SHORTEST', k: 10, maxHops: 5, avoid: ['ttp'] });
    for (const p of avoiding) expect(through(p)).not.toContain('ttp');
    expect(avoiding.map(key)).not.toEqual(all.map(key));
  });

  it('a date window drops relationships without evidence inside it, changing the answer', async () => {
    const [open] = await paths({ from: HAQQANI, to: GOV });
    expect(open.length).toBe(1);
    const dates = open.hops[0].relationship.evidence.map((e: any) => e.date).filter(Boolean);
    expect(dates.every((d: string) => d.startsWith('2022'))).toBe(true);
    const later = await paths({ from: HAQQANI, to: GOV, window: { start: '2023-01-01', end: '2025-12-31' } });
    expect(later.map(key)).not.toEqual([key(open)]);
    for (const p of later) for (const h of p.hops) expect(h.relationship.evidence.some((e: any) => e.date && e.date >= '2023')).toBe(true);
  });

  it('OUTGOING follows the arrows and differs from ANY', async () => {
    const any = await paths({ from: GOV, to: HAQQANI });
    const outgoing = await paths({ from: GOV, to: HAQQANI, direction: 'OUTGOING' });
    expect(any.length).toBe(1);
    expect(outgoing.map(key)).not.toEqual(any.map(key));
    for (const p of outgoing) for (const h of p.hops) expect(['FORWARD', 'BOTH']).toContain(h.direction);
    expect(any[0].hops.some((h: any) => h.direction === 'BACKWARD')).toBe(true);
  });

  it('no path is an empty list; bad arguments are BAD_USER_INPUT; unknown ids NOT_FOUND', async () => {
    expect(await paths({ from: HAQQANI, to: GOV, types: ['RELEASES'] })).toEqual([]);
    expect(await paths({ from: HAQQANI, to: GOV, minConfidence: 1 })).toEqual(expect.any(Array));
    const cases: [Record<string, unknown>, string][] = [
      [{ from: HAQQANI, to: 'nobody' }, 'NOT_FOUND'],
      [{ from: HAQQANI, to: GOV, avoid: ['nobody'] }, 'NOT_FOUND'],
      [{ from: HAQQANI, to: HAQQANI }, 'BAD_USER_INPUT'],
      [{ from: HAQQANI, to: GOV, maxHops: 9 }, 'BAD_USER_INPUT'],
      [{ from: HAQQANI, to: GOV, maxHops: 0 }, 'BAD_USER_INPUT'],
      [{ from: HAQQANI, to: GOV, mode: 'K_SHORTEST', k: 11 }, 'BAD_USER_INPUT'],
      [{ from: HAQQANI, to: GOV, avoid: [GOV] }, 'BAD_USER_INPUT'],
      [{ from: HAQQANI, to: GOV, window: { start: '2024', end: '2023' } }, 'BAD_USER_INPUT'],
      [{ from: HAQQANI, to: GOV, window: { start: '2024-02-31' } }, 'BAD_USER_INPUT'],
      [{ from: HAQQANI, to: GOV, minConfidence: 1.5 }, 'BAD_USER_INPUT'],
    ];
    for (const [vars, code] of cases) expect(errorCode(await gql(app.url, PATHS, vars)), JSON.stringify(vars)).toBe(code);
  });

  it('connections draws the union of shortest paths between several actors', async () => {
    const res = await gql(
      app.url,
      'query($ids: [ID!]!) { connections(actorIds: $ids) { truncated nodes { id } edges { type source { id } target { id } } } }',
      { ids: [HAQQANI, GOV, 'pti', 'zabihullah-mujahid'] },
    );
    expect(res.errors).toBeUndefined();
    const ids = res.data.connections.nodes.map((n: any) => n.id);
    for (const id of [HAQQANI, GOV, 'pti', 'zabihullah-mujahid']) expect(ids).toContain(id);
    expect(res.data.connections.edges.length).toBeGreaterThanOrEqual(3);
    for (const e of res.data.connections.edges) {
      expect(ids).toContain(e.source.id);
      expect(ids).toContain(e.target.id);
    }
    expect(errorCode(await gql(app.url, '{ connections(actorIds: ["ttp"]) { truncated } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('path search bounds', () => {
  let app: TestApp;
  const p = uniquePrefix('bound');
  const WIDE = 60;

  beforeAll(async () => {
    app = await startTestApp();
    const middles = Array.from({ length: WIDE }, (_, i) => `${p}-m${i}`);
    await app.gateway.writeTx(async (tx) => {
      await writeActors(
        tx,
        [`${p}-a`, `${p}-b`, ...middles].map((id) => ({ id, name: id, kind: 'Organization' as const, aliases: [] })),
      );
      await writeArticles(tx, [{ id: `${p}-art`, title: 'bound test', publisher: null, url: null, publishedAt: null }]);
      const claims = middles.flatMap((m) => [
        toClaimRow({
          type: 'SUPPORTS',
          sourceId: `${p}-a`,
          targetId: m,
          articleId: `${p}-art`,
          summary: 's',
          status: 'stated',
          confidence: 0.9,
          origin: 'curated',
        }),
        toClaimRow({
          type: 'SUPPORTS',
          sourceId: m,
          targetId: `${p}-b`,
          articleId: `${p}-art`,
          summary: 's',
          status: 'stated',
          confidence: 0.9,
          origin: 'curated',
        }),
      ]);
      await projectRelationships(tx, await writeClaims(tx, claims));
    });
  });
  afterAll(async () => {
    await deleteByPrefix(app.gateway, p);
    await app.gateway.write('MATCH (c:Claim {articleId: $a}) DETACH DELETE c', { a: `${p}-art` });
    await app.close();
  });

  it('caps ALL_SHORTEST results and says so, in pathSearch and in the response notices', async () => {
    const res = await gql(
      app.url,
      `{ pathSearch(from: "${p}-a", to: "${p}-b", mode: ALL_SHORTEST) { truncated notice paths { length } } }`,
    );
    expect(res.data.pathSearch.truncated).toBe(true);
    expect(res.data.pathSearch.notice).toMatch(/more than 50 paths/);
    expect(res.data.pathSearch.paths).toHaveLength(50);
    const raw = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ paths(from: "${p}-a", to: "${p}-b", mode: ALL_SHORTEST) { length } }` }),
    });
    const body = (await raw.json()) as any;
    expect(body.data.paths).toHaveLength(50);
    expect(body.extensions.notices[0]).toMatch(/more than 50 paths/);
  });
});

describe('routing around hubs (maxDegree)', () => {
  let app: TestApp;
  const p = uniquePrefix('hub');
  const id = (s: string) => `${p}-${s}`;
  const claim = (source: string, target: string) =>
    toClaimRow({
      type: 'SUPPORTS',
      sourceId: id(source),
      targetId: id(target),
      articleId: id('art'),
      summary: 's',
      status: 'stated',
      confidence: 0.9,
      origin: 'curated',
    });
  const search = async (args: string) => {
    const res = await gql(
      app.url,
      `{ pathSearch(from: "${id('a')}", to: "${id('b')}"${args}) { notice paths { length hops { to { id } } } } }`,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data.pathSearch as { notice: string | null; paths: { length: number; hops: { to: { id: string } }[] }[] };
  };

  beforeAll(async () => {
    app = await startTestApp();
    // a → hub → b is the shortest route; the hub also ties to 10 leaves (12 relationships);
    // a → m1 → m2 → b is longer through actors with 2 each; a itself ties to 8 more leaves
    const leaves = Array.from({ length: 10 }, (_, i) => `leaf${i}`);
    const names = ['a', 'b', 'hub', 'm1', 'm2', ...leaves];
    await app.gateway.writeTx(async (tx) => {
      await writeActors(
        tx,
        names.map((n) => ({ id: id(n), name: id(n), kind: 'Organization' as const, aliases: [] })),
      );
      await writeArticles(tx, [{ id: id('art'), title: 'hub test', publisher: null, url: null, publishedAt: null }]);
      const claims = [
        claim('a', 'hub'),
        claim('hub', 'b'),
        claim('a', 'm1'),
        claim('m1', 'm2'),
        claim('m2', 'b'),
        ...leaves.map((l) => claim('hub', l)),
        ...leaves.slice(0, 8).map((l) => claim('a', l)),
      ];
      await projectRelationships(tx, await writeClaims(tx, claims));
    });
  });
  afterAll(async () => {
    await deleteByPrefix(app.gateway, p);
    await app.gateway.write('MATCH (c:Claim {articleId: $a}) DETACH DELETE c', { a: id('art') });
    await app.close();
  });

  it('without it the shortest path crosses the hub; with it the path goes around, and from/to may be hubs themselves', async () => {
    const open = await search('');
    expect(open.paths[0]!.length).toBe(2);
    expect(open.paths[0]!.hops[0]!.to.id).toBe(id('hub'));
    const around = await search(', maxDegree: 5');
    expect(around.paths[0]!.length).toBe(3);
    expect(around.paths[0]!.hops.map((h) => h.to.id)).toEqual([id('m1'), id('m2'), id('b')]);
    expect(around.notice).toBeNull();
    // the projection keeps each actor's number of relationships on the node
    const [row] = await app.gateway.read('MATCH (h:Actor {id: $id}) RETURN h.degree AS degree', { id: id('hub') });
    expect(Number(row!.degree)).toBe(12);
    // the hub's 12 relationships pass at 12 and fail at 11
    expect((await search(', maxDegree: 12')).paths[0]!.length).toBe(2);
    expect((await search(', maxDegree: 11')).paths[0]!.length).toBe(3);
  });

  it('an answer emptied by the bound says so; a bound below 1 is BAD_USER_INPUT', async () => {
    const none = await search(', maxDegree: 1');
    expect(none.paths).toEqual([]);
    expect(none.notice).toMatch(/more than 1 relationships/);
    const bad = await gql(app.url, `{ pathSearch(from: "${id('a')}", to: "${id('b')}", maxDegree: 0) { notice } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});
