/**
 * Nothing leaves the machine: the explorer and Neo4j Browser (as the project serves it, under
 * its strict CSP) make no request to another host, counted from the page's first load (the
 * explorer) or from login (Browser) to 10 s after. As a control that the counter can see such
 * requests, Neo4j's own copy of the same Browser (no CSP) is opened the same way and must try
 * at least one outside host — which is why the project serves its own.
 */
import type { Page } from 'playwright-core';
import { assert, drawnCaptions, runCommand, screenshot, type E2eCheck } from './browser.e2e.ts';

const QUIET_MS = 10_000;

/** Hosts other than this machine that `during` tried to reach (the context refuses them all). */
async function outsideDuring(refused: string[], during: () => Promise<unknown>): Promise<string[]> {
  const before = refused.length;
  await during();
  return [...new Set(refused.slice(before))];
}

const explorerOffline: E2eCheck = {
  name: 'offline: the explorer makes 0 requests to other hosts (load, search, graph, 10 s)',
  async run(env, session) {
    const page = await session.context.newPage();
    try {
      const outside = await outsideDuring(env.refused, async () => {
        const res = await page.goto(`${env.apiUrl}/explore?a=ttp`);
        assert(
          /default-src 'none'/.test(res?.headers()['content-security-policy'] ?? ''),
          'the explorer is served without its Content-Security-Policy',
        );
        await page.waitForFunction(() => document.body.dataset.state === 'ready' && Number(document.body.dataset.nodes) > 1, null, {
          timeout: 60_000,
        });
        await page.waitForTimeout(QUIET_MS);
      });
      assert(outside.length === 0, `the explorer tried to reach ${outside.join(', ')}`);
    } finally {
      await page.close();
    }
  },
};

const browserOffline: E2eCheck = {
  name: 'offline: Neo4j Browser served by the project makes 0 outside requests from login to 10 s after (its own copy tries some)',
  async run(env, session) {
    let own: Page | undefined;
    let served: Page | undefined;
    try {
      const servedOutside = await outsideDuring(env.refused, async () => {
        served = await session.loginTo(env.browserUrl);
        await served.waitForTimeout(QUIET_MS);
      });
      assert(servedOutside.length === 0, `the project's Browser tried to reach ${servedOutside.join(', ')}`);
      // Post-connect: the guide is open, "connect result nodes" is off, no CSS frame is left.
      await served!
        .getByRole('heading', { name: /who is tied to whom/ })
        .first()
        .waitFor({ timeout: 20_000 });
      await screenshot(served!, env, 'browser-served.png');
      assert(
        !(await served!
          .getByText('text-color-internal')
          .first()
          .isVisible()
          .catch(() => false)),
        'a :style frame left its CSS in the stream',
      );
      const settings = await served!.evaluate(() => JSON.parse(localStorage.getItem('neo4j.settings') ?? '{}'));
      assert(settings.autoComplete === false, `"connect result nodes" is on (autoComplete: ${settings.autoComplete})`);
      // The project's style is there without any :style command (the setup script wrote it).
      await runCommand(served!, 'MATCH p=()-[:SHELTERS|MEDIATES]->() RETURN p');
      await drawnCaptions(served!);
      const fill = await served!.$$eval(
        'svg g.node',
        (nodes) =>
          nodes
            .filter((n) => (n.textContent ?? '').includes('Sirajuddin Haqqani'))
            .map((n) => (n.querySelector('circle.b-outline') ?? n.querySelector('circle'))?.getAttribute('fill'))[0],
      );
      assert(fill?.toUpperCase() === '#F2B134', `the project's style is not applied: Sirajuddin Haqqani is drawn in ${fill}`);
      const ownOutside = await outsideDuring(env.refused, async () => {
        own = await session.loginTo(env.neo4jBrowserUrl);
        await own.waitForTimeout(QUIET_MS);
      });
      assert(ownOutside.length > 0, 'control failed: Neo4j’s own Browser made no outside request, so the counter proves nothing');
      process.stdout.write(`        (control: Neo4j's own Browser tried ${ownOutside.join(', ')})\n`);
    } finally {
      await own?.close();
      await served?.close();
    }
  },
};

export const OFFLINE_CHECKS: readonly E2eCheck[] = [explorerOffline, browserOffline];
