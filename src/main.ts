/**
 * `npm start`: Neo4j up (or connected), schema applied, sample graph loaded into an empty
 * database, GraphQL served; Ctrl-C (SIGINT) or SIGTERM drains HTTP, closes the driver and stops
 * the local Neo4j, so no process is left behind.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { browserPostConnect } from './http/neo4j-browser.ts';
import { createLogger } from './log.ts';
import { LocalNeo4jError } from './neo4j-local/errors.ts';
import { StartupError, startRuntime, type Runtime } from './startup.ts';

function banner(runtime: Runtime, apiUrl: string, localDir: string): string {
  const { db, server, seeded } = runtime;
  const passwordFile =
    path.relative(process.cwd(), path.join(localDir, 'instances', 'main', 'password')) ||
    path.join(localDir, 'instances', 'main', 'password');
  const login = db.source === 'local' ? `user neo4j, password in ${passwordFile}` : `user ${db.username} (password from NEO4J_PASSWORD)`;
  return [
    '',
    'conflict-graph is up',
    `  Explorer           ${apiUrl}/explore`,
    `  GraphQL API + IDE  ${apiUrl}/graphql`,
    `  Browser guide      ${apiUrl}/guide`,
    db.browserUrl
      ? `  Neo4j Browser      ${apiUrl}/browser/?dbms=${db.uri}   (${login}; served here under a strict CSP: no outside calls)`
      : `  Neo4j              ${db.uri}   (${login})`,
    `  Neo4j              ${server.edition} ${server.version}, database "${server.database}", ${db.source === 'local' ? 'local server started by this process' : 'server from NEO4J_URI'}`,
    seeded
      ? `  Sample graph       loaded: ${seeded.actors} actors, ${seeded.claims} claims, ${seeded.relationships} relationships`
      : '  Sample graph       not loaded (database not empty)',
    '  Stop with Ctrl-C.',
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const apiUrl = `http://${config.HOST}:${config.PORT}`;
  let runtime: Runtime;
  try {
    runtime = await startRuntime(config, logger, {
      instance: 'main',
      seedIfEmpty: config.SEED_ON_EMPTY,
      postConnectCommand: browserPostConnect(apiUrl),
    });
  } catch (err) {
    if (err instanceof LocalNeo4jError || err instanceof StartupError) {
      process.stderr.write(`\n${err instanceof LocalNeo4jError ? err.describe() : err.message}\n\n`);
      return 1;
    }
    logger.debug({ err }, 'start-up failed');
    process.stderr.write(`\nconflict-graph could not start: ${(err as Error).message}\n(run with LOG_LEVEL=debug for details)\n\n`);
    return 1;
  }
  const { app, apollo } = await createApp({ config, gateway: runtime.gateway, logger });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.once('error', reject);
  }).catch(async (err: NodeJS.ErrnoException) => {
    await runtime.close();
    process.stderr.write(
      `\nthe API could not listen on ${config.HOST}:${config.PORT} (${err.code ?? err.message}); set PORT to a free port.\n\n`,
    );
    process.exit(1);
  });
  process.stdout.write(banner(runtime, apiUrl, config.NEO4J_LOCAL_DIR));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
    await runtime.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  // If whatever started us (npm, a shell, a supervisor) goes without passing the signal on, we
  // are re-parented: stop as if signalled, so no API or Neo4j is left behind.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop('parent exited');
  }, 500).unref();
  return 0;
}

const code = await main();
if (code !== 0) process.exit(code);
