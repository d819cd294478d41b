/** Issue 13, defect 5: what the client got wrong is answered as the client's error, never INTERNAL_SERVER_ERROR. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, gql, startTestApp, type TestApp } from '../helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

describe('client errors', () => {
  it('refuses a 5,000-character search word, and searches Lucene syntax literally', async () => {
    const long = await gql(app.url, 'query($s: String) { actors(search: $s) { totalCount } }', { s: 'a'.repeat(5000) });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    for (const s of ['x'.repeat(200), 'ttp~10 AND *:* OR "', 'pakistan^99 (army) [a TO z] \\', 'taliban'.repeat(28)]) {
      const res = await gql(app.url, 'query($s: String) { actors(search: $s) { totalCount } }', { s });
      expect(res.errors, s).toBeUndefined();
    }
  });

  it('answers more than 50 invalid enum values in a list as BAD_USER_INPUT', async () => {
    const res = await gql(app.url, 'query($k: [ActorKind!]) { actors(kinds: $k) { totalCount } }', {
      k: Array.from({ length: 60 }, (_, i) => `NOPE${i}`),
    });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('answers a persisted-query hash with PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } };
    const send = (body: unknown) =>
      fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const hashOnly = await send({ extensions });
    expect(hashOnly.status).toBeLessThan(500); // Apollo answers the APQ protocol's errors with 200
    expect(((await hashOnly.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_SUPPORTED',
    );
    // With the query beside it, the (mismatching) hash is ignored: no INTERNAL_SERVER_ERROR.
    const withQuery = await send({ query: '{ health { ok } }', extensions });
    expect(withQuery.status).toBe(200);
  });

  it('refuses subscription operations with BAD_USER_INPUT', async () => {
    const res = await gql(app.url, 'subscription { health { ok } }');
    expect(res.status).toBe(400);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(errorCode(res));
    expect(errorCode(res)).not.toBe('INTERNAL_SERVER_ERROR');
  });
});
