/**
 * The query string of `GET /export/*` as repository arguments: the same filters as the API
 * (`types`, `from`, `to`, `minConfidence`, `evidence`) plus the view (`ids=a,b,c`) or a
 * neighbourhood (`actor`, `depth`, `limit`). Lists are comma-separated. Anything malformed
 * is BAD_USER_INPUT naming the parameter; values are checked against the vocabulary enums.
 */
import type { Request } from 'express';
import { badInput } from '../../errors.ts';
import type { EvidenceFilter } from '../../graph/filters.ts';
import type { ExportArgs } from '../../graph/repositories/export.ts';
import { isRelationType, type RelationType } from '../../model/vocabulary.ts';

const EVIDENCE: readonly EvidenceFilter[] = ['CURATED', 'REVIEWED', 'ALL'];
const KNOWN = new Set(['ids', 'actor', 'depth', 'limit', 'types', 'from', 'to', 'minConfidence', 'evidence', 'table']);

function single(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput(`${name} must be given once`, { argument: name });
  return value;
}

function list(req: Request, name: string): string[] | null {
  const value = single(req, name);
  return value === null
    ? null
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
}

function number(req: Request, name: string, integer: boolean): number | null {
  const value = single(req, name);
  if (value === null) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)))
    throw badInput(`${name} must be ${integer ? 'an integer' : 'a number'} (got ${value.slice(0, 40)})`, { argument: name });
  return n;
}

/** Parses and checks the export parameters (unknown parameters are refused, so typos show). */
export function parseExportParams(req: Request): ExportArgs {
  for (const name of Object.keys(req.query))
    if (!KNOWN.has(name)) throw badInput(`unknown parameter: ${name.slice(0, 40)}`, { argument: name.slice(0, 40) });
  const types = list(req, 'types');
  for (const t of types ?? []) if (!isRelationType(t)) throw badInput(`not a relationship type: ${t.slice(0, 40)}`, { argument: 'types' });
  const evidence = single(req, 'evidence');
  if (evidence !== null && !EVIDENCE.includes(evidence as EvidenceFilter))
    throw badInput(`evidence must be one of ${EVIDENCE.join(', ')}`, { argument: 'evidence' });
  return {
    ids: list(req, 'ids'),
    actor: single(req, 'actor'),
    depth: number(req, 'depth', true),
    limit: number(req, 'limit', true),
    types: types as RelationType[] | null,
    from: single(req, 'from'),
    to: single(req, 'to'),
    minConfidence: number(req, 'minConfidence', false),
    evidence: evidence as EvidenceFilter | null,
  };
}
