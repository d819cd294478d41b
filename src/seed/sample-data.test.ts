/**
 * The sample graph's data, checked without a database: every claim names known actors, an
 * existing article, a type of the vocabulary and a valid partial date; ids are stable and
 * unique; and the facts the guide and the path examples rely on are there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../config.ts';
import { KNOWN_ACTORS } from '../knowledge/actors.ts';
import { isPartialDate } from '../model/dates.ts';
import { ACTOR_KINDS, isActorKind, isClaimStatus, isRelationType } from '../model/vocabulary.ts';
import { SAMPLE_ARTICLES, SAMPLE_CLAIMS, SAMPLE_EXTRA_ACTORS, type SampleClaim } from './sample-data.ts';

const actorIds = new Set(KNOWN_ACTORS.filter((a) => isActorKind(a.kind)).map((a) => a.id));
const articleIds = new Set(SAMPLE_ARTICLES.map((a) => a.id));

/** True when the sample holds a claim of this type between these actors (either way for symmetric types). */
function has(type: string, source: string, target: string, symmetric = false): boolean {
  return SAMPLE_CLAIMS.some(
    (c) => c.type === type && ((c.source === source && c.target === target) || (symmetric && c.source === target && c.target === source)),
  );
}

describe('sample articles', () => {
  it('have unique ids, a title, and a valid publication date when they have one', () => {
    expect(articleIds.size).toBe(SAMPLE_ARTICLES.length);
    for (const a of SAMPLE_ARTICLES) {
      expect(a.title.trim()).not.toBe('');
      if (a.publishedAt !== null) expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (a.url !== null) expect(a.url).toMatch(/^https?:\/\//);
    }
  });

  it('include both seed articles and the curators’ notes', () => {
    for (const id of ['ttp-ends-truce', 'pakistan-rejects-ttp-talks', 'analyst-notes']) expect(articleIds).toContain(id);
    expect(SAMPLE_ARTICLES.find((a) => a.id === 'pakistan-rejects-ttp-talks')?.publishedAt).toBe('2024-06-25');
  });

  it('are each cited by at least one claim', () => {
    for (const id of articleIds)
      expect(
        SAMPLE_CLAIMS.some((c) => c.article === id),
        id,
      ).toBe(true);
  });
});

describe('sample claims', () => {
  it.each(SAMPLE_CLAIMS.map((c) => [c.id, c] as [string, SampleClaim]))('%s is well formed', (_id, c) => {
    expect(isRelationType(c.type)).toBe(true);
    expect(isClaimStatus(c.status)).toBe(true);
    expect(actorIds.has(c.source), `source ${c.source}`).toBe(true);
    expect(actorIds.has(c.target), `target ${c.target}`).toBe(true);
    expect(c.source).not.toBe(c.target);
    expect(articleIds.has(c.article), `article ${c.article}`).toBe(true);
    expect(c.id.startsWith(`${c.article}:`)).toBe(true);
    if (c.date !== null) expect(isPartialDate(c.date), `date ${c.date}`).toBe(true);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.summary.trim().length).toBeGreaterThan(10);
    expect(c.summary.length).toBeLessThan(300);
  });

  it('have unique ids numbered 1..n within each article', () => {
    const ids = SAMPLE_CLAIMS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const article of articleIds) {
      const numbers = SAMPLE_CLAIMS.filter((c) => c.article === article).map((c) => Number(c.id.slice(article.length + 1)));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('cite a sentence (1-based) exactly when they come from an article', () => {
    for (const c of SAMPLE_CLAIMS) {
      if (c.article === 'analyst-notes') expect(c.sentenceIndex, c.id).toBeNull();
      else expect(Number.isInteger(c.sentenceIndex) && (c.sentenceIndex ?? 0) >= 1, c.id).toBe(true);
    }
  });

  it('never repeat a summary (each states its own fact)', () => {
    const summaries = SAMPLE_CLAIMS.map((c) => c.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it('give allegations a lower confidence than stated facts', () => {
    for (const c of SAMPLE_CLAIMS.filter((x) => x.status === 'alleged')) expect(c.confidence, c.id).toBeLessThan(0.8);
  });

  it('span dates before, during and after 2022, so date windows change answers', () => {
    const years = SAMPLE_CLAIMS.flatMap((c) => (c.date ? [Number(c.date.slice(0, 4))] : []));
    expect(years.some((y) => y < 2022)).toBe(true);
    expect(years.some((y) => y === 2022)).toBe(true);
    expect(years.some((y) => y >= 2023)).toBe(true);
  });

  it('hold the path Sirajuddin Haqqani —MEDIATES→ TTP —NEGOTIATES_WITH— Government of Pakistan', () => {
    expect(has('MEDIATES', 'sirajuddin-haqqani', 'ttp')).toBe(true);
    expect(has('NEGOTIATES_WITH', 'ttp', 'pakistan-government', true)).toBe(true);
  });

  it('hold the ceasefire timeline: made and ended more than once', () => {
    const ceasefire = SAMPLE_CLAIMS.filter((c) => c.type === 'CEASEFIRE_WITH');
    expect(ceasefire.filter((c) => c.status === 'ended').length).toBeGreaterThanOrEqual(2);
    expect(ceasefire.filter((c) => c.status === 'stated').length).toBeGreaterThanOrEqual(1);
  });

  it('hold the facts the Browser guide queries: sheltering, mediation, spokesmen', () => {
    expect(has('SHELTERS', 'afghan-taliban', 'ttp')).toBe(true);
    expect(has('MEDIATES', 'afghan-taliban', 'pakistan-government')).toBe(true);
    expect(has('SPOKESPERSON_FOR', 'zabihullah-mujahid', 'afghan-taliban')).toBe(true);
    expect(has('MEMBER_OF', 'sirajuddin-haqqani', 'afghan-taliban')).toBe(true);
  });
});

describe('extra actors', () => {
  it('are known actors that no claim names', () => {
    for (const id of SAMPLE_EXTRA_ACTORS) {
      expect(actorIds.has(id), id).toBe(true);
      expect(
        SAMPLE_CLAIMS.some((c) => c.source === id || c.target === id),
        id,
      ).toBe(false);
    }
  });
});

/** The project's own gold fixture must describe facts the sample graph really holds. */
describe('tests/fixtures/sample-gold.json', () => {
  interface Gold {
    article: string;
    publishedAt: string | null;
    entities: { key: string; kind: string; names: string[] }[];
    relations: { type: string; source: string; target: string; evidence: string; date?: string; status?: string }[];
  }
  const gold = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/sample-gold.json'), 'utf8')) as Gold;
  const keys = new Set(gold.entities.map((e) => e.key));

  it('names known actors with their kind and canonical name first', () => {
    for (const e of gold.entities) {
      const known = KNOWN_ACTORS.find((a) => a.id === e.key);
      expect(known, e.key).toBeDefined();
      expect((ACTOR_KINDS as readonly string[]).includes(e.kind)).toBe(true);
      expect(e.kind).toBe(known?.kind);
      expect(e.names[0]).toBe(known?.name);
    }
  });

  it('lists relations the sample graph holds, between its own entities', () => {
    expect(gold.relations.length).toBeGreaterThanOrEqual(6);
    for (const r of gold.relations) {
      expect(keys.has(r.source) && keys.has(r.target), `${r.source} → ${r.target}`).toBe(true);
      const symmetric = r.type === 'NEGOTIATES_WITH' || r.type === 'CEASEFIRE_WITH';
      expect(has(r.type, r.source, r.target, symmetric), `${r.type} ${r.source} → ${r.target}`).toBe(true);
      if (r.date) expect(isPartialDate(r.date)).toBe(true);
      if (r.status) expect(isClaimStatus(r.status)).toBe(true);
      expect(r.evidence.trim()).not.toBe('');
    }
  });
});
