/**
 * Helpers for the explorer's e2e flows: open it, wait until it is idle, read what it shows
 * (the counts it writes on <body>, and Cytoscape's elements through `window.__explorer`),
 * call the API as the test's editor, and ingest the test's article once per run.
 */
import type { Page } from 'playwright-core';
import type { E2eEnv } from './browser.e2e.ts';

/** Waits until the explorer has finished loading and laying out. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
}

/** Opens the explorer (optionally with a view query string) and waits until it is idle. */
export async function openExplorer(page: Page, env: E2eEnv, query = ''): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${env.apiUrl}/explore${query}`);
  await idle(page);
}

/** The numbers of actors and ties shown. */
export async function shown(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => ({ nodes: Number(document.body.dataset.nodes), edges: Number(document.body.dataset.edges) }));
}

interface Cy {
  nodes(): { filter(f: (n: { id(): string; hasClass(c: string): boolean }) => boolean): { map<T>(f: (n: { id(): string }) => T): T[] } };
  getElementById(id: string): { empty(): boolean; hasClass(c: string): boolean; renderedPosition(): { x: number; y: number } };
  edges(): { filter(f: (e: { hasClass(c: string): boolean }) => boolean): { map<T>(f: (e: { id(): string }) => T): T[] } };
}

/** Ids of the shown actors, or ties. */
export async function shownIds(page: Page, what: 'nodes' | 'edges'): Promise<string[]> {
  return page.evaluate((w) => {
    const cy = (window as unknown as { __explorer: { cy: Cy } }).__explorer.cy;
    return w === 'nodes'
      ? cy
          .nodes()
          .filter((n) => !n.hasClass('filtered'))
          .map((n) => n.id())
      : cy
          .edges()
          .filter((e) => !e.hasClass('filtered'))
          .map((e) => e.id());
  }, what);
}

/** Double-clicks an actor where it is drawn. */
export async function doubleClickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate(
    (nodeId) => (window as unknown as { __explorer: { cy: Cy } }).__explorer.cy.getElementById(nodeId).renderedPosition(),
    id,
  );
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.dblclick(box.x + at.x, box.y + at.y);
}

/** Searches in the header and picks the suggestion whose text contains `pick`. */
export async function searchAndPick(page: Page, text: string, pick: string): Promise<void> {
  await page.locator('#search-input').fill(text);
  await page.locator('#search-results .option', { hasText: pick }).first().click();
  await idle(page);
}

/** One GraphQL call to the app as the test's editor. */
export async function api<T = any>(env: E2eEnv, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${env.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${env.editorToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(`API: ${body.errors[0]!.message}`);
  return body.data;
}

/** The article the flows ingest (through the real ingestArticle mutation and parser), once. */
export const ARTICLE_TEXT = [
  'Haqqani hosts new round of talks',
  'KABUL: Sirajuddin Haqqani mediated talks between the TTP and the Pakistani government in Kabul on Monday, officials said.',
  'The TTP attacked a Pakistan Army convoy in North Waziristan last week.',
].join('\n');

let ingested: Promise<{ claims: number }> | undefined;

/** Ingests ARTICLE_TEXT as the editor (first call only); later calls share the result. */
export function ingestOnce(env: E2eEnv): Promise<{ claims: number }> {
  ingested ??= api<{ ingestArticle: { claims: number } }>(
    env,
    `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { claims } }`,
    {
      i: { text: ARTICLE_TEXT, title: 'Haqqani hosts new round of talks', publisher: 'e2e wire', publishedAt: '2025-03-10' },
    },
  ).then((d) => d.ingestArticle);
  return ingested;
}

/**
 * Visible controls (inputs, selects, buttons, suggestions) whose text has a contrast ratio under
 * 4.5:1 (WCAG AA) against the background they are drawn on (the first ancestor with one).
 * Passed as a string: the test's bundler helpers do not exist in the page.
 */
export async function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const rgba = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        const a = c.length > 3 ? c[3] : 1;
        if (a > 0) return c.slice(0, 3).map((v) => v * a + 255 * (1 - a));
      }
      return [255, 255, 255];
    };
    const bad = [];
    for (const el of document.querySelectorAll('input:not([type=range]):not([type=checkbox]):not([type=radio]), select, button, [role=option]')) {
      const box = el.getBoundingClientRect();
      if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue;
      const fg = lum(rgba(getComputedStyle(el).color));
      const bg = lum(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5) bad.push((el.id ? '#' + el.id : el.tagName.toLowerCase() + ' "' + (el.textContent || '').trim().slice(0, 30) + '"') + ' ' + ratio.toFixed(2) + ':1');
    }
    return bad;
  })()`);
}
