import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { projectRelationships } from '../../src/graph/writes/write-graph.ts';
import type { RelationType } from '../../src/model/vocabulary.ts';
import { EDITOR_TOKEN, errorCode, gql, startTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabase } from '../helpers/database.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles');
const INGEST = `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) {
  created claims relationships warnings newActors { id kind } article { id title publishedAt contentHash } } }`;

/** Removes what ingestion wrote for these articles and re-projects, so other tests see the sample graph. */
async function removeArticles(app: TestApp, ids: string[]) {
  const rows = await app.gateway.read(
    'MATCH (c:Claim) WHERE c.articleId IN $ids RETURN c.type AS type, c.sourceId AS sourceId, c.targetId AS targetId',
    { ids },
  );
  await app.gateway.write('MATCH (c:Claim) WHERE c.articleId IN $ids DETACH DELETE c', { ids });
  await app.gateway.write('MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids });
  await app.gateway.writeTx((tx) =>
    projectRelationships(
      tx,
      rows.map((r) => ({ type: r.type as RelationType, sourceId: String(r.sourceId), targetId: String(r.targetId) })),
    ),
  );
}

describe('article ingestion', () => {
  let app: TestApp;
  const written: string[] = [];
  const text = fs.readFileSync(path.join(FIXTURES, 'border-talks.txt'), 'utf8');
  const evidence = async (type: string, s: string, t: string) =>
    Number(
      (await app.gateway.read(`MATCH (:Actor {id: $s})-[r:${type}]-(:Actor {id: $t}) RETURN r.evidenceCount AS n`, { s, t }))[0]?.n ?? 0,
    );

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await removeArticles(app, written);
    await app.close();
  });

  it('writes an article as unreviewed extracted claims that point at their sentences, adding evidence to curated ties', async () => {
    const before = await evidence('MEDIATES', 'afghan-taliban', 'ttp');
    const res = await gql(
      app.url,
      INGEST,
      { i: { text, title: 'Test: talks resume', publishedAt: '2025-03-06', publisher: 'Fixture Wire' } },
      EDITOR_TOKEN,
    );
    expect(res.errors).toBeUndefined();
    const out = res.data.ingestArticle;
    written.push(out.article.id);
    expect(out.created).toBe(true);
    expect(out.claims).toBeGreaterThanOrEqual(3);
    expect(out.article).toMatchObject({ title: 'Test: talks resume', publishedAt: '2025-03-06' });
    expect(await evidence('MEDIATES', 'afghan-taliban', 'ttp')).toBe(before + 1);
    const claims = await app.gateway.read(
      'MATCH (c:Claim {articleId: $id}) RETURN c.origin AS origin, c.review AS review, c.sentence AS sentence, c.sentenceIndex AS idx, c.type AS type',
      { id: out.article.id },
    );
    for (const c of claims) {
      expect(c).toMatchObject({ origin: 'extracted', review: 'unreviewed' });
      expect(text).toContain(String(c.sentence).trim().slice(0, 30));
      expect(Number(c.idx)).toBeGreaterThan(0);
    }
    expect(claims.map((c) => c.type)).toEqual(expect.arrayContaining(['NEGOTIATES_WITH', 'MEDIATES', 'SPOKESPERSON_FOR']));
  });

  it('re-ingesting the same text changes nothing', async () => {
    const count = async () => (await app.gateway.read('MATCH (n) RETURN count(n) AS n'))[0]!.n;
    const before = await count();
    const again = await gql(app.url, INGEST, { i: { text: `${text}\n\n`, title: 'another title' } }, EDITOR_TOKEN);
    expect(again.data.ingestArticle).toMatchObject({ created: false, claims: 0 });
    expect(await count()).toBe(before);
  });

  it('refuses empty, binary and oversized text with BAD_USER_INPUT, and anonymous callers', async () => {
    for (const t of ['   ', 'abc\u0000\u0001\u0002def', 'x'.repeat(1024 * 1024 + 1)]) {
      expect(errorCode(await gql(app.url, INGEST, { i: { text: t } }, EDITOR_TOKEN))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await gql(app.url, INGEST, { i: { text } }))).toBe('UNAUTHENTICATED');
  });

  it('the CLI ingests a folder with a summary, then finds everything already present', async () => {
    const db = testDatabase();
    const env = {
      ...process.env,
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      NEO4J_PASSWORD: db.password,
      CI: 'true',
      LOG_LEVEL: 'error',
    };
    const run = promisify(execFile);
    const cli = path.join(PROJECT_ROOT, 'src', 'cli', 'main.ts');
    const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    const first = await run(tsx, [cli, 'ingest', '--published', '2025-03-06', FIXTURES], { env, cwd: PROJECT_ROOT });
    expect(first.stdout).toMatch(/ingested [12] article\(s\) \(\d already present, 0 failed\)/);
    const ids = await app.gateway.read(
      'MATCH (a:Article) WHERE a.contentHash IS NOT NULL AND a.publishedAt = "2025-03-06" RETURN a.id AS id',
    );
    written.push(...ids.map((r) => String(r.id)));
    const second = await run(tsx, [cli, 'ingest', FIXTURES], { env, cwd: PROJECT_ROOT });
    expect(second.stdout).toMatch(/ingested 0 article\(s\) \(2 already present, 0 failed\)/);
    const missing = await run(tsx, [cli, 'ingest', path.join(FIXTURES, 'no-such-file.txt')], { env, cwd: PROJECT_ROOT }).catch((e) => e);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/FILE_NOT_FOUND/);
  });
});
