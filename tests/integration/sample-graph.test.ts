/**
 * The sample graph holds every fact of the seed articles' gold files (when ../shared is
 * present) or of the project's own fixture (always), as typed relationships backed by claims
 * that cite their article; loading it again changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { Gateway } from '../../src/graph/gateway.ts';
import { SYMMETRIC_TYPES, type RelationType } from '../../src/model/vocabulary.ts';
import { loadSampleGraph } from '../../src/seed/load-sample-graph.ts';
import { connectTestGateway } from '../helpers/database.ts';

interface Gold {
  article: string;
  relations: { type: RelationType; source: string; target: string }[];
}

const SEED_DIR = path.join(PROJECT_ROOT, '..', 'shared', 'corpus', 'seed');
const goldFiles = fs.existsSync(SEED_DIR)
  ? fs
      .readdirSync(SEED_DIR)
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => path.join(SEED_DIR, f))
  : [];
const fixture = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'sample-gold.json');
const sources: { file: string; citesArticle: boolean }[] = [
  { file: fixture, citesArticle: false },
  ...goldFiles.map((file) => ({ file, citesArticle: true })),
];

describe('the sample graph', () => {
  let gateway: Gateway;
  beforeAll(() => {
    gateway = connectTestGateway();
  });
  afterAll(async () => gateway.close());

  for (const { file, citesArticle } of sources) {
    it(`holds every relation of ${path.basename(file)} with a claim${citesArticle ? ' citing its article' : ''}`, async () => {
      const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as Gold;
      for (const r of gold.relations) {
        const [s, t] = SYMMETRIC_TYPES.has(r.type) && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
        const rows = await gateway.read(
          `MATCH (:Actor {id: $s})-[rel]->(:Actor {id: $t}) WHERE type(rel) = $type
           MATCH (c:Claim)-[:CITES]->(a:Article) WHERE c.id IN rel.claimIds
           RETURN collect(a.id) AS articles, collect(c.summary) AS summaries`,
          { s, t, type: r.type },
        );
        const label = `${r.type} ${r.source} → ${r.target}`;
        expect(rows[0]?.articles, label).toBeDefined();
        const articles = rows[0]!.articles as string[];
        expect(articles.length, label).toBeGreaterThan(0);
        if (citesArticle) expect(articles, label).toContain(gold.article);
        for (const summary of rows[0]!.summaries as string[]) expect(summary, label).toBeTruthy();
      }
    });
  }

  it('is loaded idempotently: a second load changes no count', async () => {
    const counts = async () =>
      (
        await gateway.read(
          'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels, sum(coalesce(r.evidenceCount, 0)) AS evidence',
        )
      )[0];
    const before = await counts();
    await loadSampleGraph(gateway);
    expect(await counts()).toEqual(before);
  });

  it('gives actors their kind label, aliases and the Afghan Taliban as the government after August 2021', async () => {
    const [row] = await gateway.read(
      "MATCH (a:Actor {id: 'afghan-taliban'}) RETURN labels(a) AS labels, a.aliases AS aliases, a.validFrom AS from",
    );
    expect(row!.labels).toEqual(expect.arrayContaining(['Actor', 'Government']));
    expect((row!.aliases as string[]).length).toBeGreaterThan(2);
    const [ttp] = await gateway.read("MATCH (a:Actor {id: 'ttp'}) RETURN a.aliases AS aliases");
    expect(ttp!.aliases).toEqual(expect.arrayContaining(['TTP', 'Pakistani Taliban']));
  });
});
