/**
 * Which of the loaded nodes and edges the view shows — the same rule the server applies to
 * `types`, `evidence`, `minConfidence` and a date window (src/graph/filters.ts and the window
 * predicate of cypher/*.cypher), so an export of the view (GET /export/*?ids=…) counts the same.
 */
import type { Actor, Edge, EvidenceFilter, EvidenceKind, Span } from './types.ts';
import type { ViewState } from './view-state.ts';

const LEVEL: Record<EvidenceKind, number> = { UNREVIEWED: 0, REVIEWED: 1, CURATED: 2 };
const NEEDED: Record<EvidenceFilter, number> = { ALL: 0, REVIEWED: 1, CURATED: 2 };

/** The window's first and last day, as the server reads `from: "YYYY"`, `to: "YYYY"`. */
export function windowDays(window: [number, number]): [string, string] {
  return [`${window[0]}-01-01`, `${window[1]}-12-31`];
}

/** True when one of the spans overlaps the window with enough evidence. */
export function inWindow(spans: readonly Span[], window: [number, number], evidence: EvidenceFilter): boolean {
  const [from, to] = windowDays(window);
  return spans.some((s) => s.start <= to && s.end >= from && LEVEL[s.evidence] >= NEEDED[evidence]);
}

/** True when the edge passes the view's filters (its endpoints are checked by the caller). */
export function edgePasses(edge: Edge, view: ViewState): boolean {
  if (!view.types.includes(edge.type)) return false;
  if (LEVEL[edge.bestEvidence] < NEEDED[view.evidence]) return false;
  if (edge.confidence < view.minConfidence) return false;
  return !view.window || inWindow(edge.spans, view.window, view.evidence);
}

/** True when the actor is shown: its kind is on, and it is neither hidden nor removed. */
export function nodePasses(actor: Actor, view: ViewState): boolean {
  return view.kinds.includes(actor.kind) && !view.hidden.includes(actor.id) && !view.removed.includes(actor.id);
}

/** Years with dated claims among the edges (each span counted in every year it touches), for the histogram. */
export function yearCounts(edges: readonly Edge[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const e of edges) {
    for (const s of e.spans) {
      for (let y = Number(s.start.slice(0, 4)); y <= Number(s.end.slice(0, 4)); y++) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  return counts;
}
