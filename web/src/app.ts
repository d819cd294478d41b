/**
 * The explorer's controller: owns the view state, loads neighbourhoods and paths from the API,
 * merges them into the drawing, re-applies filters, keeps the URL in step with the view, and
 * redraws the panels. Everything the panels do comes back here as a new view or an action.
 * `document.body.dataset` carries `state` (busy / ready), `nodes` and `edges` shown, and
 * `firstGraphMs`, which the e2e tests and the benchmark read.
 */
import { gql } from './api.ts';
import { fill, h } from './dom.ts';
import { renderExportPanel } from './export-panel.ts';
import { renderFilters } from './filters-panel.ts';
import { GraphView } from './graph-view.ts';
import { showEvidence, showProfile } from './details-panel.ts';
import { findPaths, renderPathFinder, type PathResult } from './path-finder.ts';
import { NEIGHBOURHOOD } from './queries.ts';
import { renderReviewQueue } from './review-queue.ts';
import { renderTimeSlider } from './time-slider.ts';
import type { Actor, Subgraph } from './types.ts';
import { decodeView, encodeView, type PathQuery, type ViewState } from './view-state.ts';

const NEIGHBOURHOOD_LIMIT = 500;
const $ = (id: string) => document.getElementById(id)!;

export class Explorer {
  private view: ViewState;
  private readonly graph: GraphView;
  private pathResult: PathResult | Error | null = null;
  private truncated = false;

  constructor() {
    this.view = decodeView(location.search);
    this.graph = new GraphView($('graph'), {
      onNode: (id) => void this.openActor(id),
      onEdge: (id) => void this.openEdge(id),
      onExpand: (id) => void this.expand(id),
      onBackground: () => {},
    });
  }

  get cy() {
    return this.graph.cy;
  }

  /** Loads what the URL names, then draws everything. */
  async start(): Promise<void> {
    const started = performance.now();
    this.busy(true);
    try {
      for (const id of this.view.expanded) await this.load(id);
      this.graph.apply(this.view);
      await this.graph.layout(this.view, true);
      if (this.view.expanded.length) document.body.dataset.firstGraphMs = String(Math.round(performance.now() - started));
      if (this.view.path) await this.runPath(this.view.path, false);
    } catch (err) {
      this.say((err as Error).message);
    }
    this.busy(false);
    this.render();
  }

  /** A new exploration from the actor chosen in the search box (filters are kept). */
  async choose(actor: Actor): Promise<void> {
    this.graph.cy.elements().remove();
    this.view = { ...this.view, expanded: [actor.id], pinned: [], hidden: [], removed: [], path: null };
    this.pathResult = null;
    const started = performance.now();
    await this.expand(actor.id, true);
    document.body.dataset.firstGraphMs = String(Math.round(performance.now() - started));
    void this.openActor(actor.id);
  }

  /** Adds an actor's neighbourhood to the drawing (double-click or the Expand button). */
  async expand(id: string, fresh = false): Promise<void> {
    this.busy(true);
    try {
      if (!this.view.expanded.includes(id)) this.view = { ...this.view, expanded: [...this.view.expanded, id] };
      await this.load(id);
      this.graph.apply(this.view);
      await this.graph.layout(this.view, fresh);
    } catch (err) {
      this.say((err as Error).message);
    }
    this.busy(false);
    this.render();
  }

