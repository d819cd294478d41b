/**
 * Issue 13: a seeded, bounded property-based fuzz through the real HTTP app. Every answer must be
 * JSON with an `extensions.code` on each error, never a 5xx, a stack trace, a file path or Cypher
 * text; and requests without the editor role must leave the database as it was.
 * FUZZ_RUNS (default 2000) and FUZZ_SEED tune it; it stops after FUZZ_TIME_MS (default 120 s).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { INTERNALS } from '../helpers/assert-json-error.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 13);
const TIME_MS = Number(process.env.FUZZ_TIME_MS ?? 120_000);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

const weird = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'ttp',
    'afghan-taliban',
    'pakistan-government',
    '',
    ' ',
    '*:*',
    'a~2 AND b',
    '") RETURN 1 //',
    '\\',
    '\u0000',
    'x'.repeat(300),
    '🙂',
  ),
);
const int = fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31)));
const enumish = fc.constantFrom('SHORTEST', 'K_SHORTEST', 'ALL_SHORTEST', 'ATTACKS', 'MEDIATES', 'ArmedGroup', 'NOPE', 'attacks');
const value = fc.oneof(
  weird.map((s) => JSON.stringify(s)),
  int.map(String),
  enumish,
  fc.constant('null'),
  fc.constant('[]'),
  fc.constant('{}'),
  fc.constant('$v'),
);

/** A field with a few arguments drawn at random (names from the schema and some that are not). */
const field = fc
  .record({
    name: fc.constantFrom(
      'actor',
      'actors',
      'relationships',
      'neighbourhood',
      'timeline',
      'articles',
      'article',
      'claim',
      'stats',
      'paths',
      'pathSearch',
      'connections',
      'health',
      'nope',
    ),
    args: fc.array(
      fc.tuple(
        fc.constantFrom(
          'id',
          'search',
          'first',
          'after',
          'kinds',
          'from',
          'to',
          'mode',
          'k',
          'maxHops',
          'depth',
          'limit',
          'actorId',
          'actorIds',
          'types',
          'window',
          'x',
        ),
        value,
      ),
      { maxLength: 4 },
    ),
    selection: fc.constantFrom(
      '{ __typename }',
      '{ id }',
      '{ totalCount }',
      '{ edges { node { id } } }',
      '{ length }',
      '{ nodes { id } }',
      '{ ok }',
      '',
      '{ actors }',
    ),
  })
  .map(({ name, args, selection }) => `${name}${args.length ? `(${args.map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''} ${selection}`);

const mutation = fc
  .record({
    name: fc.constantFrom('upsertActor', 'addAlias', 'mergeActors', 'assertRelationship', 'retractClaim', 'reviewClaim', 'ingestArticle'),
    arg: weird,
  })
  .map(
    ({ name, arg }) =>
      `mutation { ${name}(input: { name: ${JSON.stringify(arg)}, kind: ArmedGroup, text: "x" }, id: ${JSON.stringify(arg)}, actorId: "ttp", alias: "x", keep: "ttp", merge: "afghan-taliban", reason: "r", verdict: REJECTED) { __typename } }`,
  );

const graphqlBody = fc
  .record({
    query: fc.oneof(
      fc.array(field, { minLength: 1, maxLength: 3 }).map((fs) => `query($v: Int) { ${fs.join(' ')} }`),
      mutation,
      fc.string({ maxLength: 60 }),
      fc.constantFrom('subscription { health { ok } }', '{ ...F } fragment F on Query { ...F }', '{ health { ok @skip(if: $nope) } }'),
    ),
    variables: fc.oneof(
      fc.constant(undefined),
      fc.dictionary(fc.constantFrom('v', 'a', 'x'), fc.oneof(int, weird, fc.constant(null)) as fc.Arbitrary<unknown>),
    ),
  })
  .map((b) => JSON.stringify(b));

const request = fc.record({
  method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE'),
  path: fc.constantFrom('/graphql', '/graphql', '/graphql', '/graphql', '/healthz', '/readyz', '/nope', '/graphql/x'),
  body: fc.oneof(
    graphqlBody,
    graphqlBody,
    graphqlBody,
    fc.string({ maxLength: 40 }),
    fc.constant('{"query": '),
    fc.constant('[]'),
    fc.constant('null'),
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=latin-9',
    'text/plain',
    'application/graphql',
  ),
  token: fc.constantFrom(undefined, undefined, READER_TOKEN, 'wrong-token-0123456789abcdef', 'Basic x'),
});

async function counts(): Promise<string> {
  const [row] = await app.gateway.read('MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
  return JSON.stringify(row);
}

describe('fuzz through the real HTTP app', () => {
  it(
    `answers ${RUNS} random requests with coded JSON errors, no 5xx, nothing internal, no writes`,
    async () => {
      const before = await counts();
      const statuses: Record<number, number> = {};
      let runs = 0;
      const started = Date.now();
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          runs += 1;
          const headers: Record<string, string> = { 'content-type': r.contentType };
          if (r.token) headers.authorization = r.token.startsWith('Basic') ? r.token : `Bearer ${r.token}`;
          const url =
            r.method === 'GET' && r.path === '/graphql'
              ? `${app.url}/graphql?query=${encodeURIComponent('{ health { ok } }')}`
              : `${app.url}${r.path}`;
          const res = await fetch(url, {
            method: r.method,
            headers: r.method === 'GET' ? { ...headers, accept: 'application/json' } : headers,
            body: r.method === 'GET' ? undefined : r.body,
          });
          const text = await res.text();
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          expect(res.status, text).toBeLessThan(500);
          expect(text).not.toMatch(INTERNALS);
          const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
          for (const e of body.errors ?? []) {
            expect(typeof e.message).toBe('string');
            expect(e.extensions?.code, text).toBeTruthy();
            expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          }
        }),
        { numRuns: RUNS, seed: SEED, interruptAfterTimeLimit: TIME_MS, endOnFailure: true },
      );
      process.stderr.write(
        `[fuzz] ${runs} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED}); statuses ${JSON.stringify(statuses)}\n`,
      );
      expect(runs).toBeGreaterThan(Math.min(RUNS, 200));
      expect(await counts()).toBe(before);
    },
    TIME_MS + 60_000,
  );
});
