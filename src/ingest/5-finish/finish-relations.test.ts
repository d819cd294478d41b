import { describe, expect, it } from 'vitest';
import { splitSentences } from '../1-text/sentences.ts';
import { createArticleState } from '../article-state.ts';
import type { Candidate } from '../4-relations/context.ts';
import { finishRelations } from './finish-relations.ts';

const state = createArticleState('2024-05-10', []);
state.sentences = splitSentences('Ida Voss, a Front commander, spoke. The Front named her its chief. The Front sheltered itself.');

const candidate = (type: Candidate['type'], source: string, target: string, sentenceIndex: number): Candidate => ({
  type,
  source,
  target,
  sentenceIndex,
  at: 0,
  status: 'stated',
  confidence: 0.8,
  rule: 'test',
});

describe('finishRelations', () => {
  it('drops a membership of a body the article says the same person leads', () => {
    const out = finishRelations([candidate('MEMBER_OF', 'ida-voss', 'front', 0), candidate('LEADS', 'ida-voss', 'front', 1)], state);
    expect(out.map((r) => r.type)).toEqual(['LEADS']);
  });

  it('keeps a membership of another body', () => {
    const out = finishRelations([candidate('MEMBER_OF', 'ida-voss', 'league', 0), candidate('LEADS', 'ida-voss', 'front', 1)], state);
    expect(out.map((r) => `${r.type} ${r.target}`)).toEqual(['MEMBER_OF league', 'LEADS front']);
  });

  it('drops a tie of an actor with itself', () => {
    expect(finishRelations([candidate('SHELTERS', 'front', 'front', 2)], state)).toEqual([]);
  });
});
