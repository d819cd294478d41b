/**
 * Stage 1 (read): a delimited file, streamed, as records with their line numbers.
 *
 * The bytes are decoded here with a streaming UTF-8 decoder (multi-byte characters split across
 * chunks are kept whole); an invalid byte sequence decodes to U+FFFD, and a record containing
 * one is reported as `bad encoding` instead of being imported with mangled names. csv-parse does
 * the splitting: `relax_column_count` lets the layout check the column count itself, and
 * `skip_records_with_error` turns a quoting error into a reported, skipped record (the parser
 * carries on with the next record instead of failing the file).
 */
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { RowError } from './types.ts';

export interface TableRecord {
  line: number;
  fields: string[];
}

export type TableItem = { ok: true; record: TableRecord } | { ok: false; error: RowError };

export interface TableOptions {
  delimiter: string;
  /** false for formats without quoting (GDELT's tab-separated files). */
  quote: boolean;
}

/** The input of an import: a file's stream, or a string (the API's small files). */
export type TableInput = AsyncIterable<Buffer | string> | string;

async function* decodeUtf8(input: TableInput): AsyncGenerator<string> {
  if (typeof input === 'string') {
    yield input;
    return;
  }
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of input) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

function quotingError(err: CsvError | undefined): RowError {
  const line = Number((err as { lines?: number } | undefined)?.lines ?? 0);
  return {
    line,
    reason: 'broken quoting',
    detail: err?.message.replace(/^Invalid Record Length:.*$/, 'unbalanced quotes') ?? 'unbalanced quotes',
  };
}

/** Streams the records of a delimited input; malformed records come out as errors with their line. */
export async function* readTable(input: TableInput, options: TableOptions): AsyncGenerator<TableItem> {
  // The parser reports skipped records as it meets them, ahead of the records we consume:
  // hold them and emit each before the first record that follows it, so lines stay in order.
  const skipped: RowError[] = [];
  let lastLine = 0;
  const source = Readable.from(decodeUtf8(input));
  const parser = parse({
    delimiter: options.delimiter,
    quote: options.quote ? '"' : false,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    bom: true,
    info: true,
    on_skip: (err) => {
      const error = quotingError(err);
      if (skipped.at(-1)?.line !== error.line && lastLine !== error.line) skipped.push(error); // one report per record
      return undefined;
    },
  });
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length && skipped[0]!.line < item.info.lines) {
      lastLine = skipped[0]!.line;
      yield { ok: false, error: skipped.shift()! };
    }
    const fields = item.record;
    if (fields.some((f) => f.includes('\uFFFD'))) {
      yield { ok: false, error: { line: item.info.lines, reason: 'bad encoding', detail: 'the row is not valid UTF-8' } };
      continue;
    }
    yield { ok: true, record: { line: item.info.lines, fields } };
  }
  while (skipped.length) yield { ok: false, error: skipped.shift()! };
}
