import fs from 'node:fs';
import { parse, specifiedRules, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { estimateCost } from './cost-model.ts';
import { createLimits } from './limits.ts';
import { makeExecutableSchemaFrom } from './make-schema.ts';
import { SCHEMA_PATH } from './server.ts';
import { fragmentBomb } from '../../tests/helpers/bombs.ts';

const schema = makeExecutableSchemaFrom(fs.readFileSync(SCHEMA_PATH, 'utf8'));
const limits = createLimits({
  MAX_QUERY_DEPTH: 10,
  MAX_QUERY_COST: 50_000,
  MAX_QUERY_ALIASES: 30,
  MAX_QUERY_DIRECTIVES: 50,
  MAX_QUERY_TOKENS: 5000,
});
const check = (q: string) => validate(schema, parse(q), [...specifiedRules, ...limits.validationRules], limits.validationOptions);
const cost = (q: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(q), variables, estimators: [estimateCost] });

describe('query limits (GraphQL Armor + graphql-query-complexity)', () => {
  it('accepts a modest query', () => {
    expect(check('{ actors(first: 10) { edges { node { id relationships(first: 5) { totalCount } } } } }')).toEqual([]);
  });

  it('refuses a query nested too deeply, following fragments', () => {
    const errors = check(
      '{ actor(id: "a") { ...F } } fragment F on Actor { neighbours { edges { node { neighbours { edges { node { neighbours { edges { node { id } } } } } } } } } }',
    );
    expect(errors[0]?.message).toMatch(/too deep/);
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'depth' });
  });

  it('refuses a fragment bomb in linear time', () => {
    const started = performance.now();
    const errors = check(fragmentBomb());
    expect(performance.now() - started).toBeLessThan(100);
    expect(errors.map((e) => e.extensions?.limit)).toContain('cost');
  });

  it('refuses too many aliases', () => {
    const q = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;
    expect(check(q)[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
  });

  it('prices connections by first, from literals and variables alike', () => {
    const q =
      'query($a: Int, $b: Int) { actors(first: $a) { edges { node { relationships(first: $b) { edges { node { target { claims(first: $a) { totalCount } } } } } } } } }';
    expect(cost(q, { a: 100, b: 100 })).toBeGreaterThan(900_000);
    expect(cost(q, { a: 2, b: 2 })).toBeLessThan(100);
    expect(cost(q, {})).toBe(cost(q, { a: 20, b: 20 })); // schema defaults
  });

  it('prices path searches by k and maxHops, so aliases of them add up', () => {
    const one = cost('{ paths(from: "a", to: "b", mode: K_SHORTEST, k: 10, maxHops: 8) { length } }');
    expect(one).toBeGreaterThan(cost('{ paths(from: "a", to: "b") { length } }') * 10);
    expect(one).toBeLessThan(50_000);
    expect(one * 7).toBeGreaterThan(50_000);
    expect(cost('{ neighbourhood(actorId: "a", depth: 3, limit: 500) { nodes { id } } }')).toBeGreaterThan(
      cost('{ neighbourhood(actorId: "a") { nodes { id } } }'),
    );
    expect(cost('{ connections(actorIds: ["a","b","c","d","e","f","g","h","i","j"], maxHops: 8) { nodes { id } } }')).toBeGreaterThan(
      30_000,
    );
    expect(cost('{ stats { actors } }')).toBeGreaterThan(100);
  });
});
