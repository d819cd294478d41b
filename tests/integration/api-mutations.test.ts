import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_TOKEN, READER_TOKEN, errorCode, gql, startTestApp, type TestApp } from '../helpers/app.ts';
import { deleteByPrefix, uniquePrefix } from '../helpers/database.ts';

const UPSERT = 'mutation($i: ActorInput!) { upsertActor(input: $i) { id name kind aliases description } }';
const ASSERT = `mutation($i: AssertRelationshipInput!) { assertRelationship(input: $i) { created
  claim { id summary date datePrecision status origin review article { id title } }
  relationship { type source { id } target { id } evidenceCount status firstDate lastDate } } }`;
const RETRACT =
  'mutation($id: ID!, $r: String!) { retractClaim(id: $id, reason: $r) { relationshipRemoved relationship { evidenceCount } claim { retracted retractedReason } } }';

describe('curation mutations', () => {
  let app: TestApp;
  const p = uniquePrefix('mut');
  const ed = (q: string, v: Record<string, unknown> = {}) => gql(app.url, q, v, EDITOR_TOKEN);
  const rel = async (type: string, s: string, t: string) => {
    const rows = await app.gateway.read(`MATCH (:Actor {id: $s})-[r:${type}]->(:Actor {id: $t}) RETURN r.evidenceCount AS n`, { s, t });
    return rows[0]?.n ?? 0;
  };

  beforeAll(async () => {
    app = await startTestApp();
    for (const [id, kind] of [
      [`${p}-a`, 'ArmedGroup'],
      [`${p}-b`, 'Government'],
      [`${p}-c`, 'Person'],
      [`${p}-dup`, 'ArmedGroup'],
    ]) {
      const res = await ed(UPSERT, { i: { id, name: `Name ${id}`, kind, aliases: [`alias ${id}`] } });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await deleteByPrefix(app.gateway, p);
    await app.gateway.write('MATCH (n) WHERE n.keep STARTS WITH $p OR n.title STARTS WITH $p DETACH DELETE n', { p });
    await app.close();
  });

  it('upserts an actor, keeping aliases and deriving an id from the name', async () => {
    const again = await ed(UPSERT, {
      i: { id: `${p}-a`, name: `Name ${p}-a`, kind: 'ArmedGroup', aliases: ['another'], description: 'test group' },
    });
    expect(again.data.upsertActor.aliases).toEqual([`alias ${p}-a`, 'another']);
    expect(again.data.upsertActor.description).toBe('test group');
    const derived = await ed(UPSERT, { i: { name: `${p} Derived Front`, kind: 'ArmedGroup' } });
    expect(derived.data.upsertActor.id).toBe(`${p}-derived-front`);
    const alias = await ed('mutation($id: ID!) { addAlias(actorId: $id, alias: "DF") { aliases } }', { id: `${p}-derived-front` });
    expect(alias.data.addAlias.aliases).toContain('DF');
    const twice = await ed('mutation($id: ID!) { addAlias(actorId: $id, alias: "DF") { aliases } }', { id: `${p}-derived-front` });
    expect(twice.data.addAlias.aliases.filter((a: string) => a === 'DF')).toHaveLength(1);
  });

  it('asserts a relationship with a citation, safely twice, and projects it', async () => {
    const input = {
      type: 'SUPPORTS',
      source: `${p}-b`,
      target: `${p}-a`,
      citation: { title: `${p} report`, publisher: 'Test Wire', url: 'https://example.org/r1', publishedAt: '2023-04-02' },
      summary: 'The state backed the group.',
      date: '2023-03',
      confidence: 0.7,
    };
    const first = await ed(ASSERT, { i: input });
    expect(first.errors).toBeUndefined();
    expect(first.data.assertRelationship.created).toBe(true);
    expect(first.data.assertRelationship.claim).toMatchObject({
      date: '2023-03',
      datePrecision: 'MONTH',
      origin: 'curated',
      review: 'accepted',
    });
    expect(first.data.assertRelationship.relationship).toMatchObject({ type: 'SUPPORTS', evidenceCount: 1, firstDate: '2023-03' });
    const second = await ed(ASSERT, { i: input });
    expect(second.data.assertRelationship.created).toBe(false);
    expect(second.data.assertRelationship.claim.id).toBe(first.data.assertRelationship.claim.id);
    expect(await rel('SUPPORTS', `${p}-b`, `${p}-a`)).toBe(1);
  });

  it('retracts claims: the relationship stays while evidence remains and goes with the last claim', async () => {
    const base = { type: 'ATTACKS', source: `${p}-a`, target: `${p}-b`, citation: { title: `${p} attacks` }, status: 'alleged' };
    const c1 = (await ed(ASSERT, { i: { ...base, summary: 'first attack', date: '2022' } })).data.assertRelationship.claim.id;
    const c2 = (await ed(ASSERT, { i: { ...base, summary: 'second attack', date: '2024-01-05' } })).data.assertRelationship.claim.id;
    expect(await rel('ATTACKS', `${p}-a`, `${p}-b`)).toBe(2);
    const r1 = await ed(RETRACT, { id: c1, r: 'source withdrew it' });
    expect(r1.data.retractClaim).toMatchObject({
      relationshipRemoved: false,
      relationship: { evidenceCount: 1 },
      claim: { retracted: true, retractedReason: 'source withdrew it' },
    });
    const r2 = await ed(RETRACT, { id: c2, r: 'duplicate' });
    expect(r2.data.retractClaim.relationshipRemoved).toBe(true);
    expect(r2.data.retractClaim.relationship).toBeNull();
    expect(await rel('ATTACKS', `${p}-a`, `${p}-b`)).toBe(0);
    const again = await ed(RETRACT, { id: c2, r: 'another reason' });
    expect(again.data.retractClaim.claim.retractedReason).toBe('duplicate');
    const revived = await ed(ASSERT, { i: { ...base, summary: 'second attack', date: '2024-01-05' } });
    expect(revived.data.assertRelationship.relationship.evidenceCount).toBe(1);
  });

  it('a rejected review takes a claim out of its relationship; accepting brings it back', async () => {
    const claim = (
      await ed(ASSERT, {
        i: { type: 'THREATENS', source: `${p}-a`, target: `${p}-c`, citation: { title: `${p} threats` }, summary: 'a threat' },
      })
    ).data.assertRelationship.claim.id;
    const rejected = await ed('mutation($id: ID!) { reviewClaim(id: $id, verdict: rejected) { review } }', { id: claim });
    expect(rejected.data.reviewClaim.review).toBe('rejected');
    expect(await rel('THREATENS', `${p}-a`, `${p}-c`)).toBe(0);
    await ed('mutation($id: ID!) { reviewClaim(id: $id, verdict: accepted) { review } }', { id: claim });
    expect(await rel('THREATENS', `${p}-a`, `${p}-c`)).toBe(1);
  });

  it('merges actors: claims, relationships and aliases move, the merge is recorded, a repeat answers the same', async () => {
    await ed(ASSERT, {
      i: {
        type: 'NEGOTIATES_WITH',
        source: `${p}-dup`,
        target: `${p}-b`,
        citation: { title: `${p} talks` },
        summary: 'talks',
        date: '2022-05',
      },
    });
    await ed(ASSERT, {
      i: { type: 'ATTACKS', source: `${p}-dup`, target: `${p}-a`, citation: { title: `${p} infighting` }, summary: 'infighting' },
    });
    const q = `mutation { mergeActors(keep: "${p}-a", merge: "${p}-dup") { mergedId movedClaims aliasesAdded actor { id aliases } } }`;
    const res = await ed(q);
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeActors.movedClaims).toBe(2);
    expect(res.data.mergeActors.actor.aliases).toEqual(expect.arrayContaining([`Name ${p}-dup`, `alias ${p}-dup`]));
    expect(await rel('NEGOTIATES_WITH', `${p}-a`, `${p}-b`)).toBe(1);
    expect((await app.gateway.read('MATCH (a:Actor {id: $id}) RETURN a', { id: `${p}-dup` })).length).toBe(0);
    const selfTie = await app.gateway.read(
      'MATCH (c:Claim {sourceId: $id, targetId: $id}) RETURN c.retracted AS r, c.retractedReason AS why',
      { id: `${p}-a` },
    );
    expect(selfTie[0]).toMatchObject({ r: true });
    const record = await app.gateway.read('MATCH (m:MergeRecord {merged: $id})-[:MERGED_INTO]->(k:Actor) RETURN k.id AS keep', {
      id: `${p}-dup`,
    });
    expect(record[0]?.keep).toBe(`${p}-a`);
    const repeat = await ed(q);
    expect(repeat.data.mergeActors.movedClaims).toBe(2);
  });

  it('enforces access: anonymous is UNAUTHENTICATED, a reader FORBIDDEN, a bad token UNAUTHENTICATED', async () => {
    const m = `mutation { addAlias(actorId: "${p}-a", alias: "x") { id } }`;
    const anonymous = await gql(app.url, m);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous.errors)).not.toContain('http');
    expect(errorCode(await gql(app.url, m, {}, READER_TOKEN))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app.url, m, {}, 'not-a-real-token-at-all'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(app.url, '{ health { ok } }', {}, 'not-a-real-token-at-all'))).toBe('UNAUTHENTICATED');
  });

  it('refuses bad mutation input with codes and writes nothing', async () => {
    const bad = [
      [ASSERT, { i: { type: 'SUPPORTS', source: `${p}-a`, target: `${p}-a`, citation: { title: 't' }, summary: 's' } }, 'BAD_USER_INPUT'],
      [ASSERT, { i: { type: 'SUPPORTS', source: `${p}-a`, target: 'nobody-here', citation: { title: 't' }, summary: 's' } }, 'NOT_FOUND'],
      [ASSERT, { i: { type: 'SUPPORTS', source: `${p}-a`, target: `${p}-b`, summary: 's' } }, 'BAD_USER_INPUT'],
      [ASSERT, { i: { type: 'SUPPORTS', source: `${p}-a`, target: `${p}-b`, articleId: 'no-such-article', summary: 's' } }, 'NOT_FOUND'],
      [
        ASSERT,
        { i: { type: 'SUPPORTS', source: `${p}-a`, target: `${p}-b`, citation: { title: 't' }, summary: 's', confidence: 3 } },
        'BAD_USER_INPUT',
      ],
      [ASSERT, { i: { type: 'LIKES', source: `${p}-a`, target: `${p}-b`, citation: { title: 't' }, summary: 's' } }, 'BAD_USER_INPUT'],
      [UPSERT, { i: { id: 'Not A Slug', name: 'x', kind: 'Person' } }, 'BAD_USER_INPUT'],
      [RETRACT, { id: 'no-such-claim', r: 'x' }, 'NOT_FOUND'],
      [RETRACT, { id: 'no-such-claim', r: '  ' }, 'BAD_USER_INPUT'],
    ] as const;
    for (const [q, v, code] of bad) expect(errorCode(await ed(q, v as any)), JSON.stringify(v)).toBe(code);
    expect(await rel('SUPPORTS', `${p}-a`, `${p}-b`)).toBe(0);
  });
});

describe('reads behind a token when REQUIRE_AUTH_FOR_READS=true', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ REQUIRE_AUTH_FOR_READS: 'true' });
  });
  afterAll(async () => app.close());

  it('refuses anonymous reads and admits readers', async () => {
    const anonymous = await gql(app.url, '{ stats { actors } }');
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    const res = await gql(app.url, '{ stats { actors } }', {}, READER_TOKEN);
    expect(res.data.stats.actors).toBeGreaterThan(0);
  });
});
