/**
 * `npm run test:e2e`: the end-to-end test in a real browser.
 *
 * 1. Builds the explorer (web/ into web/dist), starts its own throwaway local Neo4j (instance
 *    `e2e-<random>` on free ports, so a running `npm start` is never touched), loads the sample
 *    graph, and serves the app on a free port.
 * 2. Launches Debian's Chromium (scripts/install-chromium.sh installs it) through
 *    playwright-core, refusing every request not addressed to this machine: the pages must
 *    work offline.
 * 3. Runs the checks of browser.e2e.ts one after another, prints one line per check and the
 *    summary `e2e: N passed, M failed`, and exits non-zero when one failed.
 * 4. Stops Chromium, the app and Neo4j and deletes the instance folder, whatever happened
 *    (also on Ctrl-C).
 *
 * Screenshots go to tests/artifacts/. With E2E_UPDATE_DOCS=1 the README pictures
 * (docs/browser.png, docs/graphiql.png, docs/screenshots/explorer-*.png) are refreshed too.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import { browserPostConnect } from '../../src/http/neo4j-browser.ts';
import { createLogger } from '../../src/log.ts';
import { findFreePort } from '../../src/neo4j-local/ports.ts';
import { startRuntime, type Runtime } from '../../src/startup.ts';
import { allowLocalOnly, BrowserSession, CHECKS as BROWSER_CHECKS, CHROMIUM_ARGS, CHROMIUM_PATH, type E2eEnv } from './browser.e2e.ts';
import { EXPLORER_CHECKS } from './explorer.e2e.ts';
import { OFFLINE_CHECKS } from './offline.e2e.ts';

// E2E_ONLY=regex runs the checks whose names match (for working on one flow).
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : null;
const CHECKS = [...BROWSER_CHECKS, ...EXPLORER_CHECKS, ...OFFLINE_CHECKS].filter((c) => !only || only.test(c.name));

const CHECK_TIMEOUT_MS = 120_000;
/** The editor token of the run (the review flow enters it in the explorer). */
const E2E_EDITOR_TOKEN = `e2e-${randomBytes(12).toString('hex')}`;

/** Rejects when the promise takes longer than `ms` (a hung page must not hang CI). */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Screenshots of every open page, to see why a check failed. */
async function shootAll(context: BrowserContext, dir: string, prefix: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const [i, page] of context.pages().entries())
    await page.screenshot({ path: path.join(dir, `${prefix}-page${i + 1}.png`) }).catch(() => {});
}

async function main(): Promise<number> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    process.stderr.write(
      `e2e: Chromium not found at ${CHROMIUM_PATH}; install it with \`bash scripts/install-chromium.sh\` (or set E2E_CHROMIUM).\ne2e: 0 passed, ${CHECKS.length} failed\n`,
    );
    return 1;
  }
  // The page under test is web/dist: rebuilt from web/src first (under a second), never a stale build.
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
  const apiPort = await findFreePort();
  const boltPort = await findFreePort();
  const httpPort = await findFreePort();
  const instance = `e2e-${randomBytes(4).toString('hex')}`;
  // A generous query timeout: CI machines are small and may be busy.
  // The e2e needs the local Neo4j (Browser is served by it), so a NEO4J_URI in the environment is ignored.
  const { NEO4J_URI: _ignored, NEO4J_PASSWORD: _ignoredToo, ...env } = process.env;
  const config = loadConfig({
    ...env,
    API_TOKENS: `e2e-editor:editor:${E2E_EDITOR_TOKEN}`,
    PORT: String(apiPort),
    NEO4J_LOCAL_BOLT_PORT: String(boltPort),
    NEO4J_LOCAL_HTTP_PORT: String(httpPort),
    QUERY_TIMEOUT_MS: env.QUERY_TIMEOUT_MS ?? '60000',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  });
  const instanceDir = path.join(config.NEO4J_LOCAL_DIR, 'instances', instance);
  const logger = createLogger(config.LOG_LEVEL);

  let runtime: Runtime | undefined;
  let server: Server | undefined;
  let stopApollo: (() => Promise<void>) | undefined;
  let browser: Browser | undefined;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await browser?.close().catch(() => {});
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    await stopApollo?.().catch(() => {});
    await runtime?.close().catch((err: Error) => process.stderr.write(`e2e: stopping Neo4j: ${err.message}\n`));
    fs.rmSync(instanceDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\ne2e: ${signal}, stopping\n`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let passed = 0;
  let failed = 0;
  try {
    process.stdout.write(`e2e: starting Neo4j (instance ${instance}, bolt ${boltPort}, http ${httpPort}) and the API on ${apiPort}\n`);
    runtime = await startRuntime(config, logger, {
      instance,
      seedIfEmpty: true,
      postConnectCommand: browserPostConnect(`http://127.0.0.1:${apiPort}`),
    });
    if (!runtime.seeded || runtime.seeded.claims === 0) throw new Error('the sample graph was not loaded into the fresh database');
    const { app, apollo } = await createApp({ config, gateway: runtime.gateway, logger });
    stopApollo = () => apollo.stop();
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(apiPort, '127.0.0.1', () => resolve(s));
      s.once('error', reject);
    });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    context.setDefaultTimeout(20_000);
    const refused = await allowLocalOnly(context);

    const e2eEnv: E2eEnv = {
      apiUrl: `http://127.0.0.1:${apiPort}`,
      // Browser as the project serves it (strict CSP); Neo4j's own copy only for the offline comparison.
      browserUrl: `http://127.0.0.1:${apiPort}/browser/`,
      neo4jBrowserUrl: runtime.db.browserUrl ?? `http://127.0.0.1:${httpPort}/browser/`,
      refused,
      boltPort,
      username: runtime.db.username,
      password: runtime.db.password,
      gateway: runtime.gateway,
      artifactsDir: path.join(PROJECT_ROOT, 'tests', 'artifacts'),
      docsDir: process.env.E2E_UPDATE_DOCS === '1' ? path.join(PROJECT_ROOT, 'docs') : null,
      guideFile: path.join(PROJECT_ROOT, 'browser', 'guide.html'),
      editorToken: E2E_EDITOR_TOKEN,
    };
    const session = new BrowserSession(context, e2eEnv);
    for (const check of CHECKS) {
      const started = Date.now();
      try {
        await withTimeout(check.run(e2eEnv, session), CHECK_TIMEOUT_MS, check.name);
        passed += 1;
        process.stdout.write(`  ok    ${check.name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      } catch (err) {
        failed += 1;
        await shootAll(context, e2eEnv.artifactsDir, `failed-${passed + failed}`);
        process.stdout.write(`  FAIL  ${check.name}\n        ${(err as Error).message.split('\n').join('\n        ')}\n`);
      }
    }
    const origins = [...new Set(refused)];
    process.stdout.write(
      `e2e: offline: ${refused.length} request(s) to other hosts refused${origins.length ? ` (${origins.join(', ')})` : ''}\n`,
    );
  } catch (err) {
    failed = CHECKS.length - passed;
    process.stdout.write(`e2e: could not run: ${(err as Error).message}\n`);
  } finally {
    await cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

process.exit(await main());
