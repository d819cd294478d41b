import { describe, expect, it } from 'vitest';
import { formatScore, mapEntities, norm, scoreArticles, type GoldFile } from './score-extraction.ts';

const gold: GoldFile = {
  entities: [
    { key: 'a-group', kind: 'ArmedGroup', names: ['Alpha Front', 'AF'] },
    { key: 'b-gov', kind: 'Government', names: ['Government of Beta', 'Beta'] },
    { key: 'c-town', kind: 'Location', names: ['Gamma'] },
  ],
  relations: [
    { type: 'ATTACKS', source: 'a-group', target: 'b-gov' },
    { type: 'NEGOTIATES_WITH', source: 'b-gov', target: 'a-group' },
  ],
};

describe('score port', () => {
  it('normalises names like score.py', () => {
    expect(norm("The Alpha's  Front-Line")).toBe('alpha front line');
    expect(norm('The Alpha’s Front')).toBe('alphas front'); // score.py drops the curly quote before removing 's
    expect(norm('Türkiye')).toBe('turkiye');
    expect(norm(null)).toBe('');
  });

  it('maps system entities to the gold entity sharing most names', () => {
    const mapping = mapEntities(gold, [
      { id: 'x', name: 'AF', aliases: ['the Alpha Front'] },
      { id: 'y', name: 'Nobody' },
    ]);
    expect([...mapping]).toEqual([['x', 'a-group']]);
  });

  it('scores symmetric types in either direction and counts unmapped ends as errors', () => {
    const score = scoreArticles([
      {
        name: 'one',
        gold,
        output: {
          entities: [
            { id: 'x', name: 'Alpha Front' },
            { id: 'y', name: 'Beta' },
          ],
          relations: [
            { type: 'NEGOTIATES_WITH', source: 'x', target: 'y' },
            { type: 'ATTACKS', source: 'x', target: 'zzz' },
          ],
        },
      },
    ]);
    expect([score.tp, score.fp, score.fn]).toEqual([1, 1, 1]);
    expect(score.actor_recall).toBe(1);
    expect(formatScore(score).split('\n').pop()).toBe('relations P=0.50 R=0.50 F1=0.50 (tp=1 fp=1 fn=1); actor recall=1.00');
  });

  it('reports missing outputs', () => {
    const score = scoreArticles([{ name: 'gone', gold, output: null }]);
    expect(score.missing).toEqual(['gone']);
    expect(formatScore(score)).toContain('no output for: gone');
  });
});

describe('formatConstructions', () => {
  it('credits each construction class with the relations it got right and wrong', async () => {
    const { formatConstructions } = await import('./score-extraction.ts');
    const gold = {
      entities: [
        { key: 'a', kind: 'ArmedGroup', names: ['Alpha'] },
        { key: 'b', kind: 'Government', names: ['Beta'] },
      ],
      relations: [
        { type: 'ATTACKS', source: 'a', target: 'b' },
        { type: 'ACCUSES', source: 'b', target: 'a' },
      ],
    };
    const output = {
      entities: [
        { id: 'x', name: 'Alpha' },
        { id: 'y', name: 'Beta' },
      ],
      relations: [
        { type: 'ATTACKS', source: 'x', target: 'y', rule: 'passive:attacks' },
        { type: 'ATTACKS', source: 'y', target: 'x', rule: 'active:attacks' },
      ],
    };
    const score = scoreArticles([{ name: 'one', gold, output }]);
    expect(score.per_construction).toEqual({ passive: { tp: 1, fp: 0 }, active: { tp: 0, fp: 1 } });
    expect(formatConstructions(score)).toMatch(/passive\s+1\s+0\s+0\.50/);
  });
});

describe('formatRates', () => {
  it('prints precision, recall and F1 per type and overall', async () => {
    const { formatRates } = await import('./score-extraction.ts');
    const table = formatRates({
      tp: 3,
      fp: 1,
      fn: 1,
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
      actor_recall: 1,
      per_type: { ATTACKS: { tp: 2, fp: 0, fn: 1 }, SHELTERS: { tp: 1, fp: 1, fn: 0 } },
      per_construction: {},
      missing: [],
      errors: [],
    });
    expect(table).toContain('ATTACKS             1.00  0.67  0.80');
    expect(table).toContain('SHELTERS            0.50  1.00  0.67');
    expect(table).toMatch(/overall\s+0\.75\s+0\.75\s+0\.75\s+actor recall 1\.00/);
  });
});

describe('formatErrors', () => {
  it('lists each missed fact with its gold evidence and each wrong relation with its rule and sentence', async () => {
    const { formatErrors } = await import('./score-extraction.ts');
    const gold: GoldFile = {
      entities: [
        { key: 'a', kind: 'ArmedGroup', names: ['Alpha'] },
        { key: 'b', kind: 'Government', names: ['Beta'] },
      ],
      relations: [
        { type: 'ATTACKS', source: 'a', target: 'b', evidence: 'Alpha raided Beta' },
        { type: 'ACCUSES', source: 'b', target: 'a', evidence: 'Beta blamed Alpha' },
      ],
    };
    const output = {
      entities: [
        { id: 'x', name: 'Alpha' },
        { id: 'y', name: 'Beta' },
      ],
      relations: [
        { type: 'ATTACKS', source: 'x', target: 'y', rule: 'active:attacks', sentence: 'Alpha raided Beta.' },
        { type: 'THREATENS', source: 'y', target: 'x', rule: 'active:threatens', sentence: 'Beta warned Alpha.' },
      ],
    };
    const score = scoreArticles([{ name: 'one', gold, output }]);
    expect(score.errors.map((e) => [e.kind, e.type, e.source, e.target])).toEqual([
      ['wrong', 'THREATENS', 'b', 'a'],
      ['missed', 'ACCUSES', 'b', 'a'],
    ]);
    const text = formatErrors(score);
    expect(text).toContain('== one');
    expect(text).toContain('WRONG  THREATENS b -> a  [active:threatens]');
    expect(text).toContain('Beta warned Alpha.');
    expect(text).toContain('MISSED ACCUSES b -> a');
    expect(text).toContain('Beta blamed Alpha');
    expect(text).not.toContain('Alpha raided');
  });
});
