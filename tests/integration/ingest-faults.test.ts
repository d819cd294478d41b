/**
 * Issue 13, fault tests of ingestion: an article is one transaction, so a crash in the middle of
 * writing it leaves all of its claims or none, and ingesting it again afterwards writes it once.
 *
 * "In the middle" is made certain, not left to timing: the test holds an open transaction that
 * has written to the TTP node and its ties (never committed), so the ingest's write transaction,
 * which ties its claims to the TTP, blocks on that lock after it has written the article and
 * claims. `SHOW TRANSACTIONS` says when it is blocked; then the fault strikes:
 *   (a) Neo4j is killed (SIGKILL) — after a restart on the same store, nothing of the article is
 *       there, and ingesting it again gives exactly what a clean ingest gives;
 *   (b) the API process is killed (SIGKILL) — nothing of the article is there, the parser it
 *       started goes too, a restarted API serves, and ingesting again (twice) writes it once.
 * "What a clean ingest gives" is measured, not assumed: the same fixture ingested into the
 * suite's shared database with no fault, claim by claim (ids, properties, ends, projection).
 *
 * Runs its own throwaway local Neo4j (killed and restarted here), so the suite's shared database
 * only sees the clean reference ingest, removed again at the end. Needs the CoreNLP parser
 * (Java + Maven), as ingest.test.ts does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import { AppError } from '../../src/errors.ts';
import { applySchema } from '../../src/graph/bootstrap.ts';
import { createGateway, openDriver, type Gateway } from '../../src/graph/gateway.ts';
import { contentHash, ingestArticle, type ArticleInput, type IngestReport } from '../../src/graph/repositories/write-article.ts';
import { projectRelationships, uniqueKeys } from '../../src/graph/writes/write-graph.ts';
import { createLogger } from '../../src/log.ts';
import type { RelationType } from '../../src/model/vocabulary.ts';
import { pidFile } from '../../src/neo4j-local/pid-file.ts';
import { findFreePort } from '../../src/neo4j-local/ports.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/server.ts';
import { loadSampleGraph } from '../../src/seed/load-sample-graph.ts';
import { EDITOR_TOKEN, gql } from '../helpers/app.ts';
import { connectTestGateway } from '../helpers/database.ts';
import { blockedQuery, holdLock } from '../helpers/locks.ts';
import { allGone, descendantsOf, startApiProcess, until, type ApiProcess } from '../helpers/processes.ts';

const TEXT = fs.readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'faults', 'border-post-attack.txt'), 'utf8');
const INPUT: ArticleInput = {
  text: TEXT,
  title: 'Fault test: talks stall after attack on border post',
  publisher: 'Fixture Wire',
  publishedAt: '2025-05-09',
};
const ARTICLE_ID = `article-${contentHash(TEXT).slice(0, 20)}`;
const LOCKED_ACTOR = 'ttp';
const INGEST = `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created claims relationships article { id } } }`;

/** Everything the article wrote, claim by claim: properties (but the creation time), ends, article, projection. */
async function articleState(gateway: Gateway) {
  const claims = await gateway.read(
    `MATCH (c:Claim {articleId: $id})
     OPTIONAL MATCH (c)-[:SUBJECT]->(s:Actor)
     OPTIONAL MATCH (c)-[:OBJECT]->(t:Actor)
     OPTIONAL MATCH (c)-[:CITES]->(a:Article)
     RETURN c {.*, createdAt: null} AS claim, s.id AS source, t.id AS target, a.id AS article,
            EXISTS { MATCH (s)-[r]->(t) WHERE type(r) = c.type AND c.id IN r.claimIds } AS projected
     ORDER BY c.id`,
    { id: ARTICLE_ID },
  );
  const [article] = await gateway.read('MATCH (a:Article {id: $id}) RETURN a {.*, createdAt: null} AS a', { id: ARTICLE_ID });
  return { article: article?.a ?? null, claims };
}

