/**
 * Event dataset import through the API: small files only (the CLI streams the big ones). Checks
 * the input, runs the import (src/import/run-import.ts) and shapes its summary for GraphQL.
 */
import { badImportFile } from '../../errors.ts';
import { MappingError } from '../../import/mapping.ts';
import { importEventFile } from '../../import/run-import.ts';
import { isDataset, type ImportSummary } from '../../import/types.ts';
import { optionalText } from '../../model/validate.ts';
import type { Gateway } from '../gateway.ts';

/** Bytes of content the mutation takes; anything bigger belongs to `cli import`. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export function toImportResult(s: ImportSummary) {
  return { ...s, skipped: Object.entries(s.skipped).map(([reason, count]) => ({ reason, count })) };
}

export function createImportRepository(gateway: Gateway) {
  return {
    async importEvents(dataset: string, content: string, release: string | null | undefined, dryRun: boolean) {
      if (!isDataset(dataset)) throw badImportFile(`unknown dataset ${JSON.stringify(dataset)}`, { field: 'dataset' });
      const bytes = Buffer.byteLength(content, 'utf8');
      if (!content.trim()) throw badImportFile('content must not be empty', { field: 'content' });
      if (bytes > MAX_IMPORT_BYTES)
        throw badImportFile(`content is too large (${bytes} bytes, at most ${MAX_IMPORT_BYTES}); use npm run cli -- import`, {
          field: 'content',
        });
      const name = optionalText('release', release, 100) ?? 'api';
      try {
        return toImportResult(await importEventFile(gateway, { dataset, input: content, release: name, dryRun }));
      } catch (err) {
        if (err instanceof MappingError) throw badImportFile(err.message, { field: 'mapping' });
        throw err;
      }
    },
  };
}
