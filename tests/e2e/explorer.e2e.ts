/**
 * The explorer's flows in Chromium on the sample graph (plus one article ingested through the
 * real ingestArticle mutation and parser): search → graph → expand → evidence with its
 * sentence; a path with an avoided actor; the time slider hiding a tie; an editor's review
 * changing the graph; a GraphML export re-read and counted; a shared URL reopening the view.
 * With E2E_UPDATE_DOCS=1 the README pictures in docs/screenshots/ are taken here.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { assert, screenshot, type E2eCheck, type E2eEnv, type BrowserSession } from './browser.e2e.ts';
import { api, doubleClickNode, idle, ingestOnce, lowContrast, openExplorer, shown, shownIds } from './explorer-helpers.ts';

/** Runs `flow` on a fresh page at 1280×800, closing it afterwards (a failed flow leaves its picture in tests/artifacts). */
async function onPage(session: BrowserSession, flow: (page: Page) => Promise<void>, env?: E2eEnv): Promise<void> {
  const page = await session.context.newPage();
  try {
    await flow(page);
  } catch (err) {
    if (env) await screenshot(page, env, `failed-${Date.now()}.png`).catch(() => {});
    throw err;
  } finally {
    await page.close();
  }
}

const searchExpandEvidence: E2eCheck = {
  name: 'explorer: search "Haqqani" → graph → expand → an edge’s evidence shows its sentence',
  run: (env, session) =>
    onPage(
      session,
      async (page) => {
        const { claims } = await ingestOnce(env);
        assert(claims >= 2, `the ingested article gave ${claims} claim(s)`);
        await openExplorer(page, env);
        await page.locator('#search-input').fill('Haqqani');
        await page.locator('#search-results .option', { hasText: 'Sirajuddin Haqqani' }).first().waitFor();
        assert(
          await page.locator('#search-results .option .badge', { hasText: 'Person' }).first().isVisible(),
          'no kind badge in the suggestions',
        );
        const unreadable = await lowContrast(page);
        assert(unreadable.length === 0, `controls with text under 4.5:1 contrast: ${unreadable.join(', ')}`);
        await screenshot(page, env, 'explorer-search.png', 'screenshots/explorer-search.png');
        await page.locator('#search-results .option', { hasText: 'Sirajuddin Haqqani' }).first().click();
        await idle(page);
        const first = await shownIds(page, 'nodes');
        assert(first.includes('sirajuddin-haqqani') && first.includes('ttp'), `Haqqani's neighbourhood lacks the TTP: ${first.join(', ')}`);
        await doubleClickNode(page, 'ttp');
        await page.waitForFunction(
          (n) => Number(document.body.dataset.nodes) > n && document.body.dataset.state === 'ready',
          first.length,
          { timeout: 60_000 },
        );
        await page.locator('#details button.link', { hasText: 'Sirajuddin Haqqani MEDIATES Tehreek-e-Taliban Pakistan' }).first().click();
        const claim = page.locator('#details .claim', { hasText: 'mediated talks between the TTP' }).first();
        await claim.locator('mark', { hasText: 'mediated talks between the TTP' }).waitFor({ timeout: 20_000 });
        await screenshot(page, env, 'explorer-evidence.png', 'screenshots/explorer-evidence.png');
        const card = await claim.innerText();
        assert(
          card.includes('Haqqani hosts new round of talks') && card.includes('unreviewed') && card.includes('extracted'),
          `the claim card lacks its article or review state: ${card}`,
        );
        assert(
          await page.locator('#details .claim', { hasText: 'curators’ summary' }).first().isVisible(),
          'the curated claims of the tie are not listed',
        );
      },
      env,
    ),
};

/** A path query with an avoided actor that still leaves a path (found through the API, not assumed). */
async function avoidable(env: E2eEnv): Promise<{ avoid: string; count: number }> {
  const q = `query($a: [ID!]) { pathSearch(from: "Sirajuddin Haqqani", to: "Pakistan Army", mode: K_SHORTEST, k: 5, avoid: $a) { paths { hops { to { id name } } } } }`;
  const all = await api(env, q, { a: [] });
  const middles = new Map<string, string>();
  for (const p of all.pathSearch.paths) for (const h of p.hops.slice(0, -1)) middles.set(h.to.id, h.to.name);
  for (const [id, name] of middles) {
    const left = await api(env, q, { a: [id] });
    if (left.pathSearch.paths.length) return { avoid: name, count: left.pathSearch.paths.length };
  }
  throw new Error(`no actor between Haqqani and the Pakistan Army can be avoided (${[...middles.values()].join(', ')})`);
}