/** Counts of the whole graph: equal before and after a fault means nothing was added. */
async function graphCounts(gateway: Gateway) {
  const [row] = await gateway.read('MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
  return row;
}

/** Removes the article's claims and the article, re-projects their ties and deletes the actors it created. */
async function removeArticle(gateway: Gateway, createdActors: string[]) {
  const rows = await gateway.read(
    'MATCH (c:Claim {articleId: $id}) RETURN c.type AS type, c.sourceId AS sourceId, c.targetId AS targetId',
    { id: ARTICLE_ID },
  );
  await gateway.write('MATCH (c:Claim {articleId: $id}) DETACH DELETE c', { id: ARTICLE_ID });
  await gateway.write('MATCH (a:Article {id: $id}) DETACH DELETE a', { id: ARTICLE_ID });
  await gateway.writeTx((tx) =>
    projectRelationships(
      tx,
      uniqueKeys(rows.map((r) => ({ type: r.type as RelationType, sourceId: String(r.sourceId), targetId: String(r.targetId) }))),
    ),
  );
  if (createdActors.length) await gateway.write('MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a', { ids: createdActors });
}

describe('ingest faults: nothing half-written', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-graph-faults-'));
  let options: Parameters<typeof startLocalNeo4j>[0];
  let db: LocalNeo4j;
  let gateway: Gateway;
  let lockDriver: Driver;
  let shared: Gateway;
  let reference: { report: IngestReport; state: Awaited<ReturnType<typeof articleState>> };
  const apis: ApiProcess[] = [];

  const connect = () => {
    gateway = createGateway({ driver: openDriver(db.uri, db.username, db.password), timeoutMs: 30_000, logger: createLogger('silent') });
    lockDriver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password), { disableLosslessIntegers: false });
  };

  beforeAll(async () => {
    options = {
      localDir: loadConfig().NEO4J_LOCAL_DIR,
      homeDir: home,
      boltPort: await findFreePort(),
      httpPort: await findFreePort(),
      heap: '384m',
      pagecache: '64m',
    };
    db = await startLocalNeo4j(options);
    connect();
    await applySchema(gateway);
    await loadSampleGraph(gateway);

    // The clean reference: the same article into the suite's database (same sample graph), no fault.
    shared = connectTestGateway(60_000);
    await removeArticle(shared, []);
    const report = await ingestArticle(shared, INPUT);
    reference = { report, state: await articleState(shared) };
    expect(report.created).toBe(true);
    expect(reference.state.claims.length).toBeGreaterThanOrEqual(3);
    expect(reference.state.claims.some((c) => c.source === LOCKED_ACTOR || c.target === LOCKED_ACTOR)).toBe(true);
    expect(reference.state.claims.every((c) => c.projected && c.article === ARTICLE_ID)).toBe(true);
    process.stderr.write(`[ingest-faults] clean reference: ${report.claims} claims, ${report.relationships} relationships\n`);
  }, 300_000);

  afterAll(async () => {
    for (const api of apis) {
      const family = [api.child.pid!, ...descendantsOf(api.child.pid!)];
      for (const pid of family) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    if (shared) {
      await removeArticle(shared, reference?.report.newActors.map((a) => a.id) ?? []).catch(() => undefined);
      await shared.close();
    }
    await gateway?.close();
    await lockDriver?.close();
    await db?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it('(a) Neo4j killed mid-ingest: after a restart nothing of the article is there; ingested again, it equals a clean ingest', async () => {
    const before = await graphCounts(gateway);
    const lock = await holdLock(lockDriver, LOCKED_ACTOR);
    const outcome = ingestArticle(gateway, INPUT).then(
      () => 'committed',
      (err: unknown) => err,
    );
    const blockedIn = await blockedQuery(lockDriver, 120_000);
    expect(blockedIn, 'the ingest transaction never blocked on the lock').toBeDefined();
    process.stderr.write(`[ingest-faults] (a) ingest blocked in: ${blockedIn!.split('\n')[0]}; killing Neo4j\n`);

    const [javaPid] = fs.readFileSync(pidFile(home), 'utf8').trim().split(' ').map(Number) as [number];
    process.kill(javaPid, 'SIGKILL');
    expect(await until(() => allGone([javaPid]), 30_000)).toBe(true);
    const failed = await outcome;
    expect(failed).toBeInstanceOf(AppError);
    expect((failed as AppError).code).toBe('SERVICE_UNAVAILABLE');
    await lock.release();
    await lockDriver.close();
    await gateway.close();

    db = await startLocalNeo4j(options); // same store: Neo4j recovers from its transaction log
    connect();
    expect(await articleState(gateway)).toEqual({ article: null, claims: [] });
    expect(await graphCounts(gateway)).toEqual(before);

    const again = await ingestArticle(gateway, INPUT);
    expect(again).toMatchObject({ created: true, claims: reference.report.claims, relationships: reference.report.relationships });
    expect(await articleState(gateway)).toEqual(reference.state);
  }, 300_000);

  it('(b) the API killed mid-ingest: nothing half-written, no process left; a restarted API serves and ingesting twice writes the article once', async () => {
    await removeArticle(
      gateway,
      reference.report.newActors.map((a) => a.id),
    ); // written whole by (a): back to the graph before it
    expect(await articleState(gateway)).toEqual({ article: null, claims: [] });
    const env = {
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      NEO4J_PASSWORD: db.password,
      API_TOKENS: `ed:editor:${EDITOR_TOKEN}`,
      PORT: String(await findFreePort()),
      SEED_ON_EMPTY: 'false',
      QUERY_TIMEOUT_MS: '30000',
      LOG_LEVEL: 'warn',
    };
    const ready = (api: ApiProcess) =>
      fetch(`${api.url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );

    const first = startApiProcess(env);
    apis.push(first);
    expect(await until(() => ready(first), 120_000), first.output()).toBe(true);
    const before = await graphCounts(gateway);
    const lock = await holdLock(lockDriver, LOCKED_ACTOR);
    const request = gql(first.url, INGEST, { i: INPUT }, EDITOR_TOKEN).then(
      () => 'answered',
      () => 'connection lost',
    );
    // the API starts its parser (seconds), extracts, then blocks in the write transaction
    const blockedIn = await blockedQuery(lockDriver, 240_000);
    expect(blockedIn, first.output()).toBeDefined();
    process.stderr.write(`[ingest-faults] (b) ingest blocked in: ${blockedIn!.split('\n')[0]}; killing the API\n`);
    const family = descendantsOf(first.child.pid!);
    expect(family.length).toBeGreaterThan(0); // at least the parser it started
    first.child.kill('SIGKILL');
    await first.exited;
    expect(await request).toBe('connection lost');
    await lock.release();

    expect(await articleState(gateway)).toEqual({ article: null, claims: [] });
    expect(await graphCounts(gateway)).toEqual(before);
    expect(await until(() => allGone(family), 30_000), `left running: ${family.filter((p) => !allGone([p]))}`).toBe(true);

    const second = startApiProcess(env);
    apis.push(second);
    expect(await until(() => ready(second), 120_000), second.output()).toBe(true);
    expect((await gql(second.url, '{ actor(id: "ttp") { id } }')).data.actor.id).toBe('ttp');
    const written = await gql(second.url, INGEST, { i: INPUT }, EDITOR_TOKEN);
    expect(written.errors, second.output()).toBeUndefined();
    expect(written.data.ingestArticle).toMatchObject({
      created: true,
      claims: reference.report.claims,
      relationships: reference.report.relationships,
      article: { id: ARTICLE_ID },
    });
    expect(await articleState(gateway)).toEqual(reference.state);
    const once = await graphCounts(gateway);
    const repeated = await gql(second.url, INGEST, { i: INPUT }, EDITOR_TOKEN);
    expect(repeated.data.ingestArticle).toMatchObject({ created: false, claims: 0 });
    expect(await graphCounts(gateway)).toEqual(once);
    expect(await articleState(gateway)).toEqual(reference.state);

    const secondFamily = [second.child.pid!, ...descendantsOf(second.child.pid!)];
    second.child.kill('SIGTERM');
    await second.exited;
    expect(await until(() => allGone(secondFamily), 30_000)).toBe(true);
  }, 600_000);
});
