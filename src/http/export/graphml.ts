/**
 * GraphML (graphml.graphdrawing.org) of an export: actors as nodes, typed relationships as
 * edges with their projection's fields; symmetric ties are `directed="false"`. Yields the
 * document in pieces so the response streams; read back by yEd, Gephi, NetworkX, Cytoscape.
 */
import type { ExportData } from '../../graph/repositories/export.ts';
import { xml } from './xml.ts';

const NODE_KEYS = [
  ['name', 'string'],
  ['kind', 'string'],
  ['aliases', 'string'],
  ['proposed', 'boolean'],
] as const;
const EDGE_KEYS = [
  ['type', 'string'],
  ['status', 'string'],
  ['confidence', 'double'],
  ['evidenceCount', 'int'],
  ['bestEvidence', 'string'],
  ['firstDate', 'string'],
  ['lastDate', 'string'],
  ['cameo', 'string'],
  ['claimIds', 'string'],
] as const;

const data = (key: string, value: unknown) => (value === null || value === undefined ? '' : `<data key="${key}">${xml(value)}</data>`);

/** The GraphML document of `graph`, in chunks (one per node or edge). */
export function* writeGraphml(graph: ExportData): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [id, type] of NODE_KEYS) yield `  <key id="${id}" for="node" attr.name="${id}" attr.type="${type}"/>\n`;
  for (const [id, type] of EDGE_KEYS) yield `  <key id="${id}" for="edge" attr.name="${id}" attr.type="${type}"/>\n`;
  yield `  <graph id="conflict-graph" edgedefault="directed">\n`;
  for (const n of graph.nodes) {
    yield `    <node id="${xml(n.id)}">${data('name', n.name)}${data('kind', n.kind)}${data('aliases', n.aliases.join('; '))}${data('proposed', n.proposed)}</node>\n`;
  }
  for (const e of graph.edges) {
    const fields = {
      type: e.type,
      status: e.status,
      confidence: e.confidence,
      evidenceCount: e.evidenceCount,
      bestEvidence: e.bestEvidence,
      firstDate: e.firstDate,
      lastDate: e.lastDate,
      cameo: e.cameo?.code,
      claimIds: e.claimIds.join(' '),
    };
    yield `    <edge id="${xml(e.id)}" source="${xml(e.source.id)}" target="${xml(e.target.id)}"${e.symmetric ? ' directed="false"' : ''}>${Object.entries(
      fields,
    )
      .map(([k, v]) => data(k, v))
      .join('')}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