const pathWithAvoid: E2eCheck = {
  name: 'explorer: path Haqqani → Pakistan Army avoiding an actor, drawn and listed with each hop’s evidence; then around hubs',
  run: (env, session) =>
    onPage(
      session,
      async (page) => {
        await ingestOnce(env);
        const { avoid, count } = await avoidable(env);
        await openExplorer(page, env);
        await page.locator('#tab-paths').click();
        for (const [id, text, pick] of [
          ['#path-from', 'Haqqani', 'Sirajuddin Haqqani'],
          ['#path-to', 'Pakistan Army', 'Pakistan Army'],
        ] as const) {
          await page.locator(id).fill(text);
          await page.locator(`${id}-suggestions .option`, { hasText: pick }).first().click();
        }
        await page.locator('#path-mode').selectOption('K_SHORTEST');
        await page.locator('#path-k').fill('5');
        await page.locator('#path-avoid').fill(avoid);
        await page.locator('#path-submit').click();
        await page.locator('#path-results .path').first().waitFor({ timeout: 30_000 });
        await idle(page);
        const summaries = await page.locator('#path-results .path-summary').allInnerTexts();
        assert(summaries.length === count, `the page lists ${summaries.length} path(s), the API ${count}`);
        assert(
          summaries.every((s) => s.startsWith('Sirajuddin Haqqani') && s.endsWith('Pakistan Army') && !s.includes(avoid)),
          `a path passes ${avoid}: ${summaries.join(' / ')}`,
        );
        const highlighted = await page.evaluate(() => (window as any).__explorer.cy.elements('.on-path').length);
        assert(highlighted >= 3, `the paths are not drawn on the graph (${highlighted} highlighted elements)`);
        await page.locator('#path-results details.hop summary').first().click();
        await page.locator('#path-results details.hop .claim').first().waitFor();
        await screenshot(page, env, 'explorer-path.png', 'screenshots/explorer-path.png');
        // routing around hubs: with at most one tie per actor passed through, no path of two or
        // more hops is left, and the bound is said and kept in the link
        await page.locator('#path-hubs').fill('1');
        await page.locator('#path-submit').click();
        await idle(page);
        await page.locator('#path-results > p.meta').waitFor();
        const bounded = await page.locator('#path-results .path-summary').allInnerTexts();
        const notice = (await page.locator('#path-notice').count()) ? await page.locator('#path-notice').innerText() : '';
        assert(
          bounded.every((s) => (s.match(/[—←][A-Z_]+[→—]/g) ?? []).length === 1),
          `a path of several hops passes the degree bound: ${bounded.join(' / ')}`,
        );
        assert(bounded.length > 0 || /more than 1 relationships/.test(notice), `no path and no notice of the bound: "${notice}"`);
        assert(new URL(page.url()).searchParams.get('hub') === '1', 'the degree bound is not in the URL');
      },
      env,
    ),
};

const timeSlider: E2eCheck = {
  name: 'explorer: the time slider removes a tie with no claim in the window',
  run: (env, session) =>
    onPage(
      session,
      async (page) => {
        await openExplorer(page, env, '?a=ttp');
        const ceasefire = 'CEASEFIRE_WITH:pakistan-government:ttp';
        const before = await shownIds(page, 'edges');
        assert(before.includes(ceasefire), `the TTP–Pakistan ceasefire is not drawn: ${before.join(', ')}`);
        await page.locator('#window-start').focus();
        await page.keyboard.press('End');
        await page.waitForFunction(() => /^\d{4}–\d{4}$/.test(document.getElementById('window-label')?.textContent ?? ''));
        const after = await shownIds(page, 'edges');
        const label = await page.locator('#window-label').innerText();
        assert(!after.includes(ceasefire), `the 2021–2022 ceasefire is still drawn in ${label}`);
        assert(after.length > 0 && after.length < before.length, `window ${label}: ${after.length} of ${before.length} ties shown`);
        assert(new URL(page.url()).searchParams.get('win') === label.replace('–', '-'), 'the window is not in the URL');
        await screenshot(page, env, 'explorer-time.png', 'screenshots/explorer-time.png');
      },
      env,
    ),
};

