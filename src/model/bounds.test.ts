import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../config.ts';
import { NEIGHBOURHOOD_BOUNDS, PATH_BOUNDS } from './bounds.ts';

const query = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8')).getType('Query') as GraphQLObjectType;
const defaultOf = (field: string, arg: string) => query.getFields()[field]!.args.find((a) => a.name === arg)!.defaultValue;

describe('search bounds are defined once', () => {
  it('schema.graphql shows the same defaults as src/model/bounds.ts', () => {
    for (const field of ['paths', 'pathSearch']) {
      expect(defaultOf(field, 'maxHops')).toBe(PATH_BOUNDS.maxHops.default);
      expect(defaultOf(field, 'k')).toBe(PATH_BOUNDS.k.default);
    }
    expect(defaultOf('connections', 'maxHops')).toBe(PATH_BOUNDS.connectionsMaxHops.default);
    expect(defaultOf('neighbourhood', 'depth')).toBe(NEIGHBOURHOOD_BOUNDS.depth.default);
    expect(defaultOf('neighbourhood', 'limit')).toBe(NEIGHBOURHOOD_BOUNDS.limit.default);
  });
});
