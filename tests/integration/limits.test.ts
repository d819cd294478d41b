/** Issue 13, defects 1–3: bombs, variables and aliases are refused quickly, through the real HTTP app. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragmentBomb } from '../helpers/bombs.ts';
import { errorCode, gql, startTestApp, type TestApp } from '../helpers/app.ts';

let app: TestApp;
let wide: TestApp; // aliases allowed in bulk, so the cost bound alone must refuse them
beforeAll(async () => {
  app = await startTestApp();
  wide = await startTestApp({ MAX_QUERY_ALIASES: '1000', MAX_QUERY_TOKENS: '100000' });
});
afterAll(async () => {
  await app?.close();
  await wide?.close();
});

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};

const expensivePaths = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `p${i}: paths(from: "ttp", to: "pakistan-government", mode: K_SHORTEST, k: 10, maxHops: 8) { length }`).join(' ')} }`;

describe('query limits over HTTP', () => {
  it('refuses a fragment bomb (12 levels × 5 spreads) in < 100 ms while /healthz keeps answering', async () => {
    const bomb = fragmentBomb(12, 5);
    const bombTimes: number[] = [];
    const plainTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const health = timed(() => fetch(`${app.url}/healthz`).then((r) => r.status));
      const { result, ms } = await timed(() => gql(app.url, bomb));
      expect(result.status).toBe(400);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors!.map((e) => e.extensions?.limit)).toContain('cost');
      expect((await health).result).toBe(200);
      bombTimes.push(ms);
      plainTimes.push((await timed(() => gql(app.url, '{ __typename }'))).ms);
    }
    // Medians of 7, and the bomb's time beyond a trivial request's: the machine running the
    // suite is shared, so a single wall-clock sample measures the neighbours as much as us.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[3]!;
    const extra = median(bombTimes) - median(plainTimes);
    process.stderr.write(
      `[limits] fragment bomb 12×5 refused in ${median(bombTimes).toFixed(1)} ms (median of 7; trivial query ${median(plainTimes).toFixed(1)} ms)\n`,
    );
    expect(extra).toBeLessThan(100);
    const bigger = await timed(() => gql(app.url, fragmentBomb(20, 20)));
    expect(errorCode(bigger.result)).toBe('BAD_USER_INPUT');
    expect(bigger.ms).toBeLessThan(1000);
  });

  it('prices variables: first: $a with $a = 100 is refused as the literal would be', async () => {
    const q =
      'query($a: Int, $b: Int) { actors(first: $a) { edges { node { relationships(first: $b) { edges { node { target { claims(first: $a) { totalCount } } } } } } } } }';
    const refused = await gql(app.url, q, { a: 100, b: 100 });
    expect(refused.status).toBe(400);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions).toMatchObject({ limit: 'cost', maxCost: 50_000 });
    const served = await gql(app.url, q, { a: 2, b: 2 });
    expect(served.errors).toBeUndefined();
  });

  it('refuses 1,000 aliases of an expensive paths search, by the alias bound and by the cost bound', async () => {
    const q = expensivePaths(1000);
    const byAliases = await timed(() => gql(app.url, q));
    expect(errorCode(byAliases.result)).toBe('BAD_USER_INPUT');
    expect(byAliases.ms).toBeLessThan(1000);
    // Without the alias bound graphql-js's own overlap check (quadratic in aliases) runs first: slower, still bounded.
    const byCost = await timed(() => gql(wide.url, q));
    expect(errorCode(byCost.result)).toBe('BAD_USER_INPUT');
    expect(byCost.result.errors!.map((e) => e.extensions?.limit)).toContain('cost');
    expect(byCost.ms).toBeLessThan(5000);
    const few = await gql(wide.url, expensivePaths(7));
    expect(few.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
  });

  it('refuses too many tokens and too many directives', async () => {
    const tokens = await gql(app.url, `{ ${'health { ok } '.repeat(2000)} }`);
    expect(errorCode(tokens)).toBe('BAD_USER_INPUT');
    const directives = await gql(app.url, `{ health { ok ${'@include(if: true) '.repeat(60)} } }`);
    expect(errorCode(directives)).toBe('BAD_USER_INPUT');
  });

  it('masks field suggestions', async () => {
    const res = await gql(app.url, '{ actorz(id: "ttp") { id } }');
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });
});