  private async load(id: string): Promise<void> {
    const data = await gql<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { a: id, depth: 1, limit: NEIGHBOURHOOD_LIMIT, evidence: 'ALL' });
    this.truncated ||= data.neighbourhood.truncated;
    this.graph.merge(data.neighbourhood, this.view.removed);
  }

  /** Replaces the view (from a panel), re-applies it and redraws. */
  setView(view: ViewState): void {
    const before = this.view;
    this.view = view;
    this.graph.apply(view);
    this.render();
    // A drawn path follows the filters it was searched with (types, evidence, window).
    const searchChanged =
      before.types.join() !== view.types.join() || before.evidence !== view.evidence || String(before.window) !== String(view.window);
    if (view.path && searchChanged) void this.runPath(view.path, false);
  }

  private toggle(key: 'pinned' | 'hidden', id: string): void {
    const list = this.view[key];
    this.setView({ ...this.view, [key]: list.includes(id) ? list.filter((x) => x !== id) : [...list, id] });
  }

  private remove(id: string): void {
    this.setView({ ...this.view, removed: [...this.view.removed, id], expanded: this.view.expanded.filter((x) => x !== id) });
  }

  private names = (id: string) => this.graph.actor(id)?.name ?? id;

  private async openActor(id: string): Promise<void> {
    this.graph.select(id);
    const drawn = this.graph
      .allEdges()
      .filter((e) => (e.source.id === id || e.target.id === id) && !this.graph.cy.getElementById(e.id).hasClass('filtered'));
    await showProfile($('details'), id, drawn, this.names, {
      expand: (x) => void this.expand(x),
      pin: (x) => this.toggle('pinned', x),
      hide: (x) => this.toggle('hidden', x),
      remove: (x) => this.remove(x),
      openEdge: (x) => void this.openEdge(x),
    }).catch((err: Error) => this.say(err.message));
  }

  private async openEdge(id: string): Promise<void> {
    const edge = this.graph.edge(id);
    if (!edge) return;
    this.graph.select(id);
    await showEvidence($('details'), edge, this.names).catch((err: Error) => this.say(err.message));
  }

  /** Runs a path query, draws and highlights the paths found. */
  async runPath(q: PathQuery, relayout = true): Promise<void> {
    this.view = { ...this.view, path: q };
    this.busy(true);
    try {
      const result = await findPaths(this.view, q);
      this.pathResult = result;
      const nodes = new Map<string, Actor>();
      const edges = result.paths.flatMap((p) =>
        p.hops.map((hop) => {
          nodes.set(hop.from.id, hop.from).set(hop.to.id, hop.to);
          return hop.relationship;
        }),
      );
      this.graph.merge({ nodes: [...nodes.values()], edges, truncated: false }, []);
      this.graph.apply(this.view);
      this.graph.highlight([...nodes.keys(), ...edges.map((e) => e.id)]);
      if (relayout) await this.graph.layout(this.view, this.graph.cy.nodes().length === nodes.size);
    } catch (err) {
      this.pathResult = err as Error;
    }
    this.busy(false);
    this.render();
  }

  /** Redraws the panels and the time bar, and writes the view into the URL. */
  render(): void {
    // Panels are redrawn whole: keep the keyboard focus on the control that had it.
    const focused = document.activeElement?.id;
    const query = encodeView(this.view);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    renderFilters($('panel-filters'), this.view, (v) => this.setView(v));
    renderPathFinder($('panel-paths'), this.view, this.pathResult, (q) => void this.runPath(q));
    renderExportPanel($('panel-export'), this.view, this.graph);
    renderTimeSlider($('timebar'), this.graph.allEdges(), this.view.window, (w) => this.setView({ ...this.view, window: w }));
    const { nodes, edges } = this.graph.counts();
    document.body.dataset.nodes = String(nodes);
    document.body.dataset.edges = String(edges);
    if (focused && document.activeElement?.id !== focused) document.getElementById(focused)?.focus();
    this.say(
      `${nodes} actors, ${edges} ties shown${this.truncated ? ' · a neighbourhood was cut at its size bound' : ''}${this.view.window ? ` · ${this.view.window[0]}–${this.view.window[1]}` : ''}`,
    );
  }

  /** Renders the review queue (on opening its tab, and after each action). */
  showReview(): void {
    void renderReviewQueue($('panel-review'), () => void this.reload());
  }

  /** Reloads every expanded neighbourhood (after a review changed the graph). */
  async reload(): Promise<void> {
    this.graph.cy.elements().remove();
    await this.start();
  }

  toolbar(): HTMLElement[] {
    return [
      h('button', { type: 'button', onclick: () => this.graph.cy.fit(undefined, 40) }, 'Fit'),
      h('button', { type: 'button', onclick: () => void this.graph.layout(this.view, false) }, 'Re-layout'),
      h('button', { type: 'button', onclick: () => this.setView({ ...this.view, hidden: [] }) }, 'Show hidden'),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            this.graph.highlight([]);
            this.pathResult = null;
            this.setView({ ...this.view, path: null });
          },
        },
        'Clear path',
      ),
    ];
  }

  private busy(on: boolean): void {
    document.body.dataset.state = on ? 'busy' : 'ready';
  }

  private say(text: string): void {
    fill($('status'), text);
  }
}
