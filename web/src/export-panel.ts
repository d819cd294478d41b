/**
 * Share & export: the view's link (the URL always holds the view, see view-state.ts), PNG and
 * SVG of the drawing (drawn in the browser by Cytoscape), and GraphML, GEXF and CSV of the
 * view from GET /export/* with the view's actors and filters — so the file holds exactly the
 * actors and ties shown. Files are fetched with the token (when reads need one) and saved.
 */
import { authHeaders } from './api.ts';
import { download, fill, h } from './dom.ts';
import type { GraphView } from './graph-view.ts';
import { RELATION_TYPES } from './types.ts';
import type { ViewState } from './view-state.ts';

/** The export URL of the view in a format (`csv` takes a table). */
export function exportUrl(format: 'graphml' | 'gexf' | 'csv', view: ViewState, ids: readonly string[], table?: string): string {
  const q = new URLSearchParams({ ids: ids.join(',') });
  if (view.types.length !== RELATION_TYPES.length) q.set('types', view.types.join(','));
  if (view.evidence !== 'ALL') q.set('evidence', view.evidence);
  if (view.minConfidence > 0) q.set('minConfidence', String(view.minConfidence));
  if (view.window) {
    q.set('from', String(view.window[0]));
    q.set('to', String(view.window[1]));
  }
  if (table) q.set('table', table);
  return `/export/${format}?${q}`;
}

async function fetchFile(url: string, filename: string, status: HTMLElement): Promise<void> {
  status.textContent = `Preparing ${filename}…`;
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    status.textContent = `Export failed: ${body?.errors?.[0]?.message ?? res.status}`;
    return;
  }
  download(await res.blob(), filename);
  status.textContent = `${filename} saved${res.headers.get('x-export-truncated') === 'true' ? ' (cut at the export bounds)' : ''}.`;
}

/** Draws the panel for the current view. */
export function renderExportPanel(panel: HTMLElement, view: ViewState, graph: GraphView): void {
  const status = h('p', { role: 'status', class: 'meta', id: 'export-status' });
  const ids = () => graph.visibleNodeIds();
  const empty = () => ids().length === 0;
  const file = (label: string, id: string, format: 'graphml' | 'gexf' | 'csv', filename: string, table?: string) =>
    h(
      'button',
      { type: 'button', id, disabled: empty(), onclick: () => void fetchFile(exportUrl(format, view, ids(), table), filename, status) },
      label,
    );
  const link = h('input', { id: 'share-link', readonly: true, value: location.href, 'aria-label': 'Link to this view' });
  const copy = h(
    'button',
    {
      type: 'button',
      onclick: () =>
        void navigator.clipboard?.writeText(link.value).then(
          () => (status.textContent = 'Link copied.'),
          () => link.select(),
        ),
    },
    'Copy link',
  );
  fill(
    panel,
    h('h2', {}, 'Share & export'),
    h('p', {}, 'The link reopens this view: actors, filters, time window and path query.'),
    h('div', { class: 'row' }, link, copy),
    h('h3', {}, 'Picture'),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { type: 'button', id: 'export-png', disabled: empty(), onclick: () => download(graph.png(), 'conflict-graph.png') },
        'PNG',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'export-svg',
          disabled: empty(),
          onclick: () => download(new Blob([graph.svg()], { type: 'image/svg+xml' }), 'conflict-graph.svg'),
        },
        'SVG',
      ),
    ),
    h('h3', {}, 'Data (the actors and ties shown)'),
    h(
      'div',
      { class: 'row' },
      file('GraphML', 'export-graphml', 'graphml', 'conflict-graph.graphml'),
      file('GEXF (Gephi)', 'export-gexf', 'gexf', 'conflict-graph.gexf'),
    ),
    h(
      'div',
      { class: 'row' },
      file('CSV nodes', 'export-csv-nodes', 'csv', 'conflict-graph-nodes.csv', 'nodes'),
      file('CSV edges', 'export-csv-edges', 'csv', 'conflict-graph-edges.csv', 'edges'),
      file('CSV claims', 'export-csv-claims', 'csv', 'conflict-graph-claims.csv', 'claims'),
    ),
    status,
  );
}
