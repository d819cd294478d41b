/**
 * Bulk path, stage 3: the mapped rows as the CSV files `neo4j-admin database import full`
 * reads — nodes (Actor with its kind label, Article, Location, Claim) and the structural
 * relationships (SUBJECT, OBJECT, CITES, AT) — with the same ids, labels and properties the
 * live write path gives them (cypher/upsert-*.cypher, import-claim-details.cypher). The typed
 * relationships between actors are not written here: after the import they are projected by
 * the project's one projection (cypher/project-relationships.cypher), from the keys returned.
 *
 * For an EMPTY database only: the importer builds a new store and cannot merge into one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { RelationshipKey } from '../../model/claim.ts';
import type { ImportClaim, PlaceRow } from '../map-rows.ts';
import { actorRow, mappedRows, setUpMapping } from '../map-stream.ts';
import type { TableInput } from '../read-table.ts';
import type { Dataset, ImportSummary } from '../types.ts';

/** The node and relationship files of one bulk import, header line included. */
export const BULK_FILES = {
  nodes: ['actors.csv', 'articles.csv', 'locations.csv', 'claims.csv'],
  relationships: ['subject.csv', 'object.csv', 'cites.csv', 'at.csv'],
} as const;

const HEADERS: Record<string, string> = {
  'actors.csv': 'id:ID(Actor),:LABEL,kind,name,aliases:string[],aliasText,description,validFrom,validTo,createdAt:datetime',
  'articles.csv': 'id:ID(Article),:LABEL,title,publisher,url,note,createdAt:datetime',
  'locations.csv': 'id:ID(Location),:LABEL,name,aliases:string[],latitude:double,longitude:double,point:point{crs:WGS-84}',
  'claims.csv':
    'id:ID(Claim),:LABEL,type,sourceId,targetId,articleId,summary,sentence,date,datePrecision,dateStart:date,dateEnd:date,status,confidence:double,origin,review,retracted:boolean,dataset,rowId,fatalities:long,citation,url,locationId,createdAt:datetime',
  'subject.csv': ':START_ID(Claim),:END_ID(Actor),:TYPE',
  'object.csv': ':START_ID(Claim),:END_ID(Actor),:TYPE',
  'cites.csv': ':START_ID(Claim),:END_ID(Article),:TYPE',
  'at.csv': ':START_ID(Claim),:END_ID(Location),:TYPE',
};

/** A CSV field: empty for null (the importer then sets no property), quoted when it must be. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value).replace(/[\r\n]+/g, ' ');
  return /[",;{}]|^\s|\s$/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}
const line = (values: unknown[]) => `${values.map(field).join(',')}\n`;

class CsvFile {
  private readonly out: Writable;
  constructor(file: string, header: string) {
    this.out = fs.createWriteStream(file);
    this.out.write(`${header}\n`);
  }
  async write(values: unknown[]): Promise<void> {
    if (!this.out.write(line(values))) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

export interface BulkFilesResult {
  summary: ImportSummary;
  dir: string;
  keys: RelationshipKey[];
}

/** Reads and maps a file (the same stages as the live import) into bulk CSV files under `dir`. */
export async function writeBulkFiles(
  dataset: Dataset,
  input: TableInput,
  release: string,
  dir: string,
  onProgress?: (rows: number) => void,
): Promise<BulkFilesResult> {
  const started = performance.now();
  fs.mkdirSync(dir, { recursive: true });
  const files = new Map<string, CsvFile>(
    [...BULK_FILES.nodes, ...BULK_FILES.relationships].map((f) => [f, new CsvFile(path.join(dir, f), HEADERS[f]!)]),
  );
  const out = (name: string) => files.get(name)!;
  const setup = setUpMapping(dataset, release, [], false);
  const now = new Date().toISOString();
  const actors = new Set<string>();
  const places = new Set<string>();
  const claimIds = new Set<string>();
  const keys = new Map<string, RelationshipKey>();

  const writeClaim = async (c: ImportClaim) => {
    if (claimIds.has(c.id)) return; // a row id repeated in the file: the first wins, as MERGE would keep one
    claimIds.add(c.id);
    keys.set(`${c.type}|${c.sourceId}|${c.targetId}`, { type: c.type, sourceId: c.sourceId, targetId: c.targetId });
    await out('claims.csv').write([
      c.id,
      'Claim',
      c.type,
      c.sourceId,
      c.targetId,
      c.articleId,
      c.summary,
      c.sentence,
      c.date,
      c.datePrecision,
      c.dateStart,
      c.dateEnd,
      c.status,
      c.confidence,
      c.origin,
      c.review,
      false,
      c.dataset,
      c.rowId,
      c.fatalities,
      c.citation,
      c.url,
      c.locationId,
      now,
    ]);
    await out('subject.csv').write([c.id, c.sourceId, 'SUBJECT']);
    await out('object.csv').write([c.id, c.targetId, 'OBJECT']);
    await out('cites.csv').write([c.id, c.articleId, 'CITES']);
    if (c.locationId) await out('at.csv').write([c.id, c.locationId, 'AT']);
  };
  const writePlace = async (p: PlaceRow) => {
    if (places.has(p.id)) return;
    places.add(p.id);
    await out('locations.csv').write([
      p.id,
      'Location',
      p.name,
      '',
      p.latitude,
      p.longitude,
      `{latitude:${p.latitude},longitude:${p.longitude}}`,
    ]);
  };

  for await (const mapped of mappedRows(setup, input)) {
    for (const c of mapped.claims) {
      actors.add(c.sourceId);
      actors.add(c.targetId);
      await writeClaim(c);
    }
    if (mapped.place) await writePlace(mapped.place);
    if (setup.summary.rows % 50_000 === 0) onProgress?.(setup.summary.rows);
  }
  for (const id of actors) {
    const a = actorRow(setup, id);
    const aliases = [...new Set(a.aliases.filter((x) => x && x !== a.name))];
    await out('actors.csv').write([
      a.id,
      `Actor;${a.kind}`,
      a.kind,
      a.name,
      aliases.join(';'),
      aliases.map((x) => `${x} | `).join(''),
      a.description ?? null,
      a.validFrom ?? null,
      a.validTo ?? null,
      now,
    ]);
  }
  const art = setup.article;
  await out('articles.csv').write([art.id, 'Article', art.title, art.publisher, art.url, art.note ?? null, now]);
  for (const f of files.values()) await f.close();
  onProgress?.(setup.summary.rows);
  const summary = setup.summary;
  summary.relationships = keys.size;
  summary.newActors = [...setup.ctx.resolver.proposed.values()];
  summary.seconds = (performance.now() - started) / 1000;
  return { summary, dir, keys: [...keys.values()] };
}
