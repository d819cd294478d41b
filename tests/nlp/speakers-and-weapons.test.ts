/**
 * Construction classes of this file, with invented actors and sentences and the real parser:
 * - a speaker named by what it speaks for ("its defence ministry said", "a spokesman for the
 *   Front, X, said"): reporting one's own side's act states it;
 * - a body named by a name and a government noun ("the Lumen administration");
 * - weapons launched or fired at a target ("launched rockets at X positions") and "retaliated
 *   against X";
 * - "the two countries", "both neighbours": only a pair of governments;
 * - one's own side freed, arrested or ordered is no tie (a rescue, discipline, a command), a
 *   provincial government being on its state's side (knowledge `serves`);
 * - parse repairs: a contact relative clause, a mandative subjunctive read as a noun, a hedged
 *   free relative ("struck what X described as …");
 * - unnamed people identified as a body's members; a definite attack noun with a place.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'lumen', name: 'Government of Lumen', kind: 'Government', aliases: ['Lumen'] },
  { id: 'north-province', name: 'North Province government', kind: 'Government', serves: 'valdoria', aliases: ['North Province'] },
  { id: 'coast-guard', name: 'Coast Guard', kind: 'SecurityForce', serves: 'valdoria', aliases: ['the Coast Guard'] },
  { id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [] },
  { id: 'velm', name: 'Velm', kind: 'Location', aliases: [] },
  { id: 'brisk', name: 'Brisk', kind: 'Location', aliases: [] },
);
const { rels, has, hasNot, statusOf } = relationChecks(parser, ACTORS);

describe('a speaker named by what it speaks for', () => {
  it("states its own side's act", async () => {
    const rel = 'ATTACKS front>levy';
    expect(await statusOf("The Front's media office said its fighters had attacked the Levy near the dam.", rel)).toBe('past');
    expect(await statusOf('A spokesman for the Front, Tomas Reyk, said its fighters had ambushed the Levy.', rel)).toBe('past');
  });

  it("leaves another side's report of the act alleged", async () => {
    expect(await statusOf("Ostmark's interior ministry said the Front had attacked the Levy.", 'ATTACKS front>levy')).toBe('alleged');
  });
});

describe('a name with a government noun', () => {
  it('is that government', async () => {
    await has('The Lumen administration condemned the raid and warned Ostmark of consequences.', 'THREATENS lumen>ostmark');
    await has("The Lumen regime rejected Ostmark's offer of talks.", 'REJECTS lumen>ostmark');
  });
});

describe('weapons launched at a target, retaliation', () => {
  it('reads launching or firing weapons at X as an attack on X', async () => {
    await has('The Levy launched rockets at Front positions near the river.', 'ATTACKS levy>front');
    await has('The Front fired mortars at a Levy outpost overnight.', 'ATTACKS front>levy');
    await has('Ostmark said its forces had retaliated against the Front.', 'ATTACKS ostmark>front');
  });

  it('does not read weapons bought, shown or seized as an attack', async () => {
    await hasNot('The Levy bought rockets from Lumen.', 'ATTACKS levy>lumen');
    await hasNot('The Levy seized mortars and grenades from the Front.', 'ATTACKS levy>front');
  });
});

describe('"the two countries", "both neighbours"', () => {
  it('are the two governments, not the article’s armed dyad', async () => {
    const text =
      'The Front attacked the Levy twice this week. The Front also ambushed a Levy convoy. Valdoria and Ostmark traded blame over the border. Lumen urged both neighbours to resolve their differences through dialogue.';
    const found = (await rels(text)).filter((r) => r.startsWith('DEMANDS'));
    expect(found.sort()).toEqual(['DEMANDS lumen>ostmark', 'DEMANDS lumen>valdoria']);
  });

  it('are nobody when no two governments have been paired', async () => {
    const text = 'The Front attacked the Levy twice this week. Lumen urged the two countries to talk.';
    expect((await rels(text)).filter((r) => r.startsWith('DEMANDS'))).toEqual([]);
  });
});

describe("one's own side", () => {
  it('freed or ordered is no tie', async () => {
    await hasNot('Valdoria freed a Coast Guard officer the Front had kidnapped.', 'RELEASES valdoria>coast-guard');
    await hasNot('North Province directed the Coast Guard to arrest the culprits.', 'DEMANDS north-province>coast-guard');
  });

  it('still leaves the other side tied', async () => {
    await has('Valdoria freed a Coast Guard officer the Front had kidnapped.', 'ATTACKS front>coast-guard');
    await has('North Province demanded that Ostmark hand over the culprits.', 'DEMANDS north-province>ostmark');
  });
});

describe('a contact relative clause (no relativizer)', () => {
  it('makes the noun the object of the clause', async () => {
    await has('Valdoria freed a Coast Guard officer the Front had kidnapped.', 'ATTACKS front>coast-guard');
    await has('Ostmark welcomed the ceasefire the Front announced with Valdoria.', 'CEASEFIRE_WITH front>valdoria');
  });

  it('leaves a reported clause alone', async () => {
    await hasNot('The Levy said the Front had attacked the dam.', 'ATTACKS levy>front');
  });
});

describe('a mandative subjunctive the parser read as a noun', () => {
  it('is the demanded act, its name the one it is demanded of', async () => {
    await has('Valdoria demanded that Ostmark hand over the culprits.', 'DEMANDS valdoria>ostmark');
    await has('Valdoria insisted that Ostmark hand the suspects over to its police.', 'DEMANDS valdoria>ostmark');
  });

  it('is not read after a verb that demands nothing', async () => {
    await hasNot('Valdoria noted that Ostmark hand-picked the negotiators.', 'DEMANDS valdoria>ostmark');
  });
});

describe('a hedged free relative ("what X described as …")', () => {
  it('makes the described phrase the target', async () => {
    await has('The Levy shelled what Ostmark called Front camps.', 'ATTACKS levy>front');
    await has('Valdoria bombed what it said were Front hideouts.', 'ATTACKS valdoria>front');
    await has('Ostmark launched missiles at what it said were bases of the Front.', 'ATTACKS ostmark>front');
    await has('Ostmark struck what its army described as hideouts of the League.', 'ATTACKS ostmark>league');
  });

  it('does not make the describer a target', async () => {
    await hasNot('The Levy shelled what Ostmark called Front camps.', 'ATTACKS levy>ostmark');
  });
});

describe('unnamed people identified as a body’s members', () => {
  it('makes no body a member of it', async () => {
    await hasNot('The Front attacked a Levy post on Monday. The Levy said the militants belonged to the League.', 'MEMBER_OF front>league');
  });

  it('still reads a named group’s fighters joining another', async () => {
    await has('Hundreds of League fighters joined the Front.', 'MEMBER_OF league>front');
  });
});

describe('a definite attack noun with a place', () => {
  it('is not the attack just reported when that report named another place', async () => {
    await hasNot(
      'Ida Voss was killed by a Levy air strike in Velm in May. Responsibility for the Brisk attack was claimed by the League.',
      'ATTACKS league>ida-voss',
    );
  });

  it('is the attack just reported when it names the same place', async () => {
    await has('A gunman shot Ida Voss in Velm on Tuesday. The League said it carried out the Velm attack.', 'ATTACKS league>ida-voss');
  });
});

describe('heading a delegation', () => {
  it('does not lead the body that sent it', async () => {
    await hasNot('Ida Voss headed the Valdoria delegation at the talks.', 'LEADS ida-voss>valdoria');
    await hasNot('Tomas Reyk led the Front team in the negotiations.', 'LEADS tomas-reyk>front');
  });

  it('still leads a body named by its own name', async () => {
    await has('Ida Voss heads the Front.', 'LEADS ida-voss>front');
    await has('Ida Voss led the Front in 2015.', 'LEADS ida-voss>front');
  });
});

describe('owned things that stand for their owner', () => {
  it('reads efforts, chapters and vans as their owner’s', async () => {
    await has("Lumen said it supported Valdoria's efforts to end the violence.", 'SUPPORTS lumen>valdoria');
    await has('The northern chapter of the Front executed four Levy soldiers.', 'ATTACKS front>levy');
    await has('The Front claimed an attack on a Levy van near the bridge.', 'ATTACKS front>levy');
  });

  it('reads soldiers a group "had been holding" as held by it', async () => {
    await has('The Front executed four Levy soldiers it had been holding since 2010.', 'DETAINS front>levy');
  });

  it('does not read an executed plan as an attack', async () => {
    expect(
      (await rels('The Levy executed its plan to retake the valley from the Front.')).filter((r) => r.startsWith('ATTACKS levy')),
    ).toEqual([]);
  });
});

describe('a generic force alias owned by a state', () => {
  const withArmy = relationChecks(
    parser,
    inventedActors({ id: 'valdoria-army', name: 'Valdorian Army', kind: 'SecurityForce', serves: 'valdoria', aliases: ['army'] }),
  );

  it('is that state’s own force when the alias names it', async () => {
    await withArmy.has("Valdoria's army launched an offensive against the Front.", 'ATTACKS valdoria-army>front');
  });

  it('is the owner when the alias names another state’s force', async () => {
    await withArmy.has("Ostmark's army shelled Front positions.", 'ATTACKS ostmark>front');
  });
});

describe('a report of an attack by unnamed people', () => {
  it('accuses nobody when the attacker is only inferred', async () => {
    const found = await rels(
      'The Front claimed a raid last week. The Levy said militants attacked a checkpost on Monday, killing two Levy guards.',
    );
    expect(found.filter((r) => r.startsWith('ACCUSES'))).toEqual([]);
  });

  it('still accuses a named attacker', async () => {
    await has('Ostmark said the Front attacked a Levy checkpost on Monday.', 'ACCUSES ostmark>front');
  });
});

describe('who can accuse by reporting', () => {
  const withMonitors = relationChecks(
    parser,
    inventedActors({ id: 'harbour-monitors', name: 'Harbour Monitoring Team', kind: 'Organization', aliases: ['the monitors'] }),
  );

  it('a party reporting another’s shelter accuses it', async () => {
    await withMonitors.has('Valdoria said Ostmark shelters the Front.', 'ACCUSES valdoria>ostmark');
  });

  it('a monitor or other non-party reports without accusing', async () => {
    const found = await withMonitors.rels('The monitors said Ostmark shelters the Front.');
    expect(found).toContain('SHELTERS ostmark>front');
    expect(found.filter((r) => r.startsWith('ACCUSES'))).toEqual([]);
  });
});

describe('gendered pronouns', () => {
  const people = relationChecks(
    parser,
    inventedActors(
      { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [], gender: 'female' },
      { id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [] },
    ),
  );

  it('"her" takes the woman among the candidates', async () => {
    await people.has(
      'The Front threatened Ida Voss in May. Tomas Reyk, a Front spokesman, said the group had shot her.',
      'ATTACKS front>ida-voss',
    );
  });

  it('"him" never takes her', async () => {
    await people.has('Ida Voss praised Tomas Reyk on Sunday. Later the Levy arrested him.', 'DETAINS levy>tomas-reyk');
    await people.hasNot('Ida Voss praised Tomas Reyk on Sunday. Later the Levy arrested him.', 'DETAINS levy>ida-voss');
  });
});

describe('a participle after a relation verb’s missing object', () => {
  it('modifies that object ("freed 11 soldiers captured during the clashes")', async () => {
    await has('The Front freed 11 Levy soldiers captured during border clashes.', 'RELEASES front>levy');
    await has('The Levy freed the Front fighters held in the fort.', 'RELEASES levy>front');
  });

  it('is not made an object after a verb of saying', async () => {
    await hasNot('The Levy said Front fighters captured during the raid had escaped.', 'ACCUSES levy>front');
  });
});

describe('a resultative particle read as an adjective', () => {
  it('makes the phrasal verb ("set free a kidnapped officer")', async () => {
    await has('The Front set free a kidnapped Levy officer after a jirga.', 'RELEASES front>levy');
  });
});

describe('living under another’s protection', () => {
  it('is sheltered by the protector', async () => {
    await has('The Front leadership is based in Ostmark under the protection of Lumen.', 'SHELTERS lumen>front');
    await has("The Front's leaders live in Ostmark under Lumen's protection.", 'SHELTERS lumen>front');
  });

  it('is not read from other "under" phrases', async () => {
    await hasNot('The Front fought under the banner of the League.', 'SHELTERS league>front');
    await hasNot('The Front is under pressure from Lumen.', 'SHELTERS lumen>front');
  });
});

describe('mediation words and talk rounds', () => {
  it('reads "acted as a go-between" as mediating', async () => {
    await has('Lumen acted as a go-between in the negotiations between Valdoria and the Front.', 'MEDIATES lumen>front');
  });

  it('takes the parties of "the first round of talks between A and B"', async () => {
    const found = await rels('Lumen facilitated the first round of talks between Valdoria and Ostmark.');
    expect(found).toEqual(expect.arrayContaining(['MEDIATES lumen>valdoria', 'MEDIATES lumen>ostmark']));
  });

  it('reads a mandative subjunctive after "that the X"', async () => {
    await has('Valdoria demanded that the Front hand over its leaders.', 'DEMANDS valdoria>front');
  });
});

describe('attack shapes', () => {
  it('reads a weapon placed by X as X’s ("an IED planted by X struck Y")', async () => {
    await has('An IED planted by the Front struck a Levy patrol.', 'ATTACKS front>levy');
  });

  it('does not give a noun the by-phrase of another noun’s participle', async () => {
    await hasNot('The deal envisages the release of Front prisoners held by Valdoria.', 'RELEASES valdoria>front');
  });

  it('reads repulsing an attack by X as fighting X', async () => {
    await has('The Levy repulsed an attack by the Front on a check post.', 'ATTACKS levy>front');
    await hasNot('The Levy foiled an attack by the Front on a check post.', 'ATTACKS levy>front');
  });

  it('reads seizing posts as an attack, seizing people as a detention', async () => {
    await has('Front fighters seized several Levy posts after heavy clashes.', 'ATTACKS front>levy');
    await hasNot('Front fighters seized several Levy posts after heavy clashes.', 'DETAINS front>levy');
    await has('The Front seized two Levy soldiers.', 'DETAINS front>levy');
  });

  it('leaves unidentified attackers unattributed', async () => {
    await hasNot('The Front claimed a raid last week. Two Levy guards were shot dead by unidentified gunmen.', 'ATTACKS front>levy');
    await has('The Front claimed a raid last week. Two Levy guards were shot dead by gunmen on Monday.', 'ATTACKS front>levy');
  });
});

describe('demands and denials', () => {
  it('addresses an armed group’s demand with no addressee to the government it fights', async () => {
    await has('The Front demanded the release of its fighters.', 'DEMANDS front>valdoria');
  });

  it('does not address unnamed hostage-takers’ demand', async () => {
    await hasNot('The Front claimed a raid last week. The gunmen demanded safe passage to the border.', 'DEMANDS front>valdoria');
  });

  it('reads dismissing X’s allegations as X accusing the one who dismisses them', async () => {
    await has("Ostmark dismissed Valdoria's allegations as baseless.", 'ACCUSES valdoria>ostmark');
    await hasNot("Ostmark dismissed Valdoria's allegations as baseless.", 'REJECTS ostmark>valdoria');
  });
});

describe('a subordinate clause read as a prepositional phrase', () => {
  const people = relationChecks(parser, inventedActors({ id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] }));

  it('gives the clause its subject ("after his predecessor, X, was killed by Y")', async () => {
    const found = await people.rels('Ida Voss took over the Front after her predecessor, Karel Brandt, was killed by a Levy raid.');
    expect(found).toEqual(expect.arrayContaining(['ATTACKS levy>karel-brandt', 'LEADS ida-voss>front', 'LEADS karel-brandt>front']));
  });

  it('reads "took over" a body as leading it, not a town', async () => {
    expect((await rels('The Front took over the town of Velm.')).filter((r) => r.startsWith('LEADS'))).toEqual([]);
  });
});

describe('victims of an idiom and a claim that names the place', () => {
  it('reads "embraced shahadat" as killed, so a later claim of the attack targets them', async () => {
    await has(
      'Ida Voss was briefed on the attack on the Velm garrison, in which nine Levy soldiers embraced shahadat. Responsibility for the Velm attack was claimed by the League.',
      'ATTACKS league>levy',
    );
  });

  it('lets a claim naming the place reach further back than a bare "the attack"', async () => {
    const far =
      'Nine Levy soldiers embraced shahadat in Velm on Monday. Ida Voss visited the wounded. She praised their courage. She met their families. Responsibility for the Velm attack was claimed by the League.';
    await has(far, 'ATTACKS league>levy');
    await hasNot(far.replace('the Velm attack', 'the attack'), 'ATTACKS league>levy');
  });
});

describe('a reported clause whose pronoun subject the parser made the speech verb’s object', () => {
  it('reads "protested … and hinted it may take action" with the protest as the main clause', async () => {
    // (the parser makes "it may take" the root and the protest its clausal subject)
    await has("Valdoria protested Ostmark's raids and hinted it may take cross-border action again.", 'ACCUSES valdoria>ostmark');
    await has('Valdoria protested the shelling by Ostmark and hinted it may strike the Front again.', 'ACCUSES valdoria>ostmark');
  });
});
