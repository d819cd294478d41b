/**
 * Section `explorer`: the explorer page (web/dist, served by the API at /explore) in Debian's
 * Chromium on the size's synthetic graph, through playwright-core like the e2e tests.
 *  - time to first graph: from navigation to the page reporting `ready` with the neighbourhood of
 *    the best-connected actor drawn (the explorer asks for up to 500 actors), median of 3 fresh pages;
 *  - frame time while dragging: a node dragged along 120 mouse steps, the gaps between animation
 *    frames recorded in the page (p50, p95, max);
 *  - bundle: the files of web/dist/assets, raw and gzipped (the size a browser downloads).
 * Targets (issue 14): first graph < 1 s on the 100k graph, bundle < 1 MB gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config.ts';
import type { RawRunner } from './raw.ts';
import { percentiles } from './stats.ts';

export interface ExplorerResult {
  hub: string;
  hubDegree: number;
  nodes: number;
  edges: number;
  firstGraphMs: { median: number; runs: number[] };
  /** The neighbourhood request alone (the API's share of the first graph), median of 3. */
  neighbourhoodApiMs: number;
  dragFrameMs: { p50: number; p95: number; max: number; frames: number };
  bundle: { files: number; rawBytes: number; gzipBytes: number };
}

const CHROMIUM_PATH = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Sizes of the built explorer's assets (web/dist/assets), raw and gzipped. */
export function bundleSize(dist = path.join(PROJECT_ROOT, 'web', 'dist')): ExplorerResult['bundle'] {
  const dir = path.join(dist, 'assets');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(js|css|woff2?)$/.test(f)) : [];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dir, f));
    rawBytes += bytes.length;
    gzipBytes += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, rawBytes, gzipBytes };
}

async function openView(browser: Browser, url: string): Promise<{ page: Page; ms: number; nodes: number; edges: number }> {
  // bypassCSP: the page's strict policy forbids evaluating strings, which the probes below are
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  // nothing but this machine: the page must work offline
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const started = performance.now();
  await page.goto(url);
  await page.waitForFunction("document.body.dataset.state === 'ready' && Number(document.body.dataset.nodes) > 0", null, {
    timeout: 120_000,
  });
  const ms = performance.now() - started;
  const shown = await page.evaluate<{ nodes: number; edges: number }>(
    '({ nodes: Number(document.body.dataset.nodes), edges: Number(document.body.dataset.edges) })',
  );
  return { page, ms, ...shown };
}

/** Drags the hub's node across the graph and returns the gaps between animation frames (ms). */
async function dragFrames(page: Page, hub: string): Promise<number[]> {
  const at = await page.evaluate<{ x: number; y: number }>(
    `window.__explorer.cy.getElementById(${JSON.stringify(hub)}).renderedPosition()`,
  );
  const box = (await page.locator('#graph').boundingBox())!;
  // a string, not a function: the bundler's helpers (keepNames' __name) do not exist in the page
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    function tick(now) {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.down();
  for (let k = 1; k <= 120; k++) await page.mouse.move(box.x + at.x + 200 * Math.sin(k / 10), box.y + at.y + 120 * Math.cos(k / 10));
  await page.mouse.up();
  return page.evaluate<number[]>('(() => { window.__recording = false; return window.__frames.slice(1); })()');
}

/** Runs the section against a running API over a loaded graph. */
export async function measureExplorer(apiUrl: string, runner: RawRunner, log: (m: string) => void): Promise<ExplorerResult> {
  const [top] = await runner.read(
    'MATCH (a:Actor) WITH a, COUNT { (a)--(:Actor) } AS degree RETURN a.id AS id, degree ORDER BY degree DESC LIMIT 1',
    {},
  );
  const hub = String(top?.get('id'));
  const hubDegree = Number(top?.get('degree') ?? 0);
  const url = `${apiUrl}/explore?a=${encodeURIComponent(hub)}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const runs: number[] = [];
    let last: Awaited<ReturnType<typeof openView>> | undefined;
    for (let k = 0; k < 3; k++) {
      await last?.page.close();
      last = await openView(browser, url);
      runs.push(Math.round(last.ms));
      log(`explorer: first graph of ${hub} (${last.nodes} actors, ${last.edges} ties) in ${runs.at(-1)} ms`);
    }
    const frames = await dragFrames(last!.page, hub);
    const apiRuns: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const res = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query($a: ID!) { neighbourhood(actorId: $a, depth: 1, limit: 500, evidence: ALL) { nodes { id name kind } edges { id type } } }',
          variables: { a: hub },
        }),
      });
      await res.text();
      apiRuns.push(performance.now() - t0);
    }
    const p = percentiles(frames);
    return {
      hub,
      hubDegree,
      nodes: last!.nodes,
      edges: last!.edges,
      firstGraphMs: { median: [...runs].sort((a, b) => a - b)[1]!, runs },
      neighbourhoodApiMs: Math.round(apiRuns.sort((a, b) => a - b)[1]!),
      dragFrameMs: {
        p50: Math.round(p.p50 * 10) / 10,
        p95: Math.round(p.p95 * 10) / 10,
        max: Math.round(Math.max(0, ...frames) * 10) / 10,
        frames: frames.length,
      },
      bundle: bundleSize(),
    };
  } finally {
    await browser.close();
  }
}
