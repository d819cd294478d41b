/**
 * `GET /export/graphml`, `/export/gexf`, `/export/csv?table=nodes|edges|claims`: the explorer's
 * view (or a neighbourhood) as a file for Gephi, yEd, NetworkX or a spreadsheet. Reads need
 * a token exactly when /graphql's do (REQUIRE_AUTH_FOR_READS). The data is read first (bounded
 * by EXPORT_BOUNDS; a cut is told in `X-Export-Truncated`), then streamed with backpressure.
 * Errors go to the app's one error handler (src/http/errors.ts) as coded JSON.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response, type Router } from 'express';
import { authenticate, requireReader } from '../../auth/tokens.ts';
import type { Config } from '../../config.ts';
import { badInput } from '../../errors.ts';
import type { Gateway } from '../../graph/gateway.ts';
import { createRepositories } from '../../graph/repositories/index.ts';
import type { ExportData } from '../../graph/repositories/export.ts';
import { allowOnly } from '../errors.ts';
import { CSV_TABLES, writeCsv, type CsvTable } from './csv.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { parseExportParams } from './params.ts';

interface Format {
  type: string;
  extension: string;
  write(graph: ExportData, req: Request): Generator<string>;
}

function csvTable(req: Request): CsvTable {
  const table = req.query.table ?? 'edges';
  if (!CSV_TABLES.includes(table as CsvTable)) throw badInput(`table must be one of ${CSV_TABLES.join(', ')}`, { argument: 'table' });
  return table as CsvTable;
}

const FORMATS: Record<string, Format> = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: (g) => writeGraphml(g) },
  gexf: { type: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: (g) => writeGexf(g) },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv', write: (g, req) => writeCsv(g, csvTable(req)) },
};

/** The export routes over the shared gateway. */
export function createExportRouter(config: Config, gateway: Gateway): Router {
  const router = express.Router();
  for (const [name, format] of Object.entries(FORMATS)) {
    router.all(`/export/${name}`, allowOnly('GET'), async (req: Request, res: Response) => {
      const principal = authenticate(req.headers.authorization, config.API_TOKENS);
      requireReader(principal, config.REQUIRE_AUTH_FOR_READS);
      const args = parseExportParams(req);
      if (name === 'csv') csvTable(req);
      const graph = await createRepositories(gateway, principal.name, config.QUERY_TIMEOUT_MS).exports.read(args);
      const suffix = name === 'csv' ? `-${csvTable(req)}` : '';
      res.status(200).set({
        'content-type': format.type,
        'content-disposition': `attachment; filename="conflict-graph${suffix}.${format.extension}"`,
        'cache-control': 'no-store',
        'x-export-truncated': String(graph.truncated),
        'x-export-counts': `nodes=${graph.nodes.length}; edges=${graph.edges.length}; claims=${graph.claims.length}`,
      });
      await pipeline(Readable.from(format.write(graph, req)), res);
    });
  }
  return router;
}
