/**
 * One local Neo4j instance: a home folder with `conf/`, `data/`, `logs/`, `run/`, `plugins/`,
 * a `neo4j.conf` generated from `neo4j-local/neo4j.conf.template`, and the generated password
 * (`password`, mode 0600) set as the initial password before the first start, so the server
 * never runs with neo4j/neo4j.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { LocalNeo4jError } from './errors.ts';
import type { JavaRuntime } from './java.ts';
import { generatePassword } from './password.ts';

export interface InstanceOptions {
  homeDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pagecache: string;
  /** Browser commands run after login, without their colon and separated by `;`, e.g. `play http://127.0.0.1:4000/guide`. */
  postConnectCommand?: string;
  /** Hosts Browser may load guides from. */
  guideHosts?: string[];
}

export interface Instance {
  homeDir: string;
  confDir: string;
  logFile: string;
  password: string;
}

const TEMPLATE = path.join(PROJECT_ROOT, 'neo4j-local', 'neo4j.conf.template');

/** Fills the template; every placeholder must be given (a leftover one is a bug, not a setting). */
export function renderConfig(values: Record<string, string>): string {
  const text = fs.readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`neo4j.conf.template: no value for ${whole}`);
    return value;
  });
  return text;
}

/** Creates or refreshes the instance folder and returns where things are and the password. */
export function prepareInstance(options: InstanceOptions, java: JavaRuntime, libDir: string): Instance {
  const home = path.resolve(options.homeDir);
  const dirs = { conf: 'conf', data: 'data', logs: 'logs', run: 'run', plugins: 'plugins', import: 'import' };
  // Owner only: the store, the logs and the password are nobody else's business.
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  fs.chmodSync(home, 0o700);
  for (const d of Object.values(dirs)) {
    fs.mkdirSync(path.join(home, d), { recursive: true, mode: 0o700 });
    fs.chmodSync(path.join(home, d), 0o700);
  }
  const confDir = path.join(home, dirs.conf);
  const confFile = path.join(confDir, 'neo4j.conf');
  fs.writeFileSync(
    confFile,
    renderConfig({
      BOLT_PORT: String(options.boltPort),
      HTTP_PORT: String(options.httpPort),
      HEAP: options.heap,
      PAGECACHE: options.pagecache,
      DATA_DIR: path.join(home, dirs.data),
      LOGS_DIR: path.join(home, dirs.logs),
      RUN_DIR: path.join(home, dirs.run),
      PLUGINS_DIR: path.join(home, dirs.plugins),
      IMPORT_DIR: path.join(home, dirs.import),
      POST_CONNECT_CMD: options.postConnectCommand ?? '',
      GUIDE_HOSTS: (options.guideHosts ?? ['localhost', '127.0.0.1']).join(','),
    }),
    { mode: 0o600 },
  );
  fs.chmodSync(confFile, 0o600);
  const password = ensurePassword(home, confDir, java, libDir);
  return { homeDir: home, confDir, logFile: path.join(home, dirs.logs, 'neo4j.log'), password };
}

/**
 * Returns the instance's password, setting it whenever the store is new. The system database
 * only exists after a first start, so its absence means "never started": then the password
 * (the one in the file, or a new one) is set with neo4j-admin before the start — also when
 * `data/` was deleted but the password file kept, which would otherwise leave neo4j/neo4j.
 */
function ensurePassword(home: string, confDir: string, java: JavaRuntime, libDir: string): string {
  const file = path.join(home, 'password');
  const started = fs.existsSync(path.join(home, 'data', 'databases', 'system'));
  const kept = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  if (started && kept) {
    fs.chmodSync(file, 0o600);
    return kept;
  }
  if (started) {
    throw new LocalNeo4jError(
      'BAD_CONFIG',
      `the local database in ${home} was started before but its password file is gone. Delete ${path.join(home, 'data')} to start afresh (its data is lost), or set NEO4J_URI/NEO4J_PASSWORD to use it with a password you know.`,
    );
  }
  const password = kept && !kept.startsWith('-') ? kept : generatePassword();
  const result = spawnSync(
    java.executable,
    ['-cp', `${libDir}/*`, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', '--', password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir } },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(
      'START_FAILED',
      'could not set the initial password with neo4j-admin.',
      `${result.stdout}${result.stderr}`.trim().split('\n').slice(-8),
    );
  }
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return password;
}

/** The last lines of a log file, or none when it does not exist. */
export function tailFile(file: string, lines = 12): string[] {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines);
  } catch {
    return [];
  }
}
