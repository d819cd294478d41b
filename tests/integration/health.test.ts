import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, READER_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';

describe('health and readiness over the real Neo4j', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('answers health with the Neo4j 5.26 version and database', async () => {
    const res = await gql(app.url, '{ health { ok neo4jVersion database } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.health.ok).toBe(true);
    expect(res.data.health.neo4jVersion).toMatch(/^5\.26\./);
    expect(res.data.health.database).toBe('neo4j');
  });

  it('serves /healthz and /readyz', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true });
  });

  it('serves the offline GraphiQL page to browsers and its assets from node_modules', async () => {
    const page = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphiql-assets/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const asset = await fetch(`${app.url}/graphiql-assets/graphiql.js`);
    expect(asset.status).toBe(200);
  });

  it('answers 404 with a JSON hint for unknown paths', async () => {
    const res = await fetch(`${app.url}/nope`);
    expect(res.status).toBe(404);
  });
});

describe('the Neo4j Browser guide', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ PORT: '4999' });
  });
  afterAll(async () => app.close());

  it('is served with CORS, its links pointing at the API as configured, and the style beside it', async () => {
    const guide = await fetch(`${app.url}/guide`);
    expect(guide.status).toBe(200);
    expect(guide.headers.get('access-control-allow-origin')).toBe('*');
    const html = await guide.text();
    expect(html).toContain('<article class="guide"');
    expect(html).toContain('http://127.0.0.1:4999/guide/style.grass');
    expect(html).not.toContain('127.0.0.1:4000');
    const style = await fetch(`${app.url}/guide/style.grass`);
    expect(await style.text()).toMatch(/node\.ArmedGroup/);
  });
});

describe('readiness with REQUIRE_AUTH_FOR_READS=true', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ REQUIRE_AUTH_FOR_READS: 'true' });
  });
  afterAll(async () => app.close());

  it('hides the Neo4j version from callers without a token', async () => {
    const open = await fetch(`${app.url}/readyz`);
    expect(open.status).toBe(200);
    expect(await open.json()).toEqual({ ok: true });
    const withToken = await fetch(`${app.url}/readyz`, { headers: { authorization: `Bearer ${READER_TOKEN}` } });
    expect(await withToken.json()).toMatchObject({ ok: true, neo4jVersion: expect.stringMatching(/^5\./) });
  });
});
