/**
 * The local CoreNLP parser, for real: the structures the extraction rules rely on (passive
 * agents, reduced relatives, lemmas, offsets), concurrency over two connections, and what a
 * caller sees when the process dies. Sentences are invented for these tests.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ParserError } from '../../src/parser-local/errors.ts';
import { getSharedParser, sharedParserPid, stopSharedParser } from '../../src/parser-local/shared.ts';
import type { ParsedSentence } from '../../src/parser-local/types.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const token = (s: ParsedSentence, word: string) => {
  const t = s.tokens.find((x) => x.word === word);
  if (!t) throw new Error(`no token "${word}" in ${s.tokens.map((x) => x.word).join(' ')}`);
  return t;
};
const edge = (s: ParsedSentence, head: number, dep: number) => s.enhanced.filter((e) => e.head === head && e.dep === dep).map((e) => e.rel);

describe('CoreNLP parser', () => {
  it('parses a passive with a by-agent: nsubj:pass, obl with case "by", enhanced obl:agent', async () => {
    const [s] = await parser.parse(['The truce was brokered by Qatar in Doha.']);
    const verb = token(s!, 'brokered');
    const agent = token(s!, 'Qatar');
    expect(verb).toMatchObject({ rel: 'root', head: 0, lemma: 'broker', pos: 'VBN' });
    expect(token(s!, 'truce')).toMatchObject({ rel: 'nsubj:pass', head: verb.i });
    expect(agent).toMatchObject({ rel: 'obl', head: verb.i });
    expect(token(s!, 'by')).toMatchObject({ rel: 'case', head: agent.i });
    // CoreNLP 4.5 names a passive agent obl:agent in enhanced++ (a by-phrase elsewhere is obl:by).
    expect(edge(s!, verb.i, agent.i)).toEqual(['obl:agent']);
    expect(edge(s!, verb.i, token(s!, 'Doha').i)).toEqual(['obl:in']);
  });

  it('attaches a reduced relative as acl, its agent as enhanced obl:by', async () => {
    const [s] = await parser.parse(['The council rejected a plan proposed by the envoy.']);
    const plan = token(s!, 'plan');
    const proposed = token(s!, 'proposed');
    expect(proposed).toMatchObject({ rel: 'acl', head: plan.i, lemma: 'propose' });
    expect(edge(s!, proposed.i, token(s!, 'envoy').i)).toEqual(['obl:by']);
  });

  it('gives enhanced++ extras: xsubj, conj:and, nmod:of, ref', async () => {
    const [xcomp, conj] = await parser.parse([
      'The commander wanted to meet the envoy.',
      'Fighters seized the town and the bridge, which the army had used.',
    ]);
    expect(edge(xcomp!, token(xcomp!, 'meet').i, token(xcomp!, 'commander').i)).toEqual(['nsubj:xsubj']);
    expect(edge(conj!, token(conj!, 'town').i, token(conj!, 'bridge').i)).toEqual(['conj:and']);
    expect(edge(conj!, token(conj!, 'town').i, token(conj!, 'which').i)).toEqual(['ref']);
    expect(token(conj!, 'used')).toMatchObject({ rel: 'acl:relcl' });
    const [of] = await parser.parse(['The leader of the group spoke on Friday.']);
    expect(edge(of!, token(of!, 'leader').i, token(of!, 'group').i)).toEqual(['nmod:of']);
  });

  it('gives offsets that are the substrings of the sentence as sent, and lemmas', async () => {
    const text = 'Qatar’s envoy — “a broker” — brokered talks in Peshawar 🕊 and they’d picked up pace.';
    const [s] = await parser.parse([text]);
    for (const t of s!.tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(s!.tokens.map((t) => t.i)).toEqual(s!.tokens.map((_, k) => k + 1));
    expect(token(s!, 'brokered').lemma).toBe('broker');
    expect(token(s!, 'talks').lemma).toBe('talk');
    expect(token(s!, 'picked').lemma).toBe('pick');
    expect(token(s!, 'up').rel).toBe('compound:prt');
    expect(token(s!, 'Qatar').i).toBe(token(s!, '’s').head);
  });

  it('tags but does not parse a sentence over 120 tokens', async () => {
    const long = `${Array.from({ length: 70 }, (_, k) => `town${k} and`).join(' ')} the city fell.`;
    const [s] = await parser.parse([long]);
    expect(s!.parsed).toBe(false);
    expect(s!.tokens.length).toBeGreaterThan(120);
    expect(s!.tokens.every((t) => t.pos && t.lemma && t.head === -1 && t.rel === '')).toBe(true);
    expect(s!.enhanced).toEqual([]);
  });

  it('answers two concurrent clients correctly, batches in order', async () => {
    const other = testParser();
    try {
      const a = Array.from({ length: 60 }, (_, k) => `Envoy ${k} was received by the council.`);
      const b = Array.from({ length: 60 }, (_, k) => `The army arrested ${k + 2} men in the valley.`);
      const [ra, rb] = await Promise.all([parser.parse(a), other.parse(b)]);
      expect(ra).toHaveLength(60);
      expect(rb).toHaveLength(60);
      for (const [k, s] of ra.entries()) expect(s.tokens[1]!.word).toBe(String(k));
      rb.forEach((s, k) => {
        expect(s.tokens[3]!.word).toBe(String(k + 2));
        expect(token(s, 'arrested').rel).toBe('root');
      });
    } finally {
      await other.close();
    }
  });

  it('rejects a request in flight with PARSER_CRASHED when the process dies; the next shared parser is a new process', async () => {
    try {
      const shared = await getSharedParser();
      const pid = sharedParserPid()!;
      expect((await shared.parse(['The talks resumed.']))[0]!.parsed).toBe(true);
      const inFlight = shared.parse(Array.from({ length: 200 }, () => 'The talks brokered by Qatar resumed in Doha on Monday.'));
      process.kill(pid, 'SIGKILL');
      const err = await inFlight.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ParserError);
      expect((err as ParserError).code).toBe('PARSER_CRASHED');
      const again = await getSharedParser();
      expect(sharedParserPid()).not.toBe(pid);
      expect((await again.parse(['The talks resumed.']))[0]!.tokens[2]!.lemma).toBe('resume');
    } finally {
      await stopSharedParser();
    }
  }, 300_000);
});
