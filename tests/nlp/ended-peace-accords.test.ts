/**
 * Construction class, with invented actors and sentences and the real parser: a peace accord
 * ended by one of the truce's ending verbs ("scrapped its peace agreement with X") was a truce
 * between its parties, now ended; signed, it stays talks; a plain deal that collapsed stays talks.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, statusOf } = relationChecks(parser, inventedActors());

describe('a peace accord ended', () => {
  it('was a truce, now ended', async () => {
    for (const text of ['The Front scrapped its peace agreement with Valdoria in June.', 'The Front tore up its peace deal with Valdoria.'])
      expect(await statusOf(text, 'CEASEFIRE_WITH front>valdoria'), text).toBe('ended');
  });

  it('not an accord signed, nor a plain deal that collapsed', async () => {
    await has('The Front signed a peace deal with Valdoria in June.', 'NEGOTIATES_WITH front>valdoria');
    await hasNot('The Front signed a peace deal with Valdoria in June.', 'CEASEFIRE_WITH front>valdoria');
    await hasNot('The deal, negotiated between Valdoria and the Front, collapsed.', 'CEASEFIRE_WITH valdoria>front');
  });
});
