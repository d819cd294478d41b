import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEventFile } from '../../bench/events/generate-events.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { Gateway } from '../../src/graph/gateway.ts';
import { projectRelationships, uniqueKeys } from '../../src/graph/writes/write-graph.ts';
import { importEventFile } from '../../src/import/run-import.ts';
import type { Dataset } from '../../src/import/types.ts';
import type { RelationType } from '../../src/model/vocabulary.ts';
import { EDITOR_TOKEN, READER_TOKEN, errorCode, gql, startTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabase } from '../helpers/database.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'events');
const FILES: Record<Dataset, string> = { acled: 'acled.csv', ucdp: 'ucdp.csv', gdelt: 'gdelt.export.CSV' };
const fixture = (d: Dataset) => fs.createReadStream(path.join(FIXTURES, FILES[d]));
const IMPORT = `mutation($d: EventDataset!, $c: String!, $r: String, $dry: Boolean) { importEvents(dataset: $d, content: $c, release: $r, dryRun: $dry) {
  dataset release dryRun rows claims relationships newActors { id name kind } skipped { reason count } errors { line reason detail } } }`;

/** Everything the graph holds, counted, plus the projected relationships' properties: equal means unchanged. */
async function snapshot(gateway: Gateway) {
  const [nodes] = await gateway.read('MATCH (n) RETURN count(n) AS n');
  const [rels] = await gateway.read('MATCH ()-[r]->() RETURN count(r) AS n');
  const projected = await gateway.read(
    'MATCH (s:Actor)-[r]->(t:Actor) WHERE any(id IN r.claimIds WHERE id STARTS WITH "acled-" OR id STARTS WITH "ucdp-" OR id STARTS WITH "gdelt-") RETURN s.id + type(r) + t.id AS key, properties(r) AS p ORDER BY key',
  );
  const claims = await gateway.read('MATCH (c:Claim) WHERE c.dataset IS NOT NULL RETURN c.id AS id, properties(c) AS p ORDER BY id');
  return { nodes: nodes!.n, rels: rels!.n, projected, claims };
}

/** Removes what the imports wrote and re-projects, so the other test files see the sample graph as it was. */
async function removeImported(gateway: Gateway, keepActors: Set<string> | null) {
  const rows = await gateway.read(
    'MATCH (c:Claim) WHERE c.dataset IS NOT NULL RETURN c.type AS type, c.sourceId AS sourceId, c.targetId AS targetId',
  );
  await gateway.write('MATCH (c:Claim) WHERE c.dataset IS NOT NULL DETACH DELETE c');
  await gateway.write(
    'MATCH (n) WHERE (n:Article AND n.id STARTS WITH "dataset-") OR (n:Location AND n.id STARTS WITH "place-") DETACH DELETE n',
  );
  // distinct keys: the projection groups equal keys together and would count their claims twice
  await gateway.writeTx((tx) =>
    projectRelationships(
      tx,
      uniqueKeys(rows.map((r) => ({ type: r.type as RelationType, sourceId: String(r.sourceId), targetId: String(r.targetId) }))),
    ),
  );
  // actors the imports created (proposed, or from the knowledge base but not in the sample graph)
  if (keepActors) await gateway.write('MATCH (a:Actor) WHERE NOT a.id IN $keep DETACH DELETE a', { keep: [...keepActors] });
}

