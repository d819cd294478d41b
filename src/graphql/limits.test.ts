import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLimitRule } from './limits.ts';

const schema = buildSchema(`
  type Query { actors(first: Int): [Actor!]! actor: Actor }
  type Actor { id: ID! friends(first: Int): [Actor!]! }
`);
const run = (q: string, depth = 5, cost = 1000) => validate(schema, parse(q), [createLimitRule(depth, cost)]);

describe('depth and cost limits', () => {
  it('accepts a modest query', () => {
    expect(run('{ actors(first: 10) { id friends(first: 5) { id } } }')).toEqual([]);
  });

  it('refuses a query nested too deeply, following fragments', () => {
    const errors = run('{ actor { ...F } } fragment F on Actor { friends { friends { friends { friends { id } } } } }');
    expect(errors[0]?.message).toMatch(/too deep/);
  });

  it('prices list fields by the page they ask for', () => {
    const errors = run('{ actors(first: 100) { friends(first: 100) { id } } }');
    expect(errors[0]?.message).toMatch(/too expensive/);
  });

  it('ignores introspection fields', () => {
    expect(run('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }', 2)).toEqual([]);
  });
});
