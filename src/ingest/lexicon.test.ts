import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../config.ts';
import { buildLexicon } from './lexicon.ts';

const raw = (file: string) => parseYaml(readFileSync(path.join(PROJECT_ROOT, 'knowledge', 'lexicon', file), 'utf8'));

describe('buildLexicon: verb idioms', () => {
  it('splits each idiom into verb, preposition and noun, with the verb it means', () => {
    const L = buildLexicon(raw('predicates.yaml'), raw('syntax.yaml'));
    expect(L.verbIdioms).toContainEqual({ verb: 'send', prep: 'to', noun: 'hell', means: 'kill' });
    // (a two-word idiom is a resultative: no preposition)
    expect(L.verbIdioms).toContainEqual({ verb: 'leave', prep: '', noun: 'dead', means: 'kill' });
  });

  it('rejects an idiom that means no verb of the predicates, naming it', () => {
    const syntax = { ...(raw('syntax.yaml') as object), verbIdioms: { 'send to hell': 'obliterate' } };
    expect(() => buildLexicon(raw('predicates.yaml'), syntax)).toThrow(/verbIdioms\.send to hell: 'obliterate'/);
  });

  it('rejects an idiom that is not two or three words', () => {
    const syntax = { ...(raw('syntax.yaml') as object), verbIdioms: { 'send them away to hell': 'kill' } };
    expect(() => buildLexicon(raw('predicates.yaml'), syntax)).toThrow(/syntax\.yaml: verbIdioms/);
  });
});

describe('buildLexicon: described bodies', () => {
  it('reads each noun with its kind and what description it needs', () => {
    const L = buildLexicon(raw('predicates.yaml'), raw('syntax.yaml'));
    expect(L.describedBodies.get('jirga')).toEqual({ kind: 'Organization', needs: 'nothing' });
    expect(L.describedBodies.get('delegation')?.needs).toBe('of');
  });

  it('rejects a kind that is no actor kind', () => {
    const syntax = { ...(raw('syntax.yaml') as object), describedBodies: { jirga: { kind: 'Location' } } };
    expect(() => buildLexicon(raw('predicates.yaml'), syntax)).toThrow(/syntax\.yaml: describedBodies\.jirga\.kind/);
  });
});
