/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - heading a unit of a body ("X heads the Front's political office"; lexicon `unitNouns`): the
 *   head is a member of the body, not its leader (4-relations/roles.ts `matchRoleVerb`);
 * - a comitative participle ("the Levy, later joined by Lumen, exchanged fire with the Front"):
 *   the one joining acts too, each side against the with-party, and the join is no membership
 *   (frame.ts `comitativeAgents`, `joinedPartners`; nominal.ts reciprocal light verbs);
 * - a state's named agency ("Ostmark's Frontier Constabulary"): an organ of that state, while a
 *   generic force under a state's possessive ("Ostmark's army") states no such tie
 *   (4-relations/roles.ts `namedForce`);
 * - "help" as a verb of support (lexicon predicates, SUPPORTS), also in the passive;
 * - a co-founder is one of several founders: a member, while "the founder" heads the body
 *   (lexicon roles);
 * - a hyphenated title the lexicon lacks ("vice-chairman") is its last word with the others as
 *   modifiers: a subordinate role is membership (4-relations/roles.ts `roleOf`);
 * - "the faction" as an anaphor for the last armed group (3-mentions/lexicon-names.ts
 *   `GROUP_ANAPHOR_HEADS`), never for a government.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'lumen', name: 'Republic of Lumen', kind: 'Government', aliases: ['Lumen'] },
  { id: 'ostmark-army', name: 'Ostmark Army', kind: 'SecurityForce', serves: 'ostmark', aliases: ['Ostmark army'] },
  { id: 'frontier-constabulary', name: 'Frontier Constabulary', kind: 'SecurityForce', aliases: ['FC'] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('heading a unit of a body', () => {
  it('makes the head a member of the body, not its leader', async () => {
    await has("Karel Brandt, who heads the Front's political office, met Ida Voss.", 'MEMBER_OF karel-brandt>front');
    await hasNot("Karel Brandt, who heads the Front's political office, met Ida Voss.", 'LEADS karel-brandt>front');
    await has("Karel Brandt led the League's media wing until 2019.", 'MEMBER_OF karel-brandt>league');
    await has("The Front's finance department is headed by Karel Brandt.", 'MEMBER_OF karel-brandt>front');
  });

  it('still leads the body itself', async () => {
    await has('Karel Brandt heads the Front.', 'LEADS karel-brandt>front');
    await hasNot('Karel Brandt heads the Front.', 'MEMBER_OF karel-brandt>front');
  });
});

describe('a comitative participle', () => {
  it('makes the one joining an agent of the act', async () => {
    await has('The Levy, later joined by Lumen, exchanged fire with the Front.', 'ATTACKS lumen>front');
    await has('The Levy, later joined by Lumen, exchanged fire with the Front.', 'ATTACKS levy>front');
    await has('The Levy, joined by Lumen, stormed the League camp.', 'ATTACKS lumen>league');
  });

  it('is no membership, and the partners do not fight each other', async () => {
    await hasNot('The Levy, later joined by Lumen, exchanged fire with the Front.', 'MEMBER_OF lumen>levy');
    await hasNot('The Levy, later joined by Lumen, exchanged fire with the Front.', 'ATTACKS levy>lumen');
    await hasNot('The Levy and Lumen exchanged fire with the Front.', 'ATTACKS levy>lumen');
  });

  it('leaves a main-clause join a membership', async () => {
    await has('The Front was joined by the League in 2015.', 'MEMBER_OF league>front');
  });
});

describe("a state's named agency", () => {
  it('is an organ of the state', async () => {
    await has("Ostmark's Frontier Constabulary arrested two men on Monday.", 'MEMBER_OF frontier-constabulary>ostmark');
  });

  it('is not stated by a generic force under the possessive', async () => {
    await hasNot("Ostmark's army said it had killed ten fighters.", 'MEMBER_OF ostmark-army>ostmark');
    await hasNot("Lumen's forces said they had killed ten fighters.", 'MEMBER_OF levy>lumen');
  });
});

describe('help as support', () => {
  it('supports the one helped, active or passive', async () => {
    await has('Lumen helped the Front with money and weapons.', 'SUPPORTS lumen>front');
    await has('Officials said the Front had been helped by Lumen.', 'SUPPORTS lumen>front');
  });

  it('needs someone helped', async () => {
    await hasNot('Lumen helped broker the talks between the Front and Valdoria.', 'SUPPORTS lumen>front');
    await hasNot('Lumen helped broker the talks between the Front and Valdoria.', 'SUPPORTS lumen>valdoria');
  });
});

describe('"the faction" as an anaphor', () => {
  it('is the armed group named before it', async () => {
    await has('The League claimed the attack on Monday. The faction is led by Karel Brandt.', 'LEADS karel-brandt>league');
  });

  it('is never a government', async () => {
    await hasNot('Valdoria said the talks would resume. The faction is led by Karel Brandt.', 'LEADS karel-brandt>valdoria');
  });
});

describe('a co-founder', () => {
  it('is a member of the body; its founder leads it', async () => {
    await has("Karel Brandt, the Front's co-founder, was killed on Monday.", 'MEMBER_OF karel-brandt>front');
    await hasNot("Karel Brandt, the Front's co-founder, was killed on Monday.", 'LEADS karel-brandt>front');
    await has("Karel Brandt, the Front's founder, was killed on Monday.", 'LEADS karel-brandt>front');
  });
});

describe('a hyphenated title', () => {
  it('is read as its last word with the others as modifiers', async () => {
    await has("Karel Brandt, the Front's vice-chairman, was killed on Monday.", 'MEMBER_OF karel-brandt>front');
    await hasNot("Karel Brandt, the Front's vice-chairman, was killed on Monday.", 'LEADS karel-brandt>front');
  });
});
