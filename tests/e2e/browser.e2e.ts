/**
 * The end-to-end checks, as a person would do them in a real browser (Chromium driven by
 * playwright-core): Neo4j Browser draws the sample graph, the project's guide opens in it,
 * GraphiQL answers a search, and every query of the guide runs on the sample graph.
 *
 * The checks only use what `run.ts` hands them (URLs, credentials, a browser context that
 * refuses every request not addressed to this machine); `run.ts` starts and stops everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Gateway } from '../../src/graph/gateway.ts';
import { KNOWN_ACTORS } from '../../src/knowledge/actors.ts';

export const CHROMIUM_PATH = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface E2eEnv {
  /** The API, e.g. http://127.0.0.1:41234 */
  apiUrl: string;
  /** Neo4j Browser as the project serves it, e.g. http://127.0.0.1:41234/browser/ */
  browserUrl: string;
  /** Neo4j's own Browser (no CSP), e.g. http://127.0.0.1:41235/browser/, for the offline comparison. */
  neo4jBrowserUrl: string;
  /** Every request to another host the context refused, as it grows (see allowLocalOnly). */
  refused: string[];
  /** An editor token the app accepts. */
  editorToken: string;
  boltPort: number;
  username: string;
  password: string;
  gateway: Gateway;
  /** Where screenshots go (tests/artifacts). */
  artifactsDir: string;
  /** When set, README pictures are written there too (docs/). */
  docsDir: string | null;
  guideFile: string;
}

export interface E2eCheck {
  name: string;
  run(env: E2eEnv, session: BrowserSession): Promise<void>;
}

/** One browser context shared by the checks, with one logged-in Neo4j Browser page. */
export class BrowserSession {
  private neo4jPage: Page | undefined;
  constructor(
    readonly context: BrowserContext,
    private readonly env: E2eEnv,
  ) {}

  /** The Neo4j Browser page (the project's copy), logged in on first use. */
  async neo4jBrowser(): Promise<Page> {
    if (this.neo4jPage) return this.neo4jPage;
    this.neo4jPage = await this.loginTo(this.env.browserUrl);
    return this.neo4jPage;
  }

  /** Opens a Browser at `url` in a new page and logs in. */
  async loginTo(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`${url}?dbms=bolt://127.0.0.1:${this.env.boltPort}`);
    // A Browser of the same origin logged in before reconnects by itself (its session is kept).
    const form = page.locator('input[data-testid="username"]');
    const connected = page.getByText('You are connected as user', { exact: false }).first();
    await Promise.race([form.waitFor({ timeout: 30_000 }), connected.waitFor({ timeout: 30_000 })]).catch(() => {});
    if (!(await form.isVisible())) return page;
    await form.fill(this.env.username);
    await page.locator('input[data-testid="password"]').fill(this.env.password);
    await page.locator('button[data-testid="connect"]').click();
    await page.locator('input[data-testid="password"]').waitFor({ state: 'detached', timeout: 30_000 });
    return page;
  }
}

// The pages are served from 127.0.0.1: any other host — even another name of this machine — is counted.
const isLocal = (url: URL) => url.hostname === '127.0.0.1';

/**
 * Refuses every request not addressed to 127.0.0.1 — HTTP(S) and WebSockets alike (a Bolt or
 * telemetry socket to another host counts too); returns the list of what it refused, as it grows.
 */
export async function allowLocalOnly(context: BrowserContext): Promise<string[]> {
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (isLocal(url)) return route.continue();
    refused.push(url.origin);
    return route.abort('blockedbyclient');
  });
  // Only sockets to other hosts are routed (and closed); local ones (Browser's Bolt) go straight through.
  await context.routeWebSocket(
    (url) => !isLocal(url),
    (ws) => {
      refused.push(new URL(ws.url()).origin);
      return ws.close({ code: 1008, reason: 'e2e: offline' });
    },
  );
  return refused;
}

