/** Entry point: fonts and styles (bundled), the tabs, the search box, and the explorer itself. */
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './styles.css';
import { Explorer } from './app.ts';
import { fill } from './dom.ts';
import { setupSearch } from './search-box.ts';

const explorer = new Explorer();
// For the e2e tests and the benchmark: the Cytoscape instance (read-only use).
(window as unknown as { __explorer: unknown }).__explorer = { cy: explorer.cy };

/** Tabs: one panel shown at a time; arrow keys move between tabs (WAI-ARIA tabs pattern). */
function setupTabs(onReview: () => void): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')!)!.hidden = !on;
    }
    if (tab.id === 'tab-review') onReview();
  };
  tabs.forEach((tab, i) => {
    tab.tabIndex = tab.getAttribute('aria-selected') === 'true' ? 0 : -1;
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
      next.focus();
      select(next);
    });
  });
}

setupTabs(() => explorer.showReview());
setupSearch(
  document.getElementById('search-input') as HTMLInputElement,
  document.getElementById('search-results') as HTMLUListElement,
  (actor) => void explorer.choose(actor),
);
fill(document.getElementById('graph-toolbar')!, explorer.toolbar());
void explorer.start();
