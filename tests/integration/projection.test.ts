import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.ts';
import { projectRelationships, writeActors, writeArticles, writeClaims } from '../../src/graph/writes/write-graph.ts';
import { toClaimRow, type ClaimInput } from '../../src/model/claim.ts';
import { connectTestGateway, deleteByPrefix, uniquePrefix } from '../helpers/database.ts';

describe('claims project onto typed relationships', () => {
  let gateway: Gateway;
  const p = uniquePrefix('proj');
  const a = `${p}-group`;
  const b = `${p}-state`;
  const art = `${p}-article`;

  const claim = (over: Partial<ClaimInput>): ClaimInput => ({
    type: 'SHELTERS',
    sourceId: b,
    targetId: a,
    articleId: art,
    summary: 'test claim',
    status: 'stated',
    confidence: 0.8,
    origin: 'curated',
    ...over,
  });

  async function write(inputs: ClaimInput[]) {
    const rows = inputs.map(toClaimRow);
    return gateway.writeTx(async (tx) => projectRelationships(tx, await writeClaims(tx, rows)));
  }

  async function rel(type: string) {
    const rows = await gateway.read(
      `MATCH (s:Actor)-[r:${type}]->(t:Actor) WHERE s.id STARTS WITH $p RETURN s.id AS s, t.id AS t, r AS r`,
      { p },
    );
    return rows;
  }

  beforeAll(async () => {
    gateway = connectTestGateway();
    await gateway.writeTx(async (tx) => {
      await writeActors(tx, [
        { id: a, name: 'Test Group', kind: 'ArmedGroup', aliases: ['TG'] },
        { id: b, name: 'Test State', kind: 'Government', aliases: [] },
      ]);
      await writeArticles(tx, [{ id: art, title: 'A test article', publisher: 'Test Press', url: null, publishedAt: '2023-05-02' }]);
    });
  });
  afterAll(async () => {
    await deleteByPrefix(gateway, p);
    await gateway.close();
  });

  it('counts each claim once when the same relationship key is projected twice in one call', async () => {
    await write([claim({ type: 'SUPPORTS', summary: 'once' })]);
    const key = { type: 'SUPPORTS' as const, sourceId: b, targetId: a };
    await gateway.writeTx((tx) => projectRelationships(tx, [key, key]));
    const [row] = await rel('SUPPORTS');
    expect((row!.r as Record<string, any>).evidenceCount).toBe(1);
  });

  it('aggregates evidence count, date span, strongest status and highest confidence', async () => {
    await write([
      claim({ summary: 'first', date: '2021-03', status: 'alleged', confidence: 0.5 }),
      claim({ summary: 'second', date: '2023-05-01', status: 'stated', confidence: 0.9 }),
      claim({ summary: 'undated', status: 'past', confidence: 0.6 }),
    ]);
    const [row] = await rel('SHELTERS');
    const r = row!.r as Record<string, any>;
    expect(row!.s).toBe(b);
    expect(r.evidenceCount).toBe(3);
    expect(r.firstDate).toBe('2021-03');
    expect(r.lastDate).toBe('2023-05-01');
    expect(r.status).toBe('stated');
    expect(r.confidence).toBeCloseTo(0.9);
    expect(r.undatedCount).toBe(1);
    expect(r.cameo).toBe('07');
    expect(r.claimIds).toHaveLength(3);
  });

  it('is idempotent: writing the same claims again changes nothing', async () => {
    const before = await gateway.read('MATCH (c:Claim) WHERE c.articleId = $art RETURN count(c) AS n', { art });
    await write([claim({ summary: 'first', date: '2021-03', status: 'alleged', confidence: 0.5 })]);
    const after = await gateway.read('MATCH (c:Claim) WHERE c.articleId = $art RETURN count(c) AS n', { art });
    expect(after[0]!.n).toBe(before[0]!.n);
    const [row] = await rel('SHELTERS');
    expect((row!.r as any).evidenceCount).toBe(3);
  });

  it('stores a symmetric type once, in canonical order, whichever way it was stated', async () => {
    await write([
      claim({ type: 'NEGOTIATES_WITH', sourceId: b, targetId: a, summary: 'talks' }),
      claim({ type: 'NEGOTIATES_WITH', sourceId: a, targetId: b, summary: 'talks again' }),
    ]);
    const rows = await gateway.read(
      'MATCH (x:Actor)-[r:NEGOTIATES_WITH]-(y:Actor) WHERE x.id = $a RETURN startNode(r).id AS s, r.evidenceCount AS n',
      { a },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.s).toBe([a, b].sort()[0]);
    expect(rows[0]!.n).toBe(2);
    expect(((await rel('NEGOTIATES_WITH'))[0]!.r as any).symmetric).toBe(true);
  });

  it('removes the relationship when its last live claim is retracted, and reports it', async () => {
    await write([claim({ type: 'THREATENS', summary: 'only one' })]);
    expect(await rel('THREATENS')).toHaveLength(1);
    await gateway.write("MATCH (c:Claim {type: 'THREATENS', sourceId: $b}) SET c.retracted = true", { b });
    const removed = await gateway.writeTx((tx) => projectRelationships(tx, [{ type: 'THREATENS', sourceId: b, targetId: a }]));
    expect(removed).toEqual([{ type: 'THREATENS', sourceId: b, targetId: a }]);
    expect(await rel('THREATENS')).toHaveLength(0);
  });

  it('refuses a claim whose actor does not exist, writing nothing', async () => {
    const count = async () => (await gateway.read('MATCH (c:Claim) WHERE c.articleId = $art RETURN count(c) AS n', { art }))[0]!.n;
    const before = await count();
    await expect(write([claim({ summary: 'ok' }), claim({ summary: 'bad', targetId: `${p}-nobody` })])).rejects.toThrow(/missing/);
    expect(await count()).toBe(before);
  });
});
