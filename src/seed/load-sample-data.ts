/**
 * Loads the sample graph's data from `knowledge/sample-graph/` (see its `index.yaml`): the
 * articles, their curated claims and the extra actors, validated with zod and checked against
 * the knowledge base. Like the knowledge base, a bad file stops the import with one error that
 * lists every problem by file, entry (claim number, line) and field.
 *
 * Checks beyond each value's shape: an article file is named after its article's id; claim
 * numbers run 1..n within an article; every claim names two different actors of the knowledge
 * base (not places); the extra actors are actors of the knowledge base.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { findKnownActor } from '../knowledge/actors.ts';
import { KNOWLEDGE_DIR, KnowledgeError } from '../knowledge/load-knowledge.ts';
import { isoDay, slug } from '../knowledge/schema.ts';
import { isPartialDate } from '../model/dates.ts';
import { CLAIM_STATUSES, RELATION_TYPES, type ClaimStatus, type RelationType } from '../model/vocabulary.ts';

export const SAMPLE_GRAPH_DIR = path.join(KNOWLEDGE_DIR, 'sample-graph');

/** Named confidence levels of curated claims. */
export const CONFIDENCE_LEVELS = {
  /** A curated fact stated by the source. */
  stated: 0.9,
  /** A well-known background fact the curators are sure of. */
  known: 0.95,
  /** A fact the source itself presents as an allegation. */
  alleged: 0.6,
} as const;

const text = z.string().trim().min(1, 'must not be empty');

const articleSchema = z.strictObject({
  id: slug,
  title: text,
  publisher: text.nullable(),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL')
    .nullable(),
  publishedAt: isoDay.nullable(),
  note: text.optional(),
});

const claimSchema = z.strictObject({
  n: z.number().int().min(1),
  sentence: z.number().int().min(1, 'sentences are numbered from 1').nullable(),
  type: z.enum(RELATION_TYPES),
  source: slug,
  target: slug,
  date: z.string().refine(isPartialDate, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD').nullable(),
  status: z.enum(CLAIM_STATUSES),
  confidence: z.union([
    z.number().gt(0, 'must be above 0').max(1, 'must be at most 1'),
    z.enum(['stated', 'known', 'alleged']).transform((level) => CONFIDENCE_LEVELS[level]),
  ]),
  summary: text.max(299, 'must be shorter than 300 characters'),
});

const articleFileSchema = z.strictObject({
  article: articleSchema,
  claims: z.array(claimSchema).min(1, 'an article needs at least one claim'),
});

const indexSchema = z.strictObject({ articles: z.array(slug).min(1), extraActors: z.array(slug).default([]) });

export interface LoadedArticle {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  note?: string;
}

export interface LoadedClaim {
  id: string;
  article: string;
  sentenceIndex: number | null;
  type: RelationType;
  source: string;
  target: string;
  summary: string;
  date: string | null;
  status: ClaimStatus;
  confidence: number;
}

export interface SampleData {
  articles: LoadedArticle[];
  claims: LoadedClaim[];
  extraActors: string[];
}

/** The 1-based line of the deepest node on `at` that the document has. */
function lineOf(doc: Document, lines: LineCounter, at: ReadonlyArray<PropertyKey>): number {
  for (let n = at.length; n >= 0; n--) {
    const node = doc.getIn(at.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** Parses and validates one file; problems are appended and undefined returned on failure. */
function readFile<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  problems: string[],
): { data: z.infer<S>; line: (at: PropertyKey[]) => number } | undefined {
  let source: string;
  try {
    source = fs.readFileSync(path.join(dir, file), 'utf8');
  } catch {
    problems.push(`sample-graph/${file}: cannot be read (missing?)`);
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      problems.push(`sample-graph/${file}: line ${lines.linePos(e.pos[0]).line}: YAML syntax: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  const line = (at: PropertyKey[]) => lineOf(doc, lines, at);
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path;
      const claim = at[0] === 'claims' && typeof at[1] === 'number' ? `claims entry ${at[1] + 1}` : undefined;
      const field = (claim ? at.slice(2) : at).join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(file)');
      problems.push(`sample-graph/${file}: ${claim ? `${claim} ` : ''}(line ${line(at)}): field ${field}: ${issue.message}`);
    }
    return undefined;
  }
  return { data: parsed.data, line };
}

function isActor(id: string): boolean {
  const known = findKnownActor(id);
  return known !== undefined && known.kind !== 'Location';
}

/** Reads the sample graph in `dir`; throws `KnowledgeError` listing every problem. */
export function loadSampleData(dir: string = SAMPLE_GRAPH_DIR): SampleData {
  const problems: string[] = [];
  const index = readFile(dir, 'index.yaml', indexSchema, problems);
  const out: SampleData = { articles: [], claims: [], extraActors: [] };
  if (index) {
    index.data.extraActors.forEach((id, i) => {
      if (!isActor(id))
        problems.push(
          `sample-graph/index.yaml: (line ${index.line(['extraActors', i])}): field extraActors: "${id}" is not an actor of the knowledge base`,
        );
    });
    out.extraActors = index.data.extraActors;
    for (const name of index.data.articles) {
      const file = `${name}.yaml`;
      const loaded = readFile(dir, file, articleFileSchema, problems);
      if (!loaded) continue;
      const { article, claims } = loaded.data;
      if (article.id !== name)
        problems.push(
          `sample-graph/${file}: (line ${loaded.line(['article', 'id'])}): field article.id: "${article.id}" differs from the file name`,
        );
      out.articles.push(article);
      claims.forEach((c, i) => {
        const where = `sample-graph/${file}: claims entry ${i + 1}`;
        if (c.n !== i + 1)
          problems.push(
            `${where} (line ${loaded.line(['claims', i, 'n'])}): field n: is ${c.n}, expected ${i + 1} (claims are numbered 1..n in order)`,
          );
        for (const end of ['source', 'target'] as const) {
          if (!isActor(c[end]))
            problems.push(
              `${where} (line ${loaded.line(['claims', i, end])}): field ${end}: "${c[end]}" is not an actor of the knowledge base`,
            );
        }
        if (c.source === c.target)
          problems.push(`${where} (line ${loaded.line(['claims', i, 'target'])}): field target: same as the source`);
        out.claims.push({
          id: `${article.id}:${c.n}`,
          article: article.id,
          sentenceIndex: c.sentence,
          type: c.type,
          source: c.source,
          target: c.target,
          summary: c.summary,
          date: c.date,
          status: c.status,
          confidence: c.confidence,
        });
      });
    }
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  return out;
}
