/**
 * The Filters panel: relationship types, actor kinds, evidence (curated / reviewed / all,
 * i.e. claim origin and review state) and a minimum confidence. Every change goes through
 * `onChange`, which re-applies the view and updates the URL.
 */
import { checkbox, fill, h } from './dom.ts';
import { ACTOR_KINDS, RELATION_TYPES, type EvidenceFilter } from './types.ts';
import type { ViewState } from './view-state.ts';

const EVIDENCE_LABELS: Record<EvidenceFilter, string> = {
  ALL: 'All claims (unreviewed extractions too)',
  REVIEWED: 'Reviewed: curated, accepted, dataset rows',
  CURATED: 'Curated only',
};

const toggle = <T>(list: T[], value: T, on: boolean): T[] => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

/** Draws the panel for `view`; `onChange` receives the edited copy. */
export function renderFilters(panel: HTMLElement, view: ViewState, onChange: (view: ViewState) => void): void {
  const set = (patch: Partial<ViewState>) => onChange({ ...view, ...patch });
  const confidence = h('input', { type: 'range', id: 'min-confidence', min: 0, max: 1, step: 0.05, value: view.minConfidence });
  const confidenceValue = h('output', { for: 'min-confidence' }, view.minConfidence.toFixed(2));
  confidence.addEventListener('input', () => (confidenceValue.textContent = Number(confidence.value).toFixed(2)));
  confidence.addEventListener('change', () => set({ minConfidence: Number(confidence.value) }));
  fill(
    panel,
    h('h2', {}, 'Filters'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Evidence'),
      (Object.keys(EVIDENCE_LABELS) as EvidenceFilter[]).map((ev) => {
        const input = h('input', { type: 'radio', name: 'evidence', id: `evidence-${ev}`, value: ev, checked: view.evidence === ev });
        input.addEventListener('change', () => set({ evidence: ev }));
        return h('label', { for: `evidence-${ev}`, class: 'check' }, input, ' ', EVIDENCE_LABELS[ev]);
      }),
    ),
    h('label', { for: 'min-confidence', class: 'range' }, 'Minimum confidence ', confidenceValue),
    confidence,
    h(
      'fieldset',
      {},
      h('legend', {}, 'Actor kinds'),
      ACTOR_KINDS.map((k) => checkbox(`kind-${k}`, k, view.kinds.includes(k), (on) => set({ kinds: toggle(view.kinds, k, on) }))),
    ),
    h(
      'fieldset',
      { class: 'types' },
      h('legend', {}, 'Relationship types'),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', onclick: () => set({ types: [...RELATION_TYPES] }) }, 'All'),
        h('button', { type: 'button', onclick: () => set({ types: [] }) }, 'None'),
      ),
      RELATION_TYPES.map((t) => checkbox(`type-${t}`, t, view.types.includes(t), (on) => set({ types: toggle(view.types, t, on) }))),
    ),
  );
}
