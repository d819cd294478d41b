/**
 * CSV (RFC 4180, UTF-8) of an export, one table per request: `nodes`, `edges`, or `claims`
 * (each claim with its sentence or summary and its source), as the explorer's three CSV
 * downloads. Fields that start with = + - @ are prefixed with ' so a spreadsheet does not run them.
 */
import type { ExportData } from '../../graph/repositories/export.ts';

export const CSV_TABLES = ['nodes', 'edges', 'claims'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** One CSV field: quoted when needed, formula-looking text defused. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;

/** The rows of one table (header first), one chunk per row. */
export function* writeCsv(graph: ExportData, table: CsvTable): Generator<string> {
  if (table === 'nodes') {
    yield row(['id', 'name', 'kind', 'aliases', 'proposed']);
    for (const n of graph.nodes) yield row([n.id, n.name, n.kind, n.aliases.join('; '), n.proposed]);
  } else if (table === 'edges') {
    yield row([
      'id',
      'source',
      'target',
      'type',
      'symmetric',
      'status',
      'confidence',
      'evidenceCount',
      'bestEvidence',
      'firstDate',
      'lastDate',
    ]);
    for (const e of graph.edges)
      yield row([
        e.id,
        e.source.id,
        e.target.id,
        e.type,
        e.symmetric,
        e.status,
        e.confidence,
        e.evidenceCount,
        e.bestEvidence,
        e.firstDate,
        e.lastDate,
      ]);
  } else {
    yield row([
      'id',
      'relationship',
      'type',
      'source',
      'target',
      'date',
      'status',
      'confidence',
      'origin',
      'review',
      'sentence',
      'summary',
      'articleTitle',
      'publisher',
      'publishedAt',
      'url',
      'citation',
    ]);
    for (const c of graph.claims) {
      yield row([
        c.id,
        `${c.type}:${c.source.id}:${c.target.id}`,
        c.type,
        c.source.id,
        c.target.id,
        c.date,
        c.status,
        c.confidence,
        c.origin,
        c.review,
        c.sentence,
        c.summary,
        c.article?.title,
        c.article?.publisher,
        c.article?.publishedAt,
        c.article?.url,
        c.citation,
      ]);
    }
  }
}
