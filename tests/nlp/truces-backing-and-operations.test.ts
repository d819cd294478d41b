/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - an announced truce ("announced that its fighters would observe a ceasefire with X") is a
 *   ceasefire, as a declared one is;
 * - a bare refusal after a demand ("… called on the Front to do likewise; the Front refused");
 * - a crowd or gathering stands for the people of its of-phrase ("struck a crowd of Front
 *   fighters");
 * - artillery as the agent stands for the article's army, and a nationality before it for that
 *   state's army;
 * - living under, or enjoying, another's protection is being sheltered by it;
 * - an act done with another's backing ("Police, with the support of the army, raided …"): the
 *   backer supports the agent.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] });
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('an announced truce', () => {
  it('is a ceasefire', async () => {
    await has(
      'The Front announced that its fighters would observe a three-day ceasefire with Valdoria over the holiday.',
      'CEASEFIRE_WITH front>valdoria',
    );
    await has('The League declared that it would observe a truce with the Levy until the end of the month.', 'CEASEFIRE_WITH league>levy');
    await has('Valdoria announced that it would observe a ceasefire with the Front during the talks.', 'CEASEFIRE_WITH valdoria>front');
    await has('The Front announced it would observe a week-long truce with Valdoria.', 'CEASEFIRE_WITH front>valdoria');
    await has('The League proclaimed that its men would observe a ceasefire with the Levy for Eid.', 'CEASEFIRE_WITH league>levy');
  });

  it('not a truce someone only says might come or was asked for', async () => {
    await hasNot(
      'The Front said its fighters would observe a ceasefire with Valdoria if the army withdrew.',
      'CEASEFIRE_WITH front>valdoria',
    );
    await hasNot('Analysts asked whether the Front would observe a ceasefire with Valdoria.', 'CEASEFIRE_WITH front>valdoria');
    await hasNot('The Front announced that it would never observe a ceasefire with Valdoria.', 'CEASEFIRE_WITH front>valdoria');
  });
});

describe('a bare refusal after a demand', () => {
  it("rejects the demand's maker", async () => {
    await has('Valdoria called on the Front to do likewise, but the Front refused.', 'REJECTS front>valdoria');
    await has('Valdoria asked Ostmark to close the camps. Ostmark refused.', 'REJECTS ostmark>valdoria');
    await has('Valdoria urged the League to free the hostages; the League flatly refused.', 'REJECTS league>valdoria');
    await has(
      'Ostmark demanded that the Front leave the valley. The Front refused, saying the valley was theirs.',
      'REJECTS front>ostmark',
    );
    await has('Valdoria asked Ostmark to hand over Ida Voss, and Ostmark declined.', 'REJECTS ostmark>valdoria');
  });

  it('not someone else refusing, or a refusal with an object of its own', async () => {
    await hasNot('Valdoria called on the Front to do likewise, but the League refused.', 'REJECTS league>valdoria');
    await hasNot('Valdoria asked Ostmark to close the camps. Ostmark refused comment.', 'REJECTS ostmark>valdoria');
  });
});

describe('a crowd or gathering', () => {
  it('stands for the people of its of-phrase', async () => {
    await has('A suicide bomber from the League struck a crowd of Front fighters in Karn.', 'ATTACKS league>front');
    await has('League gunmen fired on a gathering of Front commanders.', 'ATTACKS league>front');
    await has('The Levy fired on a crowd of League supporters outside the court.', 'ATTACKS levy>league');
    await has('Front fighters attacked a crowd of Levy soldiers near the market.', 'ATTACKS front>levy');
    await has('The League bombed a gathering of Front fighters in Vessa.', 'ATTACKS league>front');
  });

  it('not a crowd of no one named', async () => {
    await hasNot('A suicide bomber from the League struck a crowd of shoppers in Karn.', 'ATTACKS league>karn');
    await hasNot('A crowd of Front supporters cheered in Karn.', 'ATTACKS front>levy');
  });
});

describe('artillery as the agent', () => {
  it('stands for the army', async () => {
    await has('Valdoria launched an offensive on Monday. Artillery pounded Front positions near Karn.', 'ATTACKS valdoria>front');
    await has(
      'Iranian artillery pounded what the military described as Front camps across the border.',
      'ATTACKS iranian-armed-forces>front',
    );
    await has('Iranian artillery shelled Front camps across the border.', 'ATTACKS iranian-armed-forces>front');
    await has('Valdoria launched an offensive on Monday. Front positions were hit by artillery.', 'ATTACKS valdoria>front');
    await has('Iranian artillery and jets struck Front hideouts.', 'ATTACKS iranian-armed-forces>front');
  });

  it('not artillery that is seized or bought', async () => {
    await hasNot('Valdoria launched an offensive on Monday. The Front seized artillery near Karn.', 'ATTACKS front>valdoria');
    await hasNot('Valdoria launched an offensive on Monday. The Front bought artillery from Ostmark.', 'ATTACKS front>valdoria');
  });
});

describe("another's protection", () => {
  it('is shelter', async () => {
    await has("The Front's commanders enjoy the protection of Ostmark in the hills.", 'SHELTERS ostmark>front');
    await has('Front leaders live in the hills under the protection of Ostmark.', 'SHELTERS ostmark>front');
    await has('Ostmark gave the Front protection in its border districts.', 'SHELTERS ostmark>front');
    await has('Ostmark extended protection to the League in Karn.', 'SHELTERS ostmark>league');
    await has("The League's leaders receive Ostmark's protection in Vessa.", 'SHELTERS ostmark>league');
  });

  it('not protection refused, or only sought', async () => {
    await hasNot('Ostmark denied the Front protection in its border districts.', 'SHELTERS ostmark>front');
    await hasNot("The Front sought Ostmark's protection in vain.", 'SHELTERS ostmark>front');
  });
});

describe("an act done with another's backing", () => {
  it('the backer supports the agent', async () => {
    await has('The Levy, with the support of Valdoria, launched a search operation in Karn.', 'SUPPORTS valdoria>levy');
    await has("The Front, with Ostmark's backing, seized the pass.", 'SUPPORTS ostmark>front');
    await has('The Levy raided Front hideouts with the help of Valdoria.', 'SUPPORTS valdoria>levy');
    await has('With the backing of Ostmark, the League attacked a Levy post.', 'SUPPORTS ostmark>league');
    await has('The Levy, with the support of the Valdorian government, cleared the valley.', 'SUPPORTS valdoria>levy');
  });

  it('not backing refused or only hoped for, nor a with-phrase of something else', async () => {
    await hasNot('The Levy, without the support of Valdoria, launched a search operation in Karn.', 'SUPPORTS valdoria>levy');
    await hasNot('The Levy hoped to clear the valley with the support of Valdoria.', 'SUPPORTS valdoria>levy');
    await hasNot('The Levy met with the supporters of Valdoria.', 'SUPPORTS valdoria>levy');
  });
});
