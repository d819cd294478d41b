/**
 * The Paths panel: from / to by name (or alias, or id: the server resolves them and lists the
 * candidates of an ambiguous name), mode, k, max hops, direction, actors to avoid, hubs to route
 * around (actors with more ties than a number, off when empty); the view's
 * types, evidence filter and time window apply. Found paths are drawn on the graph and listed
 * with their one-line summary and each hop's evidence; a bound that cut the search is shown.
 */
import { ApiError, gql } from './api.ts';
import { claimCard } from './claim-card.ts';
import { fill, h } from './dom.ts';
import { setupSearch } from './search-box.ts';
import { PATHS } from './queries.ts';
import { RELATION_TYPES, type Path } from './types.ts';
import type { PathQuery, ViewState } from './view-state.ts';

export interface PathResult {
  paths: Path[];
  truncated: boolean;
  notice: string | null;
}

/** Runs the view's path query against the API. */
export async function findPaths(view: ViewState, q: PathQuery): Promise<PathResult> {
  const data = await gql<{ pathSearch: PathResult }>(PATHS, {
    from: q.from,
    to: q.to,
    mode: q.mode,
    k: q.k,
    maxHops: q.maxHops,
    direction: q.direction,
    avoid: q.avoid,
    maxDegree: q.maxDegree,
    types: view.types.length === RELATION_TYPES.length ? null : view.types,
    window: view.window ? { start: String(view.window[0]), end: String(view.window[1]) } : null,
    evidence: view.evidence,
  });
  return data.pathSearch;
}

const field = (id: string, label: string, input: HTMLElement) => h('div', { class: 'field' }, h('label', { for: id }, label), input);

/** A name field with the search box's suggestions (the chosen actor's name fills it). */
function actorField(id: string, label: string, input: HTMLInputElement): HTMLElement {
  const list = h('ul', { id: `${id}-suggestions`, role: 'listbox', class: 'suggestions', hidden: true });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  setupSearch(input, list, () => {});
  return h('div', { class: 'field suggest' }, h('label', { for: id }, label), input, list);
}

/** Draws the form (filled from the view's path query) and, when given, the result or error. */
export function renderPathFinder(
  panel: HTMLElement,
  view: ViewState,
  result: PathResult | Error | null,
  onSearch: (q: PathQuery) => void,
): void {
  const q = view.path ?? { from: '', to: '', mode: 'SHORTEST', k: 3, maxHops: 4, direction: 'ANY', avoid: [], maxDegree: null };
  const from = h('input', { id: 'path-from', value: q.from, placeholder: 'e.g. Haqqani', required: true });
  const to = h('input', { id: 'path-to', value: q.to, placeholder: 'e.g. Pakistan Army', required: true });
  const mode = h(
    'select',
    { id: 'path-mode' },
    (['SHORTEST', 'ALL_SHORTEST', 'K_SHORTEST'] as const).map((m) =>
      h('option', { value: m, selected: q.mode === m }, m.replace('_', ' ').toLowerCase()),
    ),
  );
  const k = h('input', { id: 'path-k', type: 'number', min: 1, max: 10, value: q.k });
  const hops = h('input', { id: 'path-hops', type: 'number', min: 1, max: 8, value: q.maxHops });
  const direction = h(
    'select',
    { id: 'path-direction' },
    h('option', { value: 'ANY', selected: q.direction === 'ANY' }, 'either way'),
    h('option', { value: 'OUTGOING', selected: q.direction === 'OUTGOING' }, 'follow arrows'),
  );
  const avoid = h('input', { id: 'path-avoid', value: q.avoid.join(', '), placeholder: 'names, comma-separated' });
  const hubs = h('input', { id: 'path-hubs', type: 'number', min: 1, value: q.maxDegree ?? '', placeholder: 'off' });
  const form = h(
    'form',
    { class: 'path-form' },
    actorField('path-from', 'From', from),
    actorField('path-to', 'To', to),
    field('path-mode', 'Mode', mode),
    h('div', { class: 'row' }, field('path-k', 'k', k), field('path-hops', 'Max hops', hops)),
    field('path-direction', 'Direction', direction),
    field('path-avoid', 'Avoid actors', avoid),
    field('path-hubs', 'Skip hubs with more ties than', hubs),
    h('p', { class: 'muted' }, 'The types, evidence and time window of the Filters apply.'),
    h('button', { type: 'submit', id: 'path-submit' }, 'Find paths'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSearch({
      from: from.value.trim(),
      to: to.value.trim(),
      mode: mode.value as PathQuery['mode'],
      k: Number(k.value) || 3,
      maxHops: Number(hops.value) || 4,
      direction: direction.value as PathQuery['direction'],
      avoid: avoid.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      maxDegree: Number(hubs.value) >= 1 ? Math.floor(Number(hubs.value)) : null,
    });
  });
  fill(panel, h('h2', {}, 'Path finder'), form, h('div', { id: 'path-results', 'aria-live': 'polite' }, resultView(result)));
}

function resultView(result: PathResult | Error | null): (HTMLElement | null)[] {
  if (!result) return [];
  if (result instanceof Error) {
    const candidates =
      result instanceof ApiError && Array.isArray(result.details.candidates)
        ? (result.details.candidates as { id: string; name: string; kind: string }[])
        : [];
    return [
      h('p', { class: 'error', role: 'alert' }, result.message),
      candidates.length
        ? h(
            'ul',
            {},
            candidates.map((c) => h('li', {}, `${c.name} (${c.kind}): ${c.id}`)),
          )
        : null,
    ];
  }
  return [
    result.notice ? h('p', { class: 'warn', id: 'path-notice' }, `Bound hit: ${result.notice}`) : null,
    h('p', { class: 'meta' }, result.paths.length ? `${result.paths.length} path(s)` : 'No path within these bounds and filters.'),
    h(
      'ol',
      { class: 'paths' },
      result.paths.map((p) =>
        h(
          'li',
          { class: 'path' },
          h('p', { class: 'path-summary' }, p.summary),
          p.hops.map((hop, i) =>
            h(
              'details',
              { class: 'hop' },
              h('summary', {}, `Hop ${i + 1}: ${hop.from.name} ${hop.type} ${hop.to.name} (${hop.relationship.evidence.length} claim(s))`),
              hop.relationship.evidence.map((c) => claimCard(c)),
            ),
          ),
        ),
      ),
    ),
  ];
}
