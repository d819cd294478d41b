/**
 * GEXF 1.3 (gexf.net, Gephi's format) of an export: actors as nodes with their kind, typed
 * relationships as edges labelled by type, weighted by evidence count, undirected when
 * symmetric, and the claim dates as spells so Gephi's timeline can play them. Streams in pieces.
 */
import type { ExportData } from '../../graph/repositories/export.ts';
import { xml } from './xml.ts';

const NODE_ATTRS = ['kind', 'aliases', 'proposed'] as const;
const EDGE_ATTRS = ['type', 'status', 'confidence', 'bestEvidence', 'firstDate', 'lastDate'] as const;

const attvalues = (names: readonly string[], values: Record<string, unknown>) =>
  `<attvalues>${names.map((n, i) => (values[n] === null || values[n] === undefined ? '' : `<attvalue for="${i}" value="${xml(values[n])}"/>`)).join('')}</attvalues>`;

/** The GEXF document of `graph`, in chunks (one per node or edge). */
export function* writeGexf(graph: ExportData): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <meta><creator>conflict-graph</creator><description>actors and evidence-backed ties</description></meta>\n';
  yield '  <graph mode="static" defaultedgetype="directed" timeformat="date">\n';
  yield `    <attributes class="node">${NODE_ATTRS.map((a, i) => `<attribute id="${i}" title="${a}" type="string"/>`).join('')}</attributes>\n`;
  yield `    <attributes class="edge">${EDGE_ATTRS.map((a, i) => `<attribute id="${i}" title="${a}" type="string"/>`).join('')}</attributes>\n`;
  yield '    <nodes>\n';
  for (const n of graph.nodes)
    yield `      <node id="${xml(n.id)}" label="${xml(n.name)}">${attvalues(NODE_ATTRS, { kind: n.kind, aliases: n.aliases.join('; '), proposed: n.proposed })}</node>\n`;
  yield '    </nodes>\n    <edges>\n';
  for (const e of graph.edges) {
    const spells = e.spans.length ? `<spells>${e.spans.map((s) => `<spell start="${s.start}" end="${s.end}"/>`).join('')}</spells>` : '';
    const values = {
      type: e.type,
      status: e.status,
      confidence: e.confidence,
      bestEvidence: e.bestEvidence,
      firstDate: e.firstDate,
      lastDate: e.lastDate,
    };
    yield `      <edge id="${xml(e.id)}" source="${xml(e.source.id)}" target="${xml(e.target.id)}" label="${e.type}" weight="${e.evidenceCount}"${e.symmetric ? ' type="undirected"' : ''}>${attvalues(EDGE_ATTRS, values)}${spells}</edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
