/**
 * The view as data, and as a URL: which actors were opened and expanded, which are pinned,
 * hidden or removed, the filters, the time window and the path query. `encodeView` and
 * `decodeView` round-trip it through the query string, so a copied link reopens the same view.
 */
import { ACTOR_KINDS, RELATION_TYPES, type ActorKind, type EvidenceFilter, type RelationType } from './types.ts';

export interface PathQuery {
  from: string;
  to: string;
  mode: 'SHORTEST' | 'ALL_SHORTEST' | 'K_SHORTEST';
  k: number;
  maxHops: number;
  direction: 'ANY' | 'OUTGOING';
  avoid: string[];
  /** Route around hubs: pass only through actors with at most this many ties (null: off). */
  maxDegree: number | null;
}

export interface ViewState {
  /** Actors whose neighbourhoods are drawn (the first searched, then every expanded one). */
  expanded: string[];
  pinned: string[];
  hidden: string[];
  removed: string[];
  types: RelationType[];
  kinds: ActorKind[];
  evidence: EvidenceFilter;
  minConfidence: number;
  /** The time window in whole years, inclusive; null: no window. */
  window: [number, number] | null;
  path: PathQuery | null;
}

export function emptyView(): ViewState {
  return {
    expanded: [],
    pinned: [],
    hidden: [],
    removed: [],
    types: [...RELATION_TYPES],
    kinds: [...ACTOR_KINDS],
    evidence: 'ALL',
    minConfidence: 0,
    window: null,
    path: null,
  };
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T[]): T[] => {
  if (value === null) return fallback;
  return list(value).filter((v): v is T => (allowed as readonly string[]).includes(v));
};

/** The view as a query string (defaults left out, so links stay short). */
export function encodeView(view: ViewState): string {
  const q = new URLSearchParams();
  if (view.expanded.length) q.set('a', view.expanded.join(','));
  if (view.pinned.length) q.set('pin', view.pinned.join(','));
  if (view.hidden.length) q.set('hide', view.hidden.join(','));
  if (view.removed.length) q.set('rm', view.removed.join(','));
  if (view.types.length !== RELATION_TYPES.length) q.set('types', view.types.join(','));
  if (view.kinds.length !== ACTOR_KINDS.length) q.set('kinds', view.kinds.join(','));
  if (view.evidence !== 'ALL') q.set('ev', view.evidence);
  if (view.minConfidence > 0) q.set('conf', String(view.minConfidence));
  if (view.window) q.set('win', `${view.window[0]}-${view.window[1]}`);
  if (view.path) {
    const p = view.path;
    q.set('path', [p.from, p.to, p.mode, p.k, p.maxHops, p.direction].join('|'));
    if (p.avoid.length) q.set('avoid', p.avoid.join(','));
    if (p.maxDegree) q.set('hub', String(p.maxDegree));
  }
  return q.toString();
}

/** A view from a query string; unknown or malformed parts fall back to the defaults. */
export function decodeView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const view = emptyView();
  view.expanded = list(q.get('a'));
  view.pinned = list(q.get('pin'));
  view.hidden = list(q.get('hide'));
  view.removed = list(q.get('rm'));
  view.types = pick(q.get('types'), RELATION_TYPES, view.types);
  view.kinds = pick(q.get('kinds'), ACTOR_KINDS, view.kinds);
  const ev = q.get('ev');
  if (ev === 'CURATED' || ev === 'REVIEWED') view.evidence = ev;
  const conf = Number(q.get('conf'));
  if (conf > 0 && conf <= 1) view.minConfidence = conf;
  const win = /^(\d{4})-(\d{4})$/.exec(q.get('win') ?? '');
  if (win && Number(win[1]) <= Number(win[2])) view.window = [Number(win[1]), Number(win[2])];
  const path = q.get('path')?.split('|');
  const hub = Number(q.get('hub'));
  if (path && path.length === 6 && path[0] && path[1]) {
    const mode = (['SHORTEST', 'ALL_SHORTEST', 'K_SHORTEST'] as const).find((m) => m === path[2]) ?? 'SHORTEST';
    view.path = {
      from: path[0],
      to: path[1],
      mode,
      k: Number(path[3]) || 3,
      maxHops: Number(path[4]) || 4,
      direction: path[5] === 'OUTGOING' ? 'OUTGOING' : 'ANY',
      avoid: list(q.get('avoid')),
      maxDegree: Number.isInteger(hub) && hub >= 1 ? hub : null,
    };
  }
  return view;
}
