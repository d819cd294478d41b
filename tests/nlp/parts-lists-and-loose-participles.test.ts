/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a reduced relative read as a clause of its own ("X, the League faction led by Y, …"): the
 *   participle belongs to the appositive noun, so Y leads X and X is a part of the League;
 * - a verb read as a noun after an appositive ("X, the most violent of the factions, split from
 *   Y in 2014"): the noun is the sentence's verb and the name its subject;
 * - names after a counted plural object and another phrase ("freed two League commanders from
 *   Karn, A and B"): the names are those counted, and the act is done to each of them;
 * - an outlet of a body ("Amaq, the League's propaganda outlet") is a part of it.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] },
  { id: 'lev-orlov', name: 'Lev Orlov', kind: 'Person', aliases: [] },
  { id: 'north-band', name: 'North Band', kind: 'ArmedGroup', aliases: [] },
  { id: 'amaq', name: 'Amaq', kind: 'Organization', aliases: [] },
);

const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a reduced relative read as a clause of its own', () => {
  it('belongs to the appositive noun', async () => {
    const text = 'The test is the North Band, the League faction led by Karl Brenner, which has used Karn as a base.';
    await has(text, 'LEADS karl-brenner>north-band');
    await has(text, 'MEMBER_OF north-band>league');
    await has('The test is the North Band, the League faction commanded by Lev Orlov, which holds the pass.', 'LEADS lev-orlov>north-band');
    await has(
      'Talks included the North Band, the League wing led by Karl Brenner, which has fought Valdoria since 2019.',
      'LEADS karl-brenner>north-band',
    );
    await has(
      'The prize is the North Band, the League faction led by Karl Brenner, which controls the river.',
      'MEMBER_OF north-band>league',
    );
  });

  it('not the body itself when the participle does belong to it', async () => {
    await hasNot(
      'The test is the North Band, the League faction led by Karl Brenner, which has used Karn as a base.',
      'LEADS karl-brenner>league',
    );
    await has('The League, led by Karl Brenner, attacked the Levy post.', 'LEADS karl-brenner>league');
    await has('Karl Brenner leads the North Band.', 'LEADS karl-brenner>north-band');
  });
});

describe('a verb read as a noun after an appositive', () => {
  it('is the verb, and the name its subject', async () => {
    await has('The North Band, the most violent of the breakaway factions, split from the League in 2014.', 'MEMBER_OF north-band>league');
    await has('The North Band, the largest of the splinter factions, split from the League in 2016.', 'MEMBER_OF north-band>league');
    await has('The North Band, the oldest of the dissident factions, split from the League in 2011.', 'MEMBER_OF north-band>league');
    await has('The North Band, the smallest of the breakaway factions, split from the League last year.', 'MEMBER_OF north-band>league');
    await has(
      'The North Band, the best armed of the breakaway factions, split from the League in May and has since fought alone.',
      'MEMBER_OF north-band>league',
    );
  });

  it('not where the sentence has a verb, or the noun is no verb of the lexicon', async () => {
    await hasNot(
      'The North Band, the most violent of the factions, a split from the League, holds the pass.',
      'MEMBER_OF north-band>league',
    );
    await hasNot('The North Band, the most violent of the factions, rival of the League in 2014.', 'MEMBER_OF north-band>league');
  });
});

describe('names after a counted plural object and another phrase', () => {
  it('are the ones counted, and the act is done to each', async () => {
    const text = 'Valdoria freed two jailed League commanders from Karn, Karl Brenner and Lev Orlov, as a goodwill gesture.';
    await has(text, 'RELEASES valdoria>karl-brenner');
    await has(text, 'RELEASES valdoria>lev-orlov');
    await has(text, 'MEMBER_OF lev-orlov>league');
    await has('Valdoria freed two League commanders, Karl Brenner and Lev Orlov, on Monday.', 'RELEASES valdoria>lev-orlov');
    await has('The Levy arrested two League commanders in Karn, Karl Brenner and Lev Orlov, on Monday.', 'DETAINS levy>lev-orlov');
  });

  it('not for an uncounted object, or names that are the phrase’s own list', async () => {
    await hasNot(
      'Valdoria freed the League commanders from Karn, Karl Brenner and Lev Orlov, on Monday.',
      'RELEASES valdoria>karl-brenner',
    );
    await hasNot('Valdoria freed two League commanders from Karn and Vessa on Monday.', 'RELEASES valdoria>karl-brenner');
    await hasNot('Valdoria freed two hostages, and Karl Brenner and Lev Orlov left Karn.', 'RELEASES valdoria>lev-orlov');
  });
});

