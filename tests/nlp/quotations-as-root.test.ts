/**
 * Construction class, with invented actors and sentences and the real parser: an opening
 * quotation the parser reads as the sentence's root ('"More such attacks will follow," the Front
 * said, warning Valdoria …'). The verb of saying after the quote heads the sentence, so what
 * hangs on it (a participle of warning, its addressee) is the speaker's. Near misses: a quotation
 * that states no act on anyone.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('an opening quotation read as the root', () => {
  it("leaves the verb of saying at the head, with its participle's addressee", async () => {
    await has('"More such attacks will follow," the Front said, warning Valdoria that no prison was safe.', 'THREATENS front>valdoria');
    await has('"More attacks will follow," the Front said, warning Valdoria.', 'THREATENS front>valdoria');
    await has(
      'Ida Voss is the Front\'s spokesman. "More such attacks will follow," she said, warning the Valdorian government that no prison was beyond the group\'s reach.',
      'THREATENS front>valdoria',
    );
    await has('"Many more such raids are coming," the League said, threatening the Levy.', 'THREATENS league>levy');
    await has('"We will strike the Levy again," the Front said.', 'THREATENS front>levy');
  });

  it('not a quotation that states no act on anyone', async () => {
    await hasNot('"More such attacks will follow," the Front said.', 'THREATENS front>valdoria');
    await hasNot('"The talks were useful," the Front said, thanking Ostmark.', 'THREATENS front>ostmark');
  });
});