/** Types a command into Browser's editor and runs it (insertText: no auto-closed brackets). */
export async function runCommand(page: Page, command: string): Promise<void> {
  await page.locator('#monaco-main-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(command);
  await page.locator('[data-testid="editor-Run"]').click();
}

/** Captions of the nodes drawn in the newest graph frame. */
export async function drawnCaptions(page: Page): Promise<string[]> {
  await page.locator('svg g.node').first().waitFor({ timeout: 45_000 });
  await page.waitForTimeout(1500); // let the force layout settle before reading and shooting
  return page.$$eval('svg g.node', (nodes) => nodes.map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Folds the graph frame's overview panel away and fits the drawing to the frame, for pictures. */
async function tidyGraph(page: Page): Promise<void> {
  const collapse = page.locator('button[title="Collapse the node properties display"]').first();
  if (await collapse.isVisible()) await collapse.click();
  const fit = page.locator('button[aria-label="zoom-to-fit"]').first();
  if (await fit.isVisible()) await fit.click();
  await page.waitForTimeout(800);
}

export async function screenshot(page: Page, env: E2eEnv, file: string, docsFile?: string): Promise<void> {
  fs.mkdirSync(env.artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(env.artifactsDir, file) });
  if (docsFile && env.docsDir) fs.mkdirSync(path.dirname(path.join(env.docsDir, docsFile)), { recursive: true });
  if (docsFile && env.docsDir) await page.screenshot({ path: path.join(env.docsDir, docsFile) });
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const ACTOR_NAMES = new Set(KNOWN_ACTORS.map((a) => a.name));

/** Neo4j Browser: styled sheltering/mediation graph with actor captions. */
const graphCheck: E2eCheck = {
  name: 'Neo4j Browser draws the SHELTERS|MEDIATES graph with actor names',
  async run(env, session) {
    const page = await session.neo4jBrowser();
    // Browser fetches the style over HTTP; on a loaded machine that can be slow, so allow one retry.
    await runCommand(page, `:style ${env.apiUrl}/guide/style.grass`);
    const styled = page.getByText('text-color-internal').first();
    if (
      !(await styled.waitFor({ timeout: 30_000 }).then(
        () => true,
        () => false,
      ))
    ) {
      await runCommand(page, `:style ${env.apiUrl}/guide/style.grass`);
      await styled.waitFor({ timeout: 30_000 });
    }
    await runCommand(page, ':clear');
    await runCommand(page, 'MATCH p=()-[:SHELTERS|MEDIATES]->() RETURN p');
    const captions = await drawnCaptions(page);
    assert(captions.length >= 4, `expected at least 4 nodes drawn, saw ${captions.length}`);
    const named = captions.filter((c) => ACTOR_NAMES.has(c));
    assert(named.length > 0, `no node caption is a known actor name: ${JSON.stringify(captions)}`);
    assert(captions.includes('Sirajuddin Haqqani'), `Sirajuddin Haqqani is not drawn: ${JSON.stringify(captions)}`);
    // The project's style is applied: a Person is amber, an armed group red (browser/style.grass).
    const fills = await page.$$eval('svg g.node', (nodes) =>
      Object.fromEntries(
        nodes.map((n) => [
          (n.textContent ?? '').replace(/\s+/g, ' ').trim(),
          (n.querySelector('circle.b-outline') ?? n.querySelector('circle'))?.getAttribute('fill') ?? '',
        ]),
      ),
    );
    assert(
      fills['Sirajuddin Haqqani']?.toUpperCase() === '#F2B134',
      `the style is not applied: Sirajuddin Haqqani is drawn in ${fills['Sirajuddin Haqqani']}`,
    );
    await tidyGraph(page);
    await screenshot(page, env, 'browser-graph.png');
  },
};

/** The guide opens with `:play`, and a runnable block runs from it. */
const guideCheck: E2eCheck = {
  name: 'the guide opens with :play and its first query runs',
  async run(env, session) {
    const page = await session.neo4jBrowser();
    await runCommand(page, ':clear');
    await runCommand(page, `:play ${env.apiUrl}/guide`);
    const heading = page.getByRole('heading', { name: /who is tied to whom/ }).first();
    await heading.waitFor({ timeout: 15_000 });
    const slides = (fs.readFileSync(env.guideFile, 'utf8').match(/<slide\b/g) ?? []).length;
    assert(
      await page.getByText(`1 / ${slides}`).first().isVisible(),
      `the guide does not show "1 / ${slides}" (its first of ${slides} slides)`,
    );
    await page.locator('pre.runnable', { hasText: 'count(*) AS actors' }).first().click();
    await page.locator('[data-testid="editor-Run"]').click();
    // Browser's table view shows strings quoted: "ArmedGroup".
    await page
      .getByText(/^"?ArmedGroup"?$/)
      .first()
      .waitFor({ timeout: 15_000 });
    await screenshot(page, env, 'browser-guide.png');
    if (env.docsDir) {
      // README picture: the guide in Browser's sidebar beside the styled graph.
      await runCommand(page, ':clear');
      await runCommand(page, 'MATCH p=()-[:SHELTERS|MEDIATES]->() RETURN p');
      await drawnCaptions(page);
      await tidyGraph(page);
      await runCommand(page, `:guide ${env.apiUrl}/guide`);
      await page.getByText('Next', { exact: true }).first().waitFor({ timeout: 15_000 });
      for (let i = 0; i < 4; i++) await page.getByText('Next', { exact: true }).first().click();
      await page.waitForTimeout(800);
      await screenshot(page, env, 'browser-sidebar-guide.png', 'browser.png');
    }
  },
};

/** GraphiQL: the first example operation finds the TTP. */
const graphiqlCheck: E2eCheck = {
  name: 'GraphiQL runs SearchActors and shows Tehreek-e-Taliban Pakistan',
  async run(env, session) {
    const page = await session.context.newPage();
    try {
      await page.goto(`${env.apiUrl}/graphql`);
      const run = page.locator('.graphiql-execute-button');
      await run.waitFor({ timeout: 20_000 });
      await run.click();
      await page.locator('[role="menuitem"]', { hasText: 'SearchActors' }).click();
      const result = page.locator('.result-window');
      await result.getByText('Tehreek-e-Taliban Pakistan').first().waitFor({ timeout: 15_000 });
      const text = await result.innerText();
      assert(!/"errors"/.test(text), `the result has errors: ${text.slice(0, 300)}`);
      await screenshot(page, env, 'graphiql.png', 'graphiql.png');
    } finally {
      await page.close();
    }
  },
};

/** The runnable blocks of browser/guide.html, entities decoded, in order. */
export function guideBlocks(html: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<pre[^>]*class="[^"]*\brunnable\b[^"]*"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => decode(m[1] ?? '').trim());
}

/** Every Cypher query of the guide runs on the sample graph and returns rows. */
const guideQueriesCheck: E2eCheck = {
  name: 'every query of the guide runs on the sample graph and returns rows',
  async run(env) {
    const blocks = guideBlocks(fs.readFileSync(env.guideFile, 'utf8'));
    assert(blocks.length >= 15, `expected at least 15 runnable blocks, found ${blocks.length}`);
    const params: Record<string, unknown> = {};
    const failures: string[] = [];
    for (const block of blocks) {
      if (block.startsWith(':param')) {
        for (const line of block
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)) {
          const m = /^:param\s+(\w+)\s*=>\s*(.+)$/s.exec(line);
          assert(m?.[1] && m[2], `cannot read the :param line ${line}`);
          const [row] = await env.gateway.read(`RETURN ${m[2]} AS value`);
          params[m[1]] = row?.value;
        }
        continue;
      }
      if (block.startsWith(':')) continue; // other Browser commands (:style) are checked in the browser
      try {
        const rows = await env.gateway.read(block, params);
        if (rows.length === 0) failures.push(`no rows: ${block.split('\n')[0]}`);
      } catch (err) {
        failures.push(`${(err as Error).message.split('\n')[0]}: ${block.split('\n')[0]}`);
      }
    }
    assert(failures.length === 0, failures.join('\n  '));
  },
};

export const CHECKS: readonly E2eCheck[] = [graphCheck, guideCheck, graphiqlCheck, guideQueriesCheck];
