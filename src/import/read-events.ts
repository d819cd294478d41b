/**
 * Stage 1 (read), per dataset: a layout names a dataset's columns and turns one record into an
 * `EventRow`. This module checks what every layout shares: the header (a file without the
 * columns a layout needs is refused whole, before anything is written) and the column count of
 * each record (a wrong count is reported with its line and skipped).
 */
import { badImportFile } from '../errors.ts';
import { readTable, type TableInput } from './read-table.ts';
import type { Dataset, ReadResult } from './types.ts';

export type FieldGetter = (column: string) => string;

export interface DatasetLayout {
  dataset: Dataset;
  delimiter: string;
  quote: boolean;
  /** Fixed columns for files without a header (GDELT); null: the first record is the header. */
  columns: readonly string[] | null;
  /** Columns the layout reads; a header without them is refused. */
  required: readonly string[];
  toRow(get: FieldGetter, line: number): ReadResult;
}

/** Streams a dataset file as read rows or row errors, in file order. */
export async function* readEvents(layout: DatasetLayout, input: TableInput): AsyncGenerator<ReadResult> {
  let columns: readonly string[] | null = layout.columns;
  let index: Map<string, number> | null = columns ? new Map(columns.map((c, i) => [c, i])) : null;
  let first = true;
  for await (const item of readTable(input, { delimiter: layout.delimiter, quote: layout.quote })) {
    if (!item.ok) {
      yield item;
      continue;
    }
    const { fields, line } = item.record;
    if (first) {
      first = false;
      if (!columns || fields[0]?.trim() === columns[0]) {
        if (!columns) {
          columns = fields.map((f) => f.trim());
          index = new Map(columns.map((c, i) => [c, i]));
        }
        const missing = layout.required.filter((c) => !index!.has(c));
        if (missing.length)
          throw badImportFile(`not a ${layout.dataset} file: the header lacks ${missing.join(', ')}`, { dataset: layout.dataset, missing });
        continue;
      }
    }
    if (fields.length !== columns!.length) {
      yield { ok: false, error: { line, reason: 'wrong column count', detail: `${fields.length} columns, expected ${columns!.length}` } };
      continue;
    }
    const get: FieldGetter = (column) => (fields[index!.get(column) ?? -1] ?? '').trim();
    yield layout.toRow(get, line);
  }
}
