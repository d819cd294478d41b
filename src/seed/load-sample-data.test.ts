/**
 * The loader of `knowledge/sample-graph/`: the real folder loads; broken copies fail with a
 * message naming file, claim entry, line and field.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../knowledge/load-knowledge.ts';
import { CONFIDENCE_LEVELS, loadSampleData } from './load-sample-data.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const INDEX = 'articles: [a-note]\nextraActors: [islamic-state-khorasan]\n';
const ARTICLE = `article:
  id: a-note
  title: A note
  publisher: null
  url: null
  publishedAt: 2024-06-25
claims:
  - n: 1
    sentence: 2
    type: MEDIATES
    source: sirajuddin-haqqani
    target: ttp
    date: "2022"
    status: stated
    confidence: known
    summary: Haqqani brought the two sides together in Kabul.
`;

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-graph-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries({ 'index.yaml': INDEX, 'a-note.yaml': ARTICLE, ...files }))
    fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

function problems(files: Record<string, string>): string[] {
  try {
    loadSampleData(folder(files));
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeError);
    return (e as KnowledgeError).problems;
  }
  throw new Error('expected the folder to be rejected');
}

describe('loadSampleData', () => {
  it('loads the project’s sample graph', () => {
    const data = loadSampleData();
    expect(data.articles.map((a) => a.id)).toEqual(['ttp-ends-truce', 'pakistan-rejects-ttp-talks', 'analyst-notes']);
    expect(data.claims.length).toBeGreaterThan(40);
    expect(data.extraActors).toEqual(['islamic-state-khorasan']);
  });

  it('turns numbered claims into ids and named confidence levels into numbers', () => {
    const data = loadSampleData(folder({}));
    expect(data.claims).toEqual([
      {
        id: 'a-note:1',
        article: 'a-note',
        sentenceIndex: 2,
        type: 'MEDIATES',
        source: 'sirajuddin-haqqani',
        target: 'ttp',
        summary: 'Haqqani brought the two sides together in Kabul.',
        date: '2022',
        status: 'stated',
        confidence: CONFIDENCE_LEVELS.known,
      },
    ]);
    expect(data.articles[0]).toMatchObject({ id: 'a-note', publishedAt: '2024-06-25' });
  });

  it('names file, claim entry, line and field of a bad value', () => {
    expect(problems({ 'a-note.yaml': ARTICLE.replace('type: MEDIATES', 'type: MEDIATED') })).toEqual([
      expect.stringMatching(/^sample-graph\/a-note\.yaml: claims entry 1 \(line 10\): field type: /),
    ]);
    expect(problems({ 'a-note.yaml': ARTICLE.replace('date: "2022"', 'date: "2022-13"') })[0]).toBe(
      'sample-graph/a-note.yaml: claims entry 1 (line 13): field date: must be a date YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(problems({ 'a-note.yaml': ARTICLE.replace('confidence: known', 'confidence: 1.5') })[0]).toMatch(
      /claims entry 1 \(line 15\): field confidence: /,
    );
  });

  it('rejects claims naming unknown actors or places, and misnumbered claims', () => {
    const ps = problems({ 'a-note.yaml': ARTICLE.replace('source: sirajuddin-haqqani', 'source: kabul').replace('n: 1', 'n: 2') });
    expect(ps).toEqual([
      'sample-graph/a-note.yaml: claims entry 1 (line 8): field n: is 2, expected 1 (claims are numbered 1..n in order)',
      'sample-graph/a-note.yaml: claims entry 1 (line 11): field source: "kabul" is not an actor of the knowledge base',
    ]);
  });

  it('rejects an article whose id is not its file name, unknown fields and unknown extra actors', () => {
    expect(problems({ 'a-note.yaml': ARTICLE.replace('id: a-note', 'id: other') })).toEqual([
      'sample-graph/a-note.yaml: (line 2): field article.id: "other" differs from the file name',
    ]);
    expect(problems({ 'a-note.yaml': ARTICLE.replace('    status: stated', '    status: stated\n    satus: stated') })[0]).toMatch(
      /claims entry 1 \(line \d+\): field satus: /,
    );
    expect(problems({ 'index.yaml': 'articles: [a-note]\nextraActors: [nobody]\n' })).toEqual([
      'sample-graph/index.yaml: (line 2): field extraActors: "nobody" is not an actor of the knowledge base',
    ]);
  });

  it('reports a missing article file', () => {
    expect(problems({ 'index.yaml': 'articles: [a-note, missing]\n' })).toEqual(['sample-graph/missing.yaml: cannot be read (missing?)']);
  });
});