const reviewQueue: E2eCheck = {
  name: 'explorer: an editor accepts an ingested claim in the review queue and the graph changes',
  run: (env, session) =>
    onPage(
      session,
      async (page) => {
        await ingestOnce(env);
        const attack = 'ATTACKS:ttp:pakistan-army';
        await openExplorer(page, env, '?a=ttp&ev=REVIEWED');
        assert(!(await shownIds(page, 'edges')).includes(attack), 'an unreviewed extraction is drawn under "Reviewed" evidence');
        await page.locator('#tab-review').click();
        await page.locator('#review-token').fill(env.editorToken);
        await page.locator('#review-token').press('Enter');
        const card = page.locator('#panel-review .claim', { hasText: 'The TTP attacked a Pakistan Army convoy' }).first();
        await card.waitFor({ timeout: 20_000 });
        await screenshot(page, env, 'explorer-review.png', 'screenshots/explorer-review.png');
        const claimId = await card.getAttribute('data-claim');
        await card.locator('button.accept').click();
        await page.waitForFunction(
          (id) =>
            !(window as any).__explorer.cy.getElementById(id).empty() &&
            !(window as any).__explorer.cy.getElementById(id).hasClass('filtered'),
          attack,
          { timeout: 30_000 },
        );
        await idle(page);
        const { claim } = await api(env, `query($id: ID!) { claim(id: $id) { review } }`, { id: claimId });
        assert(claim?.review === 'accepted', `the claim is ${claim?.review} in the graph`);
      },
      env,
    ),
};

const exportGraphml: E2eCheck = {
  name: 'explorer: GraphML export of the view is well-formed and has its node and edge counts',
  run: (env, session) =>
    onPage(
      session,
      async (page) => {
        await openExplorer(page, env, '?a=ttp,sirajuddin-haqqani&types=MEDIATES,NEGOTIATES_WITH,CEASEFIRE_WITH,SHELTERS,ATTACKS');
        const view = await shown(page);
        await page.locator('#tab-export').click();
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-graphml').click()]);
        const text = fs.readFileSync((await download.path())!, 'utf8');
        const counts = await page.evaluate((xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          if (doc.getElementsByTagName('parsererror').length) return null;
          return {
            nodes: doc.getElementsByTagName('node').length,
            edges: doc.getElementsByTagName('edge').length,
            root: doc.documentElement.localName,
          };
        }, text);
        assert(counts, 'the GraphML file is not well-formed XML');
        assert(counts.root === 'graphml', `the root element is ${counts.root}`);
        assert(
          counts.nodes === view.nodes && counts.edges === view.edges,
          `the view shows ${view.nodes} actors and ${view.edges} ties, the file holds ${counts.nodes} and ${counts.edges}`,
        );
        assert(view.edges > 0, 'the view is empty');
      },
      env,
    ),
};

const sharedUrl: E2eCheck = {
  name: 'explorer: a shared URL reopens the same view (actors, filters, window, path query)',
  run: (env, session) =>
    onPage(
      session,
      async (page) => {
        await ingestOnce(env);
        await openExplorer(page, env, '?a=ttp&path=ttp|pakistan-government|ALL_SHORTEST|3|4|ANY');
        await page.locator('#kind-Person').uncheck();
        await page.locator('#evidence-REVIEWED').check();
        await idle(page);
        await page.locator('#window-start').focus();
        await page.keyboard.press('Home');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(() => /^\d{4}–\d{4}$/.test(document.getElementById('window-label')?.textContent ?? ''));
        await idle(page);
        const url = page.url();
        const nodes = (await shownIds(page, 'nodes')).sort();
        const edges = (await shownIds(page, 'edges')).sort();
        const label = await page.locator('#window-label').innerText();
        const again = await session.context.newPage();
        try {
          await openExplorer(again, env, new URL(url).search);
          assert(JSON.stringify((await shownIds(again, 'nodes')).sort()) === JSON.stringify(nodes), 'the reopened view shows other actors');
          assert(JSON.stringify((await shownIds(again, 'edges')).sort()) === JSON.stringify(edges), 'the reopened view shows other ties');
          assert((await again.locator('#window-label').innerText()) === label, 'the reopened view has another window');
          assert(
            !(await again.locator('#kind-Person').isChecked()) && (await again.locator('#evidence-REVIEWED').isChecked()),
            'the reopened view lost its filters',
          );
          assert(new URL(again.url()).search === new URL(url).search, 'the reopened view rewrote the link');
          const paths = async (p: Page) => (await p.locator('#path-results .path-summary').allInnerTexts()).sort();
          await again.locator('#tab-paths').click();
          await page.locator('#tab-paths').click();
          assert(
            (await paths(again)).length > 0 && JSON.stringify(await paths(again)) === JSON.stringify(await paths(page)),
            'the reopened view has other paths',
          );
        } finally {
          await again.close();
        }
      },
      env,
    ),
};

export const EXPLORER_CHECKS: readonly E2eCheck[] = [
  searchExpandEvidence,
  pathWithAvoid,
  timeSlider,
  reviewQueue,
  exportGraphml,
  sharedUrl,
];
