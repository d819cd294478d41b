/**
 * The drawing: a Cytoscape.js instance (canvas renderer) holding every actor and tie loaded so
 * far. Filters never delete elements: they toggle a `filtered` class, so moving the time
 * slider back shows the ties again without a request. The layout is fCoSE (force-directed,
 * spectral start, keeps hubs apart); pinned nodes are fixed-position constraints.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { graphStyle } from './graph-style.ts';
import type { Actor, Edge, Subgraph } from './types.ts';
import type { ViewState } from './view-state.ts';
import { edgePasses, nodePasses } from './visibility.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface GraphHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
  onExpand(id: string): void;
  onBackground(): void;
}

const edgeWidth = (count: number) => Math.min(1.5 + Math.log2(1 + count) * 1.5, 9);

function nodeElement(actor: Actor): ElementDefinition {
  return { group: 'nodes', data: { ...actor, proposed: actor.proposed === true } };
}

function edgeElement(edge: Edge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      ...edge,
      source: edge.source.id,
      target: edge.target.id,
      quad: edge.cameo?.quadClass ?? 0,
      width: edgeWidth(edge.evidenceCount),
      evidence: edge.bestEvidence,
    },
  };
}

/** A tie as the rest of the page sees it (Cytoscape keeps its endpoints as plain ids). */
function toEdge(data: Record<string, unknown>): Edge {
  return { ...(data as unknown as Edge), source: { id: String(data.source) }, target: { id: String(data.target) } };
}

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      textureOnViewport: true,
      hideEdgesOnViewport: false,
    });
    this.cy.on('tap', 'node', (e) => handlers.onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => handlers.onEdge(e.target.id()));
    this.cy.on('dbltap', 'node', (e) => handlers.onExpand(e.target.id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) handlers.onBackground();
    });
  }

  /** Adds the subgraph's new actors and ties (known ones get fresh data); returns the ids added. */
  merge(graph: Subgraph, removed: readonly string[]): string[] {
    const added: string[] = [];
    this.cy.batch(() => {
      for (const actor of graph.nodes) {
        if (removed.includes(actor.id)) continue;
        const existing = this.cy.getElementById(actor.id);
        if (existing.nonempty()) existing.data(actor);
        else added.push(this.cy.add(nodeElement(actor)).id());
      }
      for (const edge of graph.edges) {
        if (this.cy.getElementById(edge.source.id).empty() || this.cy.getElementById(edge.target.id).empty()) continue;
        const existing = this.cy.getElementById(edge.id);
        if (existing.nonempty()) existing.data(edgeElement(edge).data);
        else this.cy.add(edgeElement(edge));
      }
    });
    return added;
  }

  /** Shows what the view's filters let through; pins and seeds get their classes. */
  apply(view: ViewState): void {
    this.cy.batch(() => {
      for (const id of view.removed) this.cy.getElementById(id).remove();
      this.cy.nodes().forEach((n) => {
        n.toggleClass('filtered', !nodePasses(n.data() as Actor, view));
        n.toggleClass('pinned', view.pinned.includes(n.id()));
        n.toggleClass('seed', view.expanded.includes(n.id()));
        if (view.pinned.includes(n.id())) n.lock();
        else n.unlock();
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass(
          'filtered',
          !edgePasses(toEdge(e.data()), view) || e.source().hasClass('filtered') || e.target().hasClass('filtered'),
        );
      });
    });
  }

  /** Runs the force-directed layout; `fresh` starts from a spectral layout, otherwise nodes move from where they are. */
  layout(view: ViewState, fresh: boolean): Promise<void> {
    const shown = this.cy.elements().not('.filtered');
    if (shown.nodes().empty()) return Promise.resolve();
    const fixed = this.cy
      .nodes('.pinned')
      .not('.filtered')
      .map((n: NodeSingular) => ({ nodeId: n.id(), position: { ...n.position() } }));
    const layout = shown.layout({
      name: 'fcose',
      quality: fresh ? 'default' : 'proof',
      randomize: fresh && fixed.length === 0,
      animate: false,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: false,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 110,
      numIter: shown.nodes().length > 1500 ? 600 : 2500,
      fixedNodeConstraint: fixed.length ? fixed : undefined,
    } as cytoscape.LayoutOptions);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    void view;
    return done;
  }

  /** The ids of the actors shown. */
  visibleNodeIds(): string[] {
    return this.cy
      .nodes()
      .not('.filtered')
      .map((n) => n.id());
  }

  /** Shown actors and ties, for the status line and the export check. */
  counts(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes().not('.filtered').length, edges: this.cy.edges().not('.filtered').length };
  }

  /** Every loaded tie (filtered or not), for the time histogram. */
  allEdges(): Edge[] {
    return this.cy.edges().map((e) => toEdge(e.data()));
  }

  edge(id: string): Edge | null {
    const e = this.cy.getElementById(id);
    return e.nonempty() && e.isEdge() ? toEdge(e.data()) : null;
  }

  actor(id: string): Actor | null {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? (n.data() as Actor) : null;
  }

  /** Marks the elements of the paths found (and clears the previous marks). */
  highlight(ids: readonly string[]): void {
    this.cy.elements('.on-path').removeClass('on-path');
    for (const id of ids) this.cy.getElementById(id).addClass('on-path');
  }

  select(id: string): void {
    this.cy.elements(':selected').unselect();
    this.cy.getElementById(id).select();
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 }) as unknown as Blob;
  }

  svg(): string {
    return (this.cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
  }
}
