/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a charge states its offence in a with-phrase or with-clause ("charged X with murder",
 *   "charging X with attempting to …"): the charger accuses X, and X is the actor of the offence;
 * - a document held out with a participle ("issued a statement accusing X of …", "presented a
 *   dossier accusing X of …") speaks for its issuer;
 * - a country's possessive before a force or intelligence noun ("India's intelligence agency",
 *   "Iran's army") names that body, while "X's government" stays the country's government;
 * - arrests by agents named by their body ("Levy agents", "Levy constables").
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] },
  { id: 'india', name: 'Government of India', kind: 'Government', aliases: ['India'] },
  { id: 'iran', name: 'Government of Iran', kind: 'Government', aliases: ['Iran'] },
  { id: 'research-and-analysis-wing', name: 'Research and Analysis Wing', kind: 'SecurityForce', aliases: [] },
  { id: 'iranian-armed-forces', name: 'Iranian Armed Forces', kind: 'SecurityForce', aliases: [] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a charge with its offence', () => {
  it('accuses the one charged', async () => {
    await has('Valdoria charged Karl Brenner with attempting to bomb the Levy headquarters.', 'ACCUSES valdoria>karl-brenner');
    await has('Valdoria charged Karl Brenner with murder.', 'ACCUSES valdoria>karl-brenner');
    await has('Ostmark has charged Ida Voss with financing the Front.', 'ACCUSES ostmark>ida-voss');
    await has('Valdoria unsealed a criminal complaint charging Karl Brenner with murder.', 'ACCUSES valdoria>karl-brenner');
    await has('The Levy charged Karl Brenner with planning the raid.', 'ACCUSES levy>karl-brenner');
  });

  it("makes the one charged the actor of the offence's gerund", async () => {
    await has('Ostmark has charged Ida Voss with financing the Front.', 'SUPPORTS ida-voss>front');
    await hasNot('Ostmark has charged Ida Voss with financing the Front.', 'SUPPORTS ostmark>front');
  });

  it('not a charge with no offence, or a charge at someone', async () => {
    await hasNot('The Front fighters charged the Levy post at dawn.', 'ACCUSES front>levy');
    await hasNot('Valdoria charged Karl Brenner a fee.', 'ACCUSES valdoria>karl-brenner');
  });
});

describe('a document held out with a participle', () => {
  it('speaks for its issuer', async () => {
    await has('Ostmark issued a statement accusing Valdoria of arming the Front.', 'ACCUSES ostmark>valdoria');
    await has('Ostmark presented a dossier accusing Valdoria of arming the Front.', 'ACCUSES ostmark>valdoria');
    await has('The Front sent a letter demanding that Valdoria free its prisoners.', 'DEMANDS front>valdoria');
    await has('The League released a statement threatening the Levy with more attacks.', 'THREATENS league>levy');
    await has('Valdoria published a dossier accusing Ostmark of sheltering the Front.', 'ACCUSES valdoria>ostmark');
  });

  it('not a document someone else issued, or one about its holder', async () => {
    await hasNot('Valdoria rejected a dossier accusing it of arming the Front.', 'ACCUSES valdoria>valdoria');
    await hasNot('Valdoria rejected a dossier accusing Ostmark of arming the Front.', 'ACCUSES valdoria>ostmark');
  });
});

describe("a country's possessive before a force noun", () => {
  it('names the force', async () => {
    await has("Valdoria accused India's intelligence agency of arming the Front.", 'ACCUSES valdoria>research-and-analysis-wing');
    await has("Ostmark said Iran's army had shelled Front positions.", 'ATTACKS iranian-armed-forces>front');
    await has("Iran's army shelled Front positions on Monday.", 'ATTACKS iranian-armed-forces>front');
    await has("Valdoria blamed India's intelligence agency for the blast.", 'ACCUSES valdoria>research-and-analysis-wing');
    await has("India's spy agency armed the Front, Valdoria said.", 'SUPPORTS research-and-analysis-wing>front');
  });

  it("leaves the force's own name in apposition to state whose it is", async () => {
    const text = "Valdoria accused India's spy agency, the Research and Analysis Wing, of arming the Front.";
    await has(text, 'MEMBER_OF research-and-analysis-wing>india');
    await has(text, 'ACCUSES valdoria>research-and-analysis-wing');
  });

  it("while the country's government stays the government", async () => {
    await has("Iran's government accused the Front of the bombing.", 'ACCUSES iran>front');
    await hasNot("Iran's government accused the Front of the bombing.", 'ACCUSES iranian-armed-forces>front');
  });
});

describe('arrests', () => {
  it('by agents named by their body', async () => {
    await has('Levy agents picked up Karl Brenner in Karn.', 'DETAINS levy>karl-brenner');
    await has('Karl Brenner was arrested by Levy agents two days later.', 'DETAINS levy>karl-brenner');
    await has('Levy investigators arrested Karl Brenner.', 'DETAINS levy>karl-brenner');
    await has('Ida Voss was detained by Levy investigators.', 'DETAINS levy>ida-voss');
    await has('Levy troopers detained Karl Brenner at the border.', 'DETAINS levy>karl-brenner');
  });
});
