import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../config.ts';
import { buildAliasIndex } from '../ingest/3-mentions/alias-index.ts';
import { loadMapping, parseMapping } from './mapping.ts';
import { mapRow, type ImportClaim, type MapContext } from './map-rows.ts';
import { compileEventMatcher } from './match-event.ts';
import { readEvents } from './read-events.ts';
import { LAYOUTS } from './readers/index.ts';
import { createActorResolver } from './resolve-actor.ts';
import type { Dataset } from './types.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'events');
const FILES: Record<Dataset, string> = { acled: 'acled.csv', ucdp: 'ucdp.csv', gdelt: 'gdelt.export.CSV' };

/** Reads and maps a fixture without a database (the knowledge base's alias index only). */
async function mapFixture(dataset: Dataset) {
  const mapping = loadMapping(dataset);
  const ctx: MapContext = {
    mapping,
    matcher: compileEventMatcher(mapping),
    resolver: createActorResolver(mapping, buildAliasIndex()),
    articleId: 'dataset-x',
  };
  const claims: ImportClaim[] = [];
  const skipped: Record<string, number> = {};
  const errors: Array<{ line: number; reason: string }> = [];
  for await (const item of readEvents(LAYOUTS[dataset], fs.createReadStream(path.join(FIXTURES, FILES[dataset])))) {
    const mapped = item.ok ? mapRow(item.row, ctx) : ({ kind: 'error', error: item.error } as const);
    if (mapped.kind === 'error') errors.push({ line: mapped.error.line, reason: mapped.error.reason });
    else if (mapped.kind === 'skip') skipped[mapped.reason] = (skipped[mapped.reason] ?? 0) + 1;
    else claims.push(...mapped.claims);
  }
  const edges = claims.map((c) => `${c.sourceId} ${c.type} ${c.targetId} ${c.date}`);
  return { claims, edges, skipped, errors, proposed: [...ctx.resolver.proposed.keys()] };
}

describe('event import: read and map', () => {
  it('maps the ACLED fixture: types, directions, precision, proposed actors; bad rows by line', async () => {
    const out = await mapFixture('acled');
    expect(out.edges).toEqual([
      'ttp ATTACKS pakistan-army 2024-03-16',
      'counter-terrorism-department DETAINS ttp 2024-02',
      'pakistan-government CEASEFIRE_WITH ttp 2024-04-02',
      'afghan-taliban NEGOTIATES_WITH pakistan-government 2024-04-05',
      'lashkar-e-fixturabad ATTACKS pakistan-army 2024-04-09',
      'pakistan-army ATTACKS ttp 2024-04-15',
    ]);
    expect(out.claims[0]).toMatchObject({
      id: 'acled-xpk1001',
      fatalities: 5,
      citation: 'Fixture Daily',
      origin: 'imported',
      status: 'stated',
      datePrecision: 'DAY',
    });
    expect(out.proposed).toEqual(['lashkar-e-fixturabad']);
    expect(out.errors).toEqual([
      { line: 10, reason: 'bad date' },
      { line: 11, reason: 'unknown event type' },
      { line: 12, reason: 'wrong column count' },
      { line: 13, reason: 'broken quoting' },
      { line: 14, reason: 'bad encoding' },
    ]);
    expect(out.skipped).toMatchObject({ 'protests are not ties between two actors': 1 });
    expect(Object.values(out.skipped).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('maps UCDP: both directions for state-based and non-state, one-sided without a target counted, clarity as status', async () => {
    const out = await mapFixture('ucdp');
    expect(out.edges).toEqual([
      'pakistan-government ATTACKS ttp 2023-08-12',
      'ttp ATTACKS pakistan-government 2023-08-12',
      'islamic-state-khorasan ATTACKS ttp 2023-09',
      'ttp ATTACKS islamic-state-khorasan 2023-09',
      'pakistan-government ATTACKS jaish-al-fixture 2023',
      'jaish-al-fixture ATTACKS pakistan-government 2023',
      'pakistan-government ATTACKS ttp 2023-11-05',
      'ttp ATTACKS pakistan-government 2023-11-05',
    ]);
    expect(out.claims.find((c) => c.rowId === '900003')).toMatchObject({ status: 'alleged', datePrecision: 'MONTH' });
    expect(out.skipped).toEqual({ 'no target actor (not an actor: civilians, unidentified)': 1 });
    expect(out.errors.map((e) => `${e.line} ${e.reason}`)).toEqual([
      '6 bad date',
      '7 unknown event type',
      '8 wrong column count',
      '9 broken quoting',
      '10 bad encoding',
    ]);
  });

  it('maps GDELT by CAMEO code and actor code', async () => {
    const out = await mapFixture('gdelt');
    expect(out.edges).toEqual([
      'pakistan-government ACCUSES afghan-taliban 2024-03-01',
      'qatar MEDIATES afghan-taliban 2024-03-02',
      'pakistan-army ATTACKS ttp 2024-03-03',
      'pakistan-government NEGOTIATES_WITH ttp 2024-03-04',
      'pakistan-security-forces DETAINS afghan-taliban 2024-03-05',
      'ttp THREATENS pakistan-government 2024-03-08',
      'fixture-rebel-front ATTACKS pakistan-army 2024-03-09',
      'afghan-taliban REJECTS pakistan-government 2024-03-14',
    ]);
    expect(out.skipped).toEqual({ 'unmapped event type: 02x': 1, 'no second actor': 1 });
    expect(out.errors.map((e) => `${e.line} ${e.reason}`)).toEqual([
      '10 bad date',
      '11 unknown event type',
      '12 wrong column count',
      '13 bad encoding',
    ]);
    expect(out.claims[0]).toMatchObject({ id: 'gdelt-1200000001', url: 'https://news.example.org/fixture/1', status: 'alleged' });
  });

  it('refuses an invalid mapping with the path of the bad entry', () => {
    expect(() => parseMapping('dataset: acled\nrules: []\n', 'x.yaml')).toThrow(/x\.yaml: invalid mapping: .*source/);
    const text = fs
      .readFileSync(path.join(PROJECT_ROOT, 'knowledge', 'mappings', 'acled.yaml'), 'utf8')
      .replace('type: DETAINS', 'type: KIDNAPS');
    expect(() => parseMapping(text, 'acled.yaml')).toThrow(/rules\.3\.type/);
  });
});
