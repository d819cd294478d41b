/**
 * Construction classes of this file, with invented sentences and actors and the real parser:
 * - a posted role: the "to" / "in" phrase of an ambassador or envoy names the posting, not the
 *   body the holder serves ("a former ambassador to Ostmark"; 4-relations/roles.ts `bodyOf`,
 *   lexicon `postedRoles`);
 * - a unit named by its appositive: "its faction, the League, which is led by X" is led by X (a
 *   unit noun alone makes its head a member of the owner; roles.ts `matchRoleVerb`);
 * - an inverted copula: "the Front's chief is X", "the League, whose spokesman is X" (roles.ts
 *   `invertedCopula`);
 * - a vow through an aspectual verb and an attack noun: "vowed to continue its war against X"
 *   (4-relations/verbal.ts `controlsHostileAct`);
 * - the reduced-relative garden path in a second clause: "…, but the Front led by X withdrew the
 *   offer" (2-parse/repairs.ts `repairGardenPath`);
 * - an assertive frame: "It merits mention that …" states its clause (2-parse/mask-names.ts
 *   `assertiveFrame`, lexicon `assertiveFrames`);
 * - "the government" after two armed groups: the government the nearer group fights
 *   (3-mentions/anaphora.ts).
 * - the head of a function or unit of a body is its member: "the Front's interior chief", "the
 *   Tarn bureau chief of Y" (roles.ts `roleOf`, lexicon `chapterWords`, `unitNouns`), and the words
 *   before the unit noun are no body ("the Ostmark bureau chief of Y" is Y's);
 * - member roles of staff: researcher, correspondent, superintendent … (lexicon `roles`);
 * - names coordinated in apposition to a plural role: "two Front commanders, X and Y," (roles.ts `matchRoles`);
 * - a possessive in the second conjunct: "Valdoria and its security forces" (3-mentions/anaphora.ts `conjunctAnchor`).
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  // an invented government under the id the nationality data gives "Uzbek"
  { id: 'uzbekistan', name: 'Government of Eastland', kind: 'Government', aliases: [] },
  { id: 'hill-brigade', name: 'Hill Brigade', kind: 'ArmedGroup', aliases: [], fights: ['ostmark'] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a posted role', () => {
  it('does not make the posting its body', async () => {
    await hasNot('The panel includes Karel Brandt, a former ambassador to Ostmark.', 'MEMBER_OF karel-brandt>ostmark');
    await hasNot('Karel Brandt, the envoy to Ostmark, met the Front on Monday.', 'MEMBER_OF karel-brandt>ostmark');
  });

  it('keeps the sender a nationality or of-phrase names', async () => {
    await has('Karel Brandt, the Uzbek ambassador to Ostmark, met the Front on Monday.', 'MEMBER_OF karel-brandt>uzbekistan');
    await has('Karel Brandt, the ambassador of Ostmark, met the Front on Monday.', 'MEMBER_OF karel-brandt>ostmark');
  });
});

describe('a unit named by its appositive', () => {
  it('is led by the one its relative clause names', async () => {
    const text = 'The Front has many wings. Its most violent faction, the League, which is led by Karel Brandt, broke away in 2014.';
    await has(text, 'LEADS karel-brandt>league');
    await hasNot(text, 'MEMBER_OF karel-brandt>league');
  });

  it('without a name, makes the head a member of the owner', async () => {
    const text = "The Front's media wing, which is led by Karel Brandt, issued a statement.";
    await has(text, 'MEMBER_OF karel-brandt>front');
    await hasNot(text, 'LEADS karel-brandt>front');
  });
});

describe('an inverted copula', () => {
  it('gives the person the role the subject names', async () => {
    await has("The Front's chief is Karel Brandt.", 'LEADS karel-brandt>front');
    await has('The chief of the League is Karel Brandt.', 'LEADS karel-brandt>league');
    await has('The League, whose spokesman is Karel Brandt, denied the report.', 'SPOKESPERSON_FOR karel-brandt>league');
  });

  it('needs a role noun as the subject', async () => {
    const text = "The Front's problem is Karel Brandt.";
    await hasNot(text, 'LEADS karel-brandt>front');
    await hasNot(text, 'MEMBER_OF karel-brandt>front');
  });
});

describe('a vow through an aspectual verb', () => {
  it('threatens the target of the attack noun it continues', async () => {
    await has('The Front vowed to continue its war against the Levy.', 'THREATENS front>levy');
    await has('The League vowed to keep up its attacks on Valdoria.', 'THREATENS league>valdoria');
  });

  it('threatens nobody when the act ends or is no attack', async () => {
    await hasNot('The Front vowed to end its war against the Levy.', 'THREATENS front>levy');
    await hasNot('The Front vowed to continue its talks with the Levy.', 'THREATENS front>levy');
  });
});

describe('the reduced-relative garden path in a second clause', () => {
  it("makes the finite verb the clause and the participle its subject's modifier", async () => {
    const text = 'Ostmark had offered talks, but the Front led by Karel Brandt withdrew the offer and accused Valdoria of bad faith.';
    await has(text, 'LEADS karel-brandt>front');
    await has(text, 'ACCUSES front>valdoria');
  });

  it('leaves a passive with its auxiliary alone', async () => {
    const text = 'Ostmark had offered talks, but the Front was led by Karel Brandt.';
    await has(text, 'LEADS karel-brandt>front');
  });
});

describe('an assertive frame', () => {
  it('states the clause it frames', async () => {
    await has('It merits mention that the Front attacked the Levy in May.', 'ATTACKS front>levy');
    await has('It is pertinent to mention here that the League led by Karel Brandt stormed a Levy post.', 'LEADS karel-brandt>league');
    await has('It may be recalled that Valdoria accused Ostmark of arming the Front.', 'ACCUSES valdoria>ostmark');
  });

  it('keeps a hedging frame hedged', async () => {
    await hasNot('It is unclear whether the Front attacked the Levy.', 'ATTACKS front>levy');
  });
});

describe('"the government" after two armed groups', () => {
  it('is the government the nearer group fights', async () => {
    const text = 'The Hill Brigade had offered a truce, but the Front accused the government of bad faith.';
    await has(text, 'ACCUSES front>valdoria');
    await hasNot(text, 'ACCUSES front>ostmark');
  });
});

describe('the head of a function or unit of a body', () => {
  it('is a member of the body', async () => {
    const chief = "Ida Voss, the Front's interior chief, said the raids would go on.";
    await has(chief, 'MEMBER_OF ida-voss>front');
    await hasNot(chief, 'LEADS ida-voss>front');
    await has('Ida Voss, the Tarn bureau chief of the Amber League, said the raids would go on.', 'MEMBER_OF ida-voss>league');
  });

  it('takes no body from the words before the unit noun', async () => {
    const text = 'Ida Voss, the Ostmark bureau chief of the Amber League, said the raids would go on.';
    await hasNot(text, 'LEADS ida-voss>ostmark');
    await hasNot(text, 'MEMBER_OF ida-voss>ostmark');
  });

  it('leaves the chief of the body itself its leader', async () => {
    await has('Ida Voss, the Front chief, said the raids would go on.', 'LEADS ida-voss>front');
  });
});

describe('member roles of staff', () => {
  it('place the person in the body named', async () => {
    await has('Ida Voss, a senior researcher at the Amber League, said the raids would go on.', 'MEMBER_OF ida-voss>league');
    await has('Ida Voss, a senior superintendent of the Northern Levy, was killed.', 'MEMBER_OF ida-voss>levy');
  });
});

describe('names coordinated in apposition to a plural role', () => {
  it('each hold the role', async () => {
    const text = 'Two other Front commanders, Karel Brandt and Ida Voss, were killed.';
    await has(text, 'MEMBER_OF karel-brandt>front');
    await has(text, 'MEMBER_OF ida-voss>front');
  });

  it('need the role to be plural', async () => {
    await hasNot('A Front commander, Karel Brandt, and Ida Voss were killed.', 'MEMBER_OF ida-voss>front');
  });
});

describe('a possessive in the second conjunct', () => {
  it("is the first conjunct's", async () => {
    await has('The Front warned that Valdoria and its security forces would face more attacks.', 'THREATENS front>valdoria');
  });
});
