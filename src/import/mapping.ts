/**
 * Mappings as data: `knowledge/mappings/<dataset>.yaml` says how a dataset's actor names and
 * codes become the project's actors and how its event types become relationship types. Each
 * file is validated with zod when loaded, so a typo in a mapping fails the import at once with
 * the file and the path of the bad entry, never half-way through a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.ts';
import { ACTOR_KINDS, CLAIM_STATUSES, RELATION_TYPES } from '../model/vocabulary.ts';
import type { Dataset } from './types.ts';

export const MAPPINGS_DIR = path.join(PROJECT_ROOT, 'knowledge', 'mappings');

/** A field test: a plain string is an exact, case-insensitive match. */
const Matcher = z.union([z.string(), z.object({ prefix: z.string().min(1) }).strict(), z.object({ pattern: z.string().min(1) }).strict()]);

const Rule = z
  .object({
    when: z.record(z.string(), Matcher),
    /** The relationship type; absent together with `skip`. */
    type: z.enum(RELATION_TYPES).optional(),
    /** forward: actor1 → actor2; reverse: actor2 → actor1; both: one claim each way. */
    direction: z.enum(['forward', 'reverse', 'both']).default('forward'),
    /** Rows this rule matches map to nothing, counted under this reason. */
    skip: z.string().min(1).optional(),
  })
  .strict()
  .refine((r) => (r.type === undefined) !== (r.skip === undefined), { message: 'a rule has exactly one of `type` or `skip`' });

export const MappingSchema = z
  .object({
    dataset: z.enum(['acled', 'ucdp', 'gdelt']),
    source: z.object({ title: z.string().min(1), publisher: z.string().min(1), url: z.string().url() }).strict(),
    status: z.enum(CLAIM_STATUSES).default('stated'),
    confidence: z.number().gt(0).lte(1),
    /** Dataset actor name → project actor id (case-insensitive on the name). */
    actors: z.record(z.string(), z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default({}),
    /** Dataset actor code → project actor id; the longest matching code prefix wins (GDELT). */
    codes: z.record(z.string(), z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default({}),
    /** Names that are not actors (civilians, unidentified groups): a row with one maps only if its rule needs no such side. */
    ignore: z.array(z.string()).default([]),
    /** Kind of a proposed actor: the first pattern that matches its name, else `default`. */
    propose: z
      .object({
        default: z.enum(ACTOR_KINDS),
        patterns: z.array(z.object({ pattern: z.string().min(1), kind: z.enum(ACTOR_KINDS) }).strict()).default([]),
      })
      .strict(),
    /** The field whose value must be one of `event_types` (else the row is malformed: unknown event type). */
    event_field: z.string().min(1),
    /** exact: the value is one of the list; prefix: it starts with one of them (CAMEO roots). */
    event_match: z.enum(['exact', 'prefix']).default('exact'),
    event_types: z.array(z.string().min(1)).min(1),
    /** First matching rule wins; a known event type no rule matches is counted as unmapped. */
    rules: z.array(Rule).min(1),
  })
  .strict();

export type Mapping = z.infer<typeof MappingSchema>;
export type MappingRule = Mapping['rules'][number];

export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

/** Validates a parsed mapping; throws MappingError naming the file and the bad entries. */
export function parseMapping(text: string, file: string): Mapping {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    throw new MappingError(`${file}: not valid YAML: ${(err as Error).message}`);
  }
  const result = MappingSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new MappingError(`${file}: invalid mapping: ${issues}`);
  }
  for (const rule of result.data.rules) {
    for (const m of Object.values(rule.when)) {
      if (typeof m === 'object' && 'pattern' in m) {
        try {
          new RegExp(m.pattern, 'i');
        } catch {
          throw new MappingError(`${file}: invalid pattern ${JSON.stringify(m.pattern)}`);
        }
      }
    }
  }
  return result.data;
}

const cache = new Map<string, Mapping>();

/** Loads and validates `knowledge/mappings/<dataset>.yaml` (cached per directory and dataset). */
export function loadMapping(dataset: Dataset, dir = MAPPINGS_DIR): Mapping {
  const file = path.join(dir, `${dataset}.yaml`);
  const hit = cache.get(file);
  if (hit) return hit;
  if (!fs.existsSync(file)) throw new MappingError(`missing mapping file ${path.relative(PROJECT_ROOT, file)}`);
  const mapping = parseMapping(fs.readFileSync(file, 'utf8'), path.relative(PROJECT_ROOT, file));
  if (mapping.dataset !== dataset) throw new MappingError(`${file}: dataset is ${mapping.dataset}, expected ${dataset}`);
  cache.set(file, mapping);
  return mapping;
}
