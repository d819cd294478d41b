/** Issue 13, defect 4: everything HTTP can throw is answered as JSON with a code and the right status. */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { expectJsonError } from '../helpers/assert-json-error.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('HTTP errors', () => {
  it('malformed JSON is 400 BAD_REQUEST', async () => {
    await expectJsonError(await post('{"query": "{ health { ok } }"'), 400, 'BAD_REQUEST');
  });

  it('a body over the limit is 413 PAYLOAD_TOO_LARGE', async () => {
    await expectJsonError(
      await post(JSON.stringify({ query: `{ health { ok } } #${'x'.repeat(7 * 1024 * 1024)}` })),
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('an unsupported charset or encoding is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    await expectJsonError(
      await post('{"query":"{ health { ok } }"}', { 'content-type': 'application/json; charset=latin-9' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    await expectJsonError(await post('{"query":"{ health { ok } }"}', { 'content-encoding': 'compress' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectJsonError(await post('query=1', { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a broken gzip body is 400 BAD_REQUEST, a good one is served', async () => {
    await expectJsonError(await post(Buffer.from('not gzip at all'), { 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST');
    const good = await post(gzipSync(JSON.stringify({ query: '{ health { ok } }' })), { 'content-encoding': 'gzip' });
    if (good.status !== 200) throw new Error(await good.text());
  });

  it('unknown routes are 404 NOT_FOUND, wrong methods 405 METHOD_NOT_ALLOWED', async () => {
    await expectJsonError(await fetch(`${app.url}/nope`), 404, 'NOT_FOUND');
    await expectJsonError(await fetch(`${app.url}/graphql/x`, { method: 'POST' }), 404, 'NOT_FOUND');
    for (const method of ['PUT', 'DELETE', 'PATCH'])
      await expectJsonError(await fetch(`${app.url}/graphql`, { method, body: '{}' }), 405, 'METHOD_NOT_ALLOWED');
    await expectJsonError(await fetch(`${app.url}/healthz`, { method: 'POST' }), 405, 'METHOD_NOT_ALLOWED');
    await expectJsonError(await fetch(`${app.url}/readyz`, { method: 'DELETE' }), 405, 'METHOD_NOT_ALLOWED');
  });
});
