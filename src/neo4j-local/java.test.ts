import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LocalNeo4jError } from './errors.ts';
import { findJava, parseJavaMajor } from './java.ts';
import { renderConfig } from './instance.ts';

describe('Java detection for the local Neo4j', () => {
  it('reads the major version from java -version output', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('nonsense')).toBeUndefined();
  });

  it('fails with JAVA_MISSING and the fixes when no java is on PATH', () => {
    try {
      findJava({ PATH: '/nonexistent' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(LocalNeo4jError);
      const e = err as LocalNeo4jError;
      expect(e.code).toBe('JAVA_MISSING');
      expect(e.describe()).toMatch(/Java 17/);
      expect(e.describe()).toMatch(/NEO4J_URI/);
      expect(e.describe()).toMatch(/docker compose up/);
    }
  });

  it('refuses an unsupported Java version', () => {
    const dir = '/usr/lib/jvm';
    const other = fs.existsSync(dir) ? fs.readdirSync(dir).find((d) => /temurin-25|-25-/.test(d)) : undefined;
    if (!other) return; // only machines with a second JDK can show this
    expect(() => findJava({ JAVA_HOME: `${dir}/${other}`, PATH: process.env.PATH })).toThrow(/runs only on Java 17 or 21/);
  });
});

describe('neo4j.conf rendering', () => {
  const values = {
    BOLT_PORT: '7687',
    HTTP_PORT: '7474',
    HEAP: '512m',
    PAGECACHE: '256m',
    DATA_DIR: '/d',
    LOGS_DIR: '/l',
    RUN_DIR: '/r',
    PLUGINS_DIR: '/p',
    IMPORT_DIR: '/i',
    POST_CONNECT_CMD: ':play x',
    GUIDE_HOSTS: 'localhost',
  };

  it('listens on loopback only, sets memory and turns usage reporting off', () => {
    const conf = renderConfig(values);
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7687');
    expect(conf).toContain('server.memory.heap.max_size=512m');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).not.toMatch(/\{\{\w+\}\}/);
  });

  it('fails on a missing value instead of writing a broken file', () => {
    const { HEAP: _, ...missing } = values;
    expect(() => renderConfig(missing)).toThrow(/HEAP/);
  });
});
