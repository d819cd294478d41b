import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has safe defaults and no default secret', () => {
    const c = loadConfig({});
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_PASSWORD).toBeUndefined();
    expect(c.API_TOKENS).toEqual([]);
    expect(c.REQUIRE_AUTH_FOR_READS).toBe(false);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('parses API tokens with their roles', () => {
    const c = loadConfig({ API_TOKENS: 'ana:editor:aaaaaaaaaaaaaaaaaaaa, bo:reader:bbbbbbbbbbbbbbbbbbbb' });
    expect(c.API_TOKENS).toEqual([
      { name: 'ana', role: 'editor', token: 'aaaaaaaaaaaaaaaaaaaa' },
      { name: 'bo', role: 'reader', token: 'bbbbbbbbbbbbbbbbbbbb' },
    ]);
  });

  it('refuses short tokens, unknown roles, a URI without password and bad numbers, naming each', () => {
    expect(() => loadConfig({ API_TOKENS: 'x:editor:short' })).toThrow(ConfigError);
    expect(() => loadConfig({ API_TOKENS: 'x:admin:aaaaaaaaaaaaaaaaaaaa' })).toThrow(/API_TOKENS/);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
    expect(() => loadConfig({ NEO4J_URI: 'http://db:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_LOCAL_HEAP: '1 gigabyte' })).toThrow(/NEO4J_LOCAL_HEAP/);
  });

  it('reads booleans the usual ways', () => {
    expect(loadConfig({ REQUIRE_AUTH_FOR_READS: 'true' }).REQUIRE_AUTH_FOR_READS).toBe(true);
    expect(loadConfig({ REQUIRE_AUTH_FOR_READS: '0' }).REQUIRE_AUTH_FOR_READS).toBe(false);
  });
});