describe('event dataset import', () => {
  let app: TestApp;
  let actorsBefore: Set<string>;
  const claim = async (id: string) =>
    (
      await app.gateway.read(
        `MATCH (c:Claim {id: $id})-[:CITES]->(a:Article) MATCH (c)-[:SUBJECT]->(s:Actor) MATCH (c)-[:OBJECT]->(t:Actor)
         OPTIONAL MATCH (c)-[:AT]->(l:Location)
         RETURN c {.*, dateStart: null, dateEnd: null, createdAt: null} AS c, a.id AS article, s.id AS source, t.id AS target, l {.name, .latitude, .longitude} AS place`,
        { id },
      )
    )[0];
  const tie = async (type: string, s: string, t: string) =>
    (
      await app.gateway.read(
        `MATCH (:Actor {id: $s})-[r:${type}]->(:Actor {id: $t}) RETURN r.claimIds AS ids, r.cameo AS cameo, r.status AS status`,
        { s, t },
      )
    )[0];

  beforeAll(async () => {
    app = await startTestApp();
    await removeImported(app.gateway, null);
    actorsBefore = new Set((await app.gateway.read('MATCH (a:Actor) RETURN a.id AS id')).map((r) => String(r.id)));
  });
  afterAll(async () => {
    await removeImported(app.gateway, actorsBefore);
    await app.close();
  });

  it('imports ACLED: actors, types, directions, dates, places and provenance; bad rows reported by line, none written', async () => {
    const s = await importEventFile(app.gateway, { dataset: 'acled', input: fixture('acled'), release: '2024-test' });
    expect(s).toMatchObject({ rows: 14, claims: 6, relationships: 6, dryRun: false });
    expect(s.newActors).toEqual([{ id: 'lashkar-e-fixturabad', name: 'Lashkar-e-Fixturabad', kind: 'ArmedGroup' }]);
    expect(s.errors.map((e) => `${e.line} ${e.reason}`)).toEqual([
      '10 bad date',
      '11 unknown event type',
      '12 wrong column count',
      '13 broken quoting',
      '14 bad encoding',
    ]);
    expect(s.skipped['protests are not ties between two actors']).toBe(1);

    expect(await claim('acled-xpk1001')).toMatchObject({
      article: 'dataset-acled-2024-test',
      source: 'ttp',
      target: 'pakistan-army',
      c: {
        type: 'ATTACKS',
        date: '2024-03-16',
        datePrecision: 'DAY',
        fatalities: 5,
        dataset: 'acled',
        rowId: 'XPK1001',
        citation: 'Fixture Daily',
        origin: 'imported',
        status: 'stated',
        sentence: expect.stringContaining('Mir Ali'),
      },
      place: { name: 'Mir Ali, Khyber Pakhtunkhwa', latitude: 33.021, longitude: 70.073 },
    });
    expect(await claim('acled-xpk1004')).toMatchObject({
      source: 'counter-terrorism-department',
      target: 'ttp',
      c: { type: 'DETAINS', date: '2024-02', datePrecision: 'MONTH' },
    });
    expect((await tie('ATTACKS', 'ttp', 'pakistan-army'))!.ids).toContain('acled-xpk1001');
    expect((await tie('ATTACKS', 'pakistan-army', 'ttp'))!.ids).toContain('acled-xpk1014');
    expect((await tie('CEASEFIRE_WITH', 'pakistan-government', 'ttp'))!.ids).toContain('acled-xpk1005');
    expect((await tie('NEGOTIATES_WITH', 'afghan-taliban', 'pakistan-government'))!.ids).toContain('acled-xpk1006');
    const [actor] = await app.gateway.read('MATCH (a:Actor:ArmedGroup {id: "lashkar-e-fixturabad"}) RETURN a.description AS d');
    expect(actor!.d).toMatch(/proposed by the acled import/);
    const bad = await app.gateway.read(
      'MATCH (c:Claim) WHERE c.rowId IN ["XPK1009", "XPK1010", "XPK1011", "XPK1012", "XPK1013", "XPK1002", "XPK1003", "XPK1008"] RETURN c.id AS id',
    );
    expect(bad).toEqual([]);
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await snapshot(app.gateway);
    const s = await importEventFile(app.gateway, { dataset: 'acled', input: fixture('acled'), release: '2024-test' });
    expect(s.newActors).toEqual([]);
    expect(await snapshot(app.gateway)).toEqual(before);
  });

  it('imports UCDP: both directions between the sides, one-sided without a target counted, clarity as status', async () => {
    const s = await importEventFile(app.gateway, { dataset: 'ucdp', input: fixture('ucdp'), release: 'ged-test' });
    expect(s).toMatchObject({ rows: 10, claims: 8 });
    expect(s.skipped['no target actor (not an actor: civilians, unidentified)']).toBe(1);
    expect(s.errors.map((e) => e.line)).toEqual([6, 7, 8, 9, 10]);
    expect(await claim('ucdp-900001')).toMatchObject({
      source: 'pakistan-government',
      target: 'ttp',
      c: { fatalities: 7, date: '2023-08-12' },
      place: { name: 'Miranshah town' },
    });
    expect(await claim('ucdp-900001-ba')).toMatchObject({ source: 'ttp', target: 'pakistan-government', c: { rowId: '900001' } });
    expect(await claim('ucdp-900003')).toMatchObject({ source: 'islamic-state-khorasan', c: { status: 'alleged', date: '2023-09' } });
    expect(await claim('ucdp-900004')).toMatchObject({ target: 'jaish-al-fixture', c: { date: '2023', datePrecision: 'YEAR' } });
  });

  it('an interrupted import leaves whole batches only, and running it again completes it', async () => {
    let calls = 0;
    const failing: Gateway = {
      ...app.gateway,
      get queryCount() {
        return app.gateway.queryCount;
      },
      writeTx: (work, opts) =>
        app.gateway.writeTx(async (tx) => {
          const out = await work(tx);
          if (++calls === 3) throw new Error('interrupted');
          return out;
        }, opts),
    };
    await expect(
      importEventFile(failing, { dataset: 'gdelt', input: fixture('gdelt'), release: 'resume-test', batchSize: 3 }),
    ).rejects.toThrow('interrupted');
    const partial = await app.gateway.read('MATCH (c:Claim {dataset: "gdelt"}) RETURN c.id AS id ORDER BY id');
    expect(partial.length).toBe(3); // the first batch; the second rolled back whole
    const s = await importEventFile(app.gateway, { dataset: 'gdelt', input: fixture('gdelt'), release: 'resume-test', batchSize: 3 });
    expect(s.claims).toBe(8);
    expect((await app.gateway.read('MATCH (c:Claim {dataset: "gdelt"}) RETURN count(c) AS n'))[0]!.n).toBe(8);
  });

  it('the importEvents mutation imports GDELT for editors, refuses others, and a dry run writes nothing', async () => {
    const content = fs.readFileSync(path.join(FIXTURES, FILES.gdelt), 'latin1'); // bytes kept: the bad-encoding row must stay bad
    const utf8 = fs.readFileSync(path.join(FIXTURES, FILES.gdelt), 'utf8');
    expect(content.length).toBeGreaterThan(0);
    expect(errorCode(await gql(app.url, IMPORT, { d: 'gdelt', c: utf8 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(app.url, IMPORT, { d: 'gdelt', c: utf8 }, READER_TOKEN))).toBe('FORBIDDEN');

    const before = await snapshot(app.gateway);
    const dry = await gql(app.url, IMPORT, { d: 'gdelt', c: utf8, r: 'api-test', dry: true }, EDITOR_TOKEN);
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importEvents).toMatchObject({ dryRun: true, rows: 14, claims: 8 });
    expect(await snapshot(app.gateway)).toEqual(before);

    const res = await gql(app.url, IMPORT, { d: 'gdelt', c: utf8, r: 'api-test' }, EDITOR_TOKEN);
    expect(res.errors).toBeUndefined();
    const out = res.data.importEvents;
    expect(out).toMatchObject({ dataset: 'gdelt', release: 'api-test', rows: 14, claims: 8 });
    expect(out.skipped).toEqual(
      expect.arrayContaining([
        { reason: 'unmapped event type: 02x', count: 1 },
        { reason: 'no second actor', count: 1 },
        { reason: 'bad encoding', count: 1 },
      ]),
    );
    expect(out.errors).toContainEqual({ line: 11, reason: 'unknown event type', detail: expect.stringContaining('ABC') });
    expect(await claim('gdelt-1200000002')).toMatchObject({
      article: 'dataset-gdelt-api-test',
      source: 'qatar',
      target: 'afghan-taliban',
      c: { type: 'MEDIATES', url: 'https://news.example.org/fixture/2' },
      place: { latitude: 25.2867 },
    });
    expect(await tie('ACCUSES', 'pakistan-government', 'afghan-taliban')).toMatchObject({ cameo: '112' });
    expect(await tie('ATTACKS', 'fixture-rebel-front', 'pakistan-army')).toBeDefined();
    // a re-import under another release moves the claims' citation, it does not duplicate it
    const [cites] = await app.gateway.read('MATCH (c:Claim {id: "gdelt-1200000002"})-[r:CITES]->() RETURN count(r) AS n');
    expect(cites!.n).toBe(1);
  });

  it('refuses a file that is not of the dataset, and oversized content, with BAD_USER_INPUT', async () => {
    const ucdp = fs.readFileSync(path.join(FIXTURES, FILES.ucdp), 'utf8');
    const wrong = await gql(app.url, IMPORT, { d: 'acled', c: ucdp }, EDITOR_TOKEN);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions).toMatchObject({ reason: 'BAD_IMPORT_FILE' });
    expect(wrong.errors![0]!.message).toMatch(/header lacks event_id_cnty/);
    expect(errorCode(await gql(app.url, IMPORT, { d: 'acled', c: 'x'.repeat(1024 * 1024 + 1) }, EDITOR_TOKEN))).toBe('BAD_USER_INPUT');
  });

  it('the CLI prints the summary; --dry-run writes nothing', async () => {
    const db = testDatabase();
    const env = {
      ...process.env,
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      NEO4J_PASSWORD: db.password,
      CI: 'true',
      LOG_LEVEL: 'error',
    };
    const run = promisify(execFile);
    const cli = path.join(PROJECT_ROOT, 'src', 'cli', 'main.ts');
    const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    const before = await snapshot(app.gateway);
    const dry = await run(tsx, [cli, 'import', 'ucdp', path.join(FIXTURES, FILES.ucdp), '--dry-run', '--release', 'ged-test'], {
      env,
      cwd: PROJECT_ROOT,
    });
    expect(dry.stdout).toMatch(/^dry run \(nothing written\): ucdp ged-test: 10 row\(s\), 8 claim\(s\)/);
    expect(dry.stdout).toMatch(/line 9: broken quoting/);
    expect(await snapshot(app.gateway)).toEqual(before);
    const real = await run(tsx, [cli, 'import', 'ucdp', path.join(FIXTURES, FILES.ucdp), '--release', 'ged-test'], {
      env,
      cwd: PROJECT_ROOT,
    });
    expect(real.stdout).toMatch(/ucdp ged-test: 10 row\(s\), 8 claim\(s\), \d+ relationship\(s\), 0 new actor\(s\), 6 skipped/);
    expect(await snapshot(app.gateway)).toEqual(before);
  });

  it('batches of new, known and mixed claims leave each relationship as re-projecting all its claims would, and claims as MERGE would', async () => {
    // generated rows: few actors, so pairs recur across batches and meet the sample graph's curated ties
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extend-test-'));
    const [head, whole] = [path.join(dir, 'head.csv'), path.join(dir, 'whole.csv')];
    await writeEventFile('acled', 150, head, 5);
    await writeEventFile('acled', 400, whole, 5); // the same first 150 rows, then more
    await importEventFile(app.gateway, { dataset: 'acled', input: fs.createReadStream(head), release: 'extend-test', batchSize: 40 });
    // batches of known claims only, of known and new claims, and of new claims only
    await importEventFile(app.gateway, { dataset: 'acled', input: fs.createReadStream(whole), release: 'extend-test', batchSize: 60 });

    const keyRows = await app.gateway.read(
      'MATCH (c:Claim {dataset: "acled"}) WHERE c.rowId STARTS WITH "BPK" RETURN DISTINCT c.type AS type, c.sourceId AS sourceId, c.targetId AS targetId',
    );
    const keys = keyRows.map((r) => ({ type: r.type as RelationType, sourceId: String(r.sourceId), targetId: String(r.targetId) }));
    const projections = async () =>
      (
        await app.gateway.read(
          `UNWIND $keys AS k MATCH (s:Actor {id: k.sourceId})-[r]->(t:Actor {id: k.targetId}) WHERE type(r) = k.type
           RETURN k.type + ' ' + k.sourceId + ' ' + k.targetId AS key, properties(r) AS p ORDER BY key`,
          { keys },
        )
      ).map((row) => ({ key: String(row.key), p: row.p as Record<string, unknown> }));
    const extended = await projections();
    expect(extended.length).toBe(keys.length);
    const multi = extended.filter((r) => Number(r.p.evidenceCount) > 1);
    expect(multi.length).toBeGreaterThan(10);
    await app.gateway.writeTx((tx) => projectRelationships(tx, keys));
    expect(await projections()).toEqual(extended);
    // the claims created in one pass hold what the MERGE path writes: updating them all changes nothing
    const before = await snapshot(app.gateway);
    await importEventFile(app.gateway, { dataset: 'acled', input: fs.createReadStream(whole), release: 'extend-test', batchSize: 500 });
    expect(await snapshot(app.gateway)).toEqual(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
