import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../config.ts';
import { BULK_FILES, writeBulkFiles } from './write-bulk-files.ts';

const FIXTURE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'events', 'ucdp.csv');

describe('bulk import files', () => {
  it('writes the nodes and relationships neo4j-admin reads, with the live path ids and properties', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-files-'));
    try {
      const out = await writeBulkFiles('ucdp', fs.createReadStream(FIXTURE), 'ged-test', dir);
      expect(out.summary).toMatchObject({ rows: 10, claims: 8 });
      expect(out.keys).toHaveLength(6);
      const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n');
      for (const f of [...BULK_FILES.nodes, ...BULK_FILES.relationships]) expect(fs.existsSync(path.join(dir, f))).toBe(true);
      const claims = read('claims.csv');
      expect(claims[0]).toMatch(/^id:ID\(Claim\),:LABEL,type,.*dateStart:date,dateEnd:date/);
      expect(claims).toHaveLength(9);
      expect(claims.find((l) => l.startsWith('ucdp-900001,'))).toMatch(
        /^ucdp-900001,Claim,ATTACKS,pakistan-government,ttp,dataset-ucdp-ged-test,/,
      );
      expect(read('subject.csv')).toContain('ucdp-900001-ba,ttp,SUBJECT');
      expect(read('actors.csv').find((l) => l.startsWith('jaish-al-fixture,'))).toMatch(
        /^jaish-al-fixture,"Actor;ArmedGroup",ArmedGroup,Jaish al-Fixture,/,
      );
      expect(read('locations.csv')[1]).toMatch(/"\{latitude:33,longitude:70\.07\}"$/);
      expect(read('articles.csv')[1]).toMatch(/^dataset-ucdp-ged-test,Article,/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
