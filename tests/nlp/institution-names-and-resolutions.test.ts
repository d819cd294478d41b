/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - an unknown name headed by an institution word ("… Bar Association", "… Students Federation",
 *   "… Times Online"), or by one before its of-phrase ("the Diocese of Karn"), is an organisation
 *   the article names (3-mentions/propose-actor.ts);
 * - a body's name opening with a title word ("The National Assembly", "the Federal Investigation
 *   Agency") is a name, not a title before a person's name; a legislature is no government, so
 *   "the government" is never it;
 * - a new hyphened or several-word name before a noun for its fighters ("Jund-e-Karn militants")
 *   is their group, and a council, jirga or shura in apposition tells an organisation;
 * - a resolution passed or adopted with a participle ("passed a resolution demanding that …")
 *   speaks for the body that passed it.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, entityNames } = relationChecks(parser, inventedActors());

describe('an unknown name headed by an institution word', () => {
  it('is an organisation the article names', async () => {
    await has('The Front attacked the Karn Bar Association on Monday.', 'ATTACKS front>karn-bar-association');
    await has('Members of the Dorn Students Federation accused the Levy of torture.', 'ACCUSES dorn-students-federation>levy');
    expect(await entityNames('Dorn Times Online reported that the Front had attacked the Levy.')).toContain('Dorn Times Online');
    expect(await entityNames('The Diocese of Karn condemned the attack on the church.')).toContain('Diocese of Karn');
    expect(await entityNames('The Federation of Karn Traders condemned the Front.')).toContain('Federation of Karn Traders');
  });

  it('not a place named with "of" or a plain capitalised phrase', async () => {
    expect(await entityNames('The Front attacked the Valley of Karn on Monday.')).not.toContain('Valley of Karn');
    expect(await entityNames('On Monday Morning the Front attacked the Levy.')).not.toContain('Monday Morning');
  });
});

describe("a body's name opening with a title word", () => {
  it('is a name', async () => {
    await has('The National Assembly passed a resolution demanding that Ostmark stop its raids.', 'DEMANDS national-assembly>ostmark');
    await has('The Federal Investigation Agency arrested Ida Voss.', 'DETAINS federal-investigation-agency>ida-voss');
    await has(
      'The Provincial Assembly of Karn condemned the Front and demanded that it free the hostages.',
      'DEMANDS provincial-assembly-of-karn>front',
    );
    expect(await entityNames('The National Counter Terrorism Authority warned of Front attacks.')).toContain(
      'National Counter Terrorism Authority',
    );
    expect(await entityNames('Federal Board officials met in Karn.')).toContain('Federal Board');
  });

  it('not a title before a name, and a legislature is not "the government"', async () => {
    expect(await entityNames('National Security Adviser Ida Voss met the Front.')).not.toContain('National Security Adviser Ida Voss');
    await has('National Security Adviser Ida Voss met the Front.', 'NEGOTIATES_WITH ida-voss>front');
    await hasNot(
      'Ida Voss, the opposition leader in the National Assembly, called on the government to talk to the Front.',
      'DEMANDS ida-voss>national-assembly',
    );
  });
});

describe('a new name before its fighters, or described as a council', () => {
  it('is a group or an organisation', async () => {
    await has('Jund-e-Karn militants ambushed a Levy convoy.', 'ATTACKS jund-e-karn>levy');
    await has('Ansar-ul-Dorn fighters attacked the Levy post on Monday.', 'ATTACKS ansar-ul-dorn>levy');
    await has('Dorn Tigers fighters raided the Levy camp.', 'ATTACKS dorn-tigers>levy');
    await has('The Karn Shura, a council of elders, accused the Levy of killing civilians.', 'ACCUSES karn-shura>levy');
    await has('The Dorn Elders, a tribal jirga, demanded that the Levy withdraw.', 'DEMANDS dorn-elders>levy');
  });

  it('not a one-word place before its fighters', async () => {
    expect(await entityNames('Dornabad militants ambushed a Levy convoy.')).not.toContain('Dornabad');
  });
});

describe('a resolution with a participle', () => {
  it('speaks for the body that passed it', async () => {
    await has('The Karn Council passed a resolution demanding that Ostmark stop its raids.', 'DEMANDS karn-council>ostmark');
    await has('Valdoria adopted a resolution demanding that the Front free its hostages.', 'DEMANDS valdoria>front');
    await has('Ostmark passed a resolution accusing Valdoria of arming the Front.', 'ACCUSES ostmark>valdoria');
    await has('The League adopted a resolution urging Ostmark to expel the Levy.', 'DEMANDS league>ostmark');
    await has('Valdoria passed a resolution accusing the League of attacking the Levy.', 'ACCUSES valdoria>league');
  });

  it('not a resolution another body passed', async () => {
    await hasNot('Ostmark rejected a resolution accusing it of sheltering the Front.', 'ACCUSES ostmark>ostmark');
    await hasNot('Valdoria criticised a resolution accusing Ostmark of arming the Front.', 'ACCUSES valdoria>ostmark');
  });
});
