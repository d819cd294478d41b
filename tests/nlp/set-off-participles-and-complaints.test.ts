/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a set-off reduced relative with a phrase before its by-phrase ("The Front, led since last
 *   June by X, rejected …"), which the parser reads as the main verb or tags as a past tense, is
 *   a passive participle on the noun: X leads it, and the verb after it is the sentence's;
 * - a complaint that another side did something ("complained that the Levy kept up raids on its
 *   men") is reported speech: the complainer accuses the other side, whose act is alleged.
 * - a self-description ("X, who identified himself as the group's spokesman") is a role of the
 *   subject, and a new name before ", who" is a person.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] });
const { has, hasNot, statusOf } = relationChecks(parser, ACTORS);

describe('a set-off reduced relative', () => {
  it('is led by its by-phrase, and the verb after it heads the sentence', async () => {
    await has('The Front, led since last June by Ida Voss, rejected the offer.', 'LEADS ida-voss>front');
    await has('The Front, led since 2021 by Karl Brenner, has regrouped in the hills.', 'LEADS karl-brenner>front');
    await has('The League, headed since May by Ida Voss, attacked a Levy convoy.', 'ATTACKS league>levy');
    await has('The Levy, commanded until March by Karl Brenner, shelled the Front.', 'ATTACKS levy>front');
    await has('The League, commanded by Karl Brenner, attacked the Levy post.', 'LEADS karl-brenner>league');
  });

  it('not a participle with no by-phrase, or an agent that is no leader', async () => {
    await hasNot('The Front, weakened since last June by defections, rejected the offer.', 'LEADS ida-voss>front');
    await hasNot('The Front, attacked since June by the Levy, rejected the offer.', 'LEADS levy>front');
  });
});

describe('a complaint about another side', () => {
  it("accuses it, and its act is the complainer's allegation", async () => {
    await has('The Front has already complained that the Levy kept up raids on its men.', 'ACCUSES front>levy');
    await has('Valdoria complained that Ostmark shelters the Front.', 'ACCUSES valdoria>ostmark');
    expect(await statusOf('Valdoria complained that Ostmark shelters the Front.', 'SHELTERS ostmark>front')).toBe('alleged');
    await has('The League complained that Valdoria had bombed its camps.', 'ACCUSES league>valdoria');
    await has('Ostmark complained that the Front attacked its border posts.', 'ACCUSES ostmark>front');
  });

  it('not a complaint about no act', async () => {
    await hasNot('The Front complained about the heat in Karn.', 'ACCUSES front>valdoria');
    await hasNot('Valdoria complained that the talks with Ostmark were slow.', 'ACCUSES valdoria>ostmark');
  });
});

describe('a self-description', () => {
  const claim = 'A bomb struck a Levy post. The League claimed the attack.';
  it("is a role of the subject, whose new name is a person's", async () => {
    await has(
      `${claim} Piet Zandberg, who identified himself as the group's spokesman, spoke to reporters.`,
      'SPOKESPERSON_FOR piet-zandberg>league',
    );
    await has("Karl Brenner, who describes himself as the Front's chief, denied the report.", 'LEADS karl-brenner>front');
    await has(`${claim} Jan Hollis, who described himself as a League commander, phoned reporters.`, 'MEMBER_OF jan-hollis>league');
    await has("Ida Voss, who presents herself as the League's envoy, met Valdoria.", 'MEMBER_OF ida-voss>league');
    await has(
      'Mara Tesk, who identified herself as a Front spokeswoman, said the Front attacked the Levy.',
      'SPOKESPERSON_FOR mara-tesk>front',
    );
  });

  it('not a description of someone else', async () => {
    await hasNot("Karl Brenner, who described Ida Voss as the Front's chief, denied the report.", 'LEADS karl-brenner>front');
  });
});