describe('an outlet of a body', () => {
  it('is a part of it', async () => {
    await has("Amaq, the League's propaganda outlet, published the video.", 'MEMBER_OF amaq>league');
    await has("Amaq, the League's media outlet, denied the report.", 'MEMBER_OF amaq>league');
    await has("The League's propaganda outlet, Amaq, published the video.", 'MEMBER_OF amaq>league');
    await has('Amaq, an outlet of the League, published the video.', 'MEMBER_OF amaq>league');
    await has("Amaq, the Front's news outlet, published the video.", 'MEMBER_OF amaq>front');
  });

  it('not an outlet named without its owner, or one that reports on a body', async () => {
    await hasNot('Amaq, a news outlet, reported on the League.', 'MEMBER_OF amaq>league');
    await hasNot('Amaq, an outlet critical of the League, published the video.', 'MEMBER_OF amaq>league');
  });
});

describe('the leader of a part, a relative clause on an alias, a part read as a list member', () => {
  it('puts the leader on the part, the clause on the name, the part beside its name', async () => {
    await has('The North Band, a faction of the League led by Karl Brenner, attacked a Levy post.', 'LEADS karl-brenner>north-band');
    await has('Valdoria struck the North Band, the armed wing of the League commanded by Karl Brenner.', 'LEADS karl-brenner>north-band');
    await has(
      'Valdoria talked with the North Band, the local wing of the League commanded by his son-in-law, Karl Brenner.',
      'LEADS karl-brenner>north-band',
    );
    await has('The Levy arrested Lev Orlov, also known as Abu Tarn, who heads the North Band.', 'LEADS lev-orlov>north-band');
    await has(
      "Responsibility was claimed by the North Band, the League's faction in Karn and the hills around it.",
      'MEMBER_OF north-band>league',
    );
  });

  it('not the whole for the part, nor the alias for the name', async () => {
    await hasNot('Valdoria struck the North Band, the armed wing of the League commanded by Karl Brenner.', 'LEADS karl-brenner>league');
    await hasNot('The Levy arrested Lev Orlov, also known as Abu Tarn, who heads the North Band.', 'LEADS abu-tarn>north-band');
    await hasNot('Responsibility was claimed by the North Band, the League and the Front.', 'MEMBER_OF north-band>league');
  });
});

describe("a leader's holdings", () => {
  const LEADERS = inventedActors(
    { id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [], affiliation: 'league', role: 'leader' },
    { id: 'lev-orlov', name: 'Lev Orlov', kind: 'Person', aliases: [], affiliation: 'league', role: 'spokesman' },
  );
  const led = relationChecks(parser, LEADERS);

  it('are those of the group the person leads', async () => {
    await led.has('Valdoria carried out air strikes on what it said were Karl Brenner hideouts.', 'ATTACKS valdoria>league');
    await led.has("Valdoria bombed Karl Brenner's camps in the hills.", 'ATTACKS valdoria>league');
    await led.has('Valdoria bombed the camps of Karl Brenner in the hills.', 'ATTACKS valdoria>league');
    await led.has('Valdoria shelled Karl Brenner hideouts near Karn.', 'ATTACKS valdoria>league');
    await led.has("Ostmark raided Karl Brenner's strongholds in the valley.", 'ATTACKS ostmark>league');
  });

  it('not for a person who leads nothing, nor a state’s own bases', async () => {
    await led.hasNot("Valdoria bombed Lev Orlov's camps in the hills.", 'ATTACKS valdoria>league');
    await led.hasNot("Valdoria bombed Ida Voss's camps in the hills.", 'ATTACKS valdoria>league');
    await led.hasNot("The Front shelled Valdoria's camps near Karn.", 'ATTACKS front>league');
  });
});
