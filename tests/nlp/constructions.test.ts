/**
 * Minimal pairs per construction class, against the real parser. Actors and sentences are
 * invented (a fictional conflict: the Red Crescent Front, the Northern Levy, Valdoria…), so the
 * patterns are tested as constructions, not as corpus sentences. For each class: sentences that
 * must yield the relation, and near misses that must not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front', 'RCF'] },
  { id: 'levy', name: 'Northern Levy', kind: 'SecurityForce', aliases: ['the Levy'] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdorian government', 'Valdoria'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark government', 'Ostmark'] },
  { id: 'lumen', name: 'Lumen', kind: 'Organization', aliases: ['Lumen mediators'] },
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [] },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);

const SYMMETRIC = new Set(['NEGOTIATES_WITH', 'CEASEFIRE_WITH']);

/** "TYPE a>b", symmetric types with their ends sorted (they have no direction). */
function key(rel: string): string {
  const [type, pair] = rel.split(' ') as [string, string];
  return SYMMETRIC.has(type) ? `${type} ${pair.split('>').sort().join('>')}` : rel;
}

async function expectAll(type: string, pair: string, yes: string[], no: string[]): Promise<void> {
  const wanted = key(`${type} ${pair}`);
  for (const s of yes) expect((await rels(s)).map(key), s).toContain(wanted);
  for (const s of no) expect((await rels(s)).map(key), s).not.toContain(wanted);
}

describe('construction classes', () => {
  it('active clause: subject → source, object or typed preposition → target', async () => {
    await expectAll(
      'ATTACKS',
      'front>levy',
      [
        'The Red Crescent Front attacked the Northern Levy on Monday.',
        'Fighters of the Red Crescent Front stormed a Northern Levy post overnight.',
        'The Red Crescent Front ambushed Northern Levy patrols near the river.',
        'Hundreds of fighters of the Red Crescent Front raided the Northern Levy barracks.',
        'The Red Crescent Front fired on the Northern Levy from the ridge.',
      ],
      [
        'The Red Crescent Front did not attack the Northern Levy.',
        'The Red Crescent Front could attack the Northern Levy, analysts warned.',
        'The Northern Levy attacked the Red Crescent Front.',
      ],
    );
  });

  it('passive with by-agent and reduced relative', async () => {
    await expectAll(
      'ATTACKS',
      'front>levy',
      [
        'The Northern Levy was attacked by the Red Crescent Front.',
        'A Northern Levy convoy was ambushed by the Red Crescent Front.',
        'Northern Levy officers, targeted by the Red Crescent Front, left the town.',
        'The Northern Levy post was stormed by the Red Crescent Front at dawn.',
        'The Northern Levy had been shelled by the Red Crescent Front for weeks.',
      ],
      [
        'The Northern Levy was attacked near the border.',
        'The Red Crescent Front was attacked by the Northern Levy.',
        'If the Northern Levy is attacked by the Red Crescent Front, talks will end.',
      ],
    );
  });

  it('relative clause and coordination of parties', async () => {
    await expectAll(
      'ATTACKS',
      'front>levy',
      [
        'The Red Crescent Front, which attacked the Northern Levy last year, is growing.',
        'The Red Crescent Front attacked the Valdorian government and the Northern Levy.',
        'Ida Voss said the Red Crescent Front, which ambushed the Northern Levy, was gaining ground.',
        'The Red Crescent Front seized a village and attacked the Northern Levy.',
        'The Red Crescent Front and its allies attacked the Northern Levy.',
      ],
      [
        'The Red Crescent Front, which the Northern Levy attacked, is shrinking.',
        'Officials asked whether the Red Crescent Front attacked the Northern Levy.',
        'The Red Crescent Front wants to attack the Northern Levy.',
      ],
    );
  });

  it('nominalisation with possessor, by-phrase and light verbs', async () => {
    await expectAll(
      'ATTACKS',
      'front>levy',
      [
        'The Red Crescent Front carried out an attack on the Northern Levy.',
        "The Red Crescent Front's attack on the Northern Levy killed six.",
        'An attack by the Red Crescent Front on the Northern Levy killed six.',
        'The Red Crescent Front launched a raid against the Northern Levy.',
        'The Red Crescent Front claimed responsibility for an attack on the Northern Levy.',
      ],
      [
        'The Red Crescent Front planned an attack on the Northern Levy.',
        'The Red Crescent Front condemned an attack on the Northern Levy.',
        'There was no attack by the Red Crescent Front on the Northern Levy.',
      ],
    );
  });

  it('talks, their parties and their mediator (host counts as mediation)', async () => {
    await expectAll(
      'NEGOTIATES_WITH',
      'ostmark>valdoria',
      [
        'Valdoria held talks with Ostmark in March.',
        'Talks between Valdoria and Ostmark resumed on Friday.',
        'Valdoria and Ostmark held talks in the capital.',
        'Valdoria negotiated with Ostmark for a week.',
        'Valdoria signed an agreement with Ostmark.',
      ],
      [
        'Valdoria is ready to hold talks with Ostmark.',
        'Valdoria refused to hold talks with Ostmark.',
        'Analysts asked whether Valdoria would hold talks with Ostmark.',
      ],
    );
    await expectAll(
      'MEDIATES',
      'lumen>valdoria',
      [
        'Lumen hosted talks between Valdoria and Ostmark.',
        'Talks between Valdoria and Ostmark, hosted by Lumen, ended without a deal.',
        'Lumen mediated between Valdoria and Ostmark.',
        "Lumen's mediation between Valdoria and Ostmark was praised.",
        'Lumen brokered talks between Valdoria and Ostmark.',
      ],
      [
        'Lumen offered to mediate between Valdoria and Ostmark.',
        'Lumen could mediate between Valdoria and Ostmark.',
        'Lumen hosted a conference on trade.',
      ],
    );
  });

  it('truces: agreed and ended', async () => {
    await expectAll(
      'CEASEFIRE_WITH',
      'front>valdoria',
      [
        'The Red Crescent Front agreed a ceasefire with Valdoria.',
        'The Red Crescent Front ended its ceasefire with Valdoria.',
        'A truce between the Red Crescent Front and Valdoria held for a month.',
        'The Red Crescent Front called off its truce with Valdoria on Sunday.',
        'Valdoria and the Red Crescent Front extended their ceasefire.',
      ],
      [
        'The Red Crescent Front proposed a ceasefire with Valdoria.',
        'The Red Crescent Front is unlikely to agree a ceasefire with Valdoria.',
        'Valdoria rejected a ceasefire.',
      ],
    );
  });

  it('roles: appositive, title, copula, and a role stated away from the name', async () => {
    await expectAll(
      'SPOKESPERSON_FOR',
      'karel-brandt>front',
      [
        'Karel Brandt, the spokesman of the Red Crescent Front, spoke on Monday.',
        'Red Crescent Front spokesman Karel Brandt spoke on Monday.',
        "The Red Crescent Front's spokesman, Karel Brandt, spoke on Monday.",
        'Karel Brandt is the spokesman for the Red Crescent Front.',
        'Karel Brandt, a spokesman for the Red Crescent Front, denied the report.',
      ],
      [
        'Karel Brandt met the spokesman of the Red Crescent Front.',
        'Karel Brandt criticised the Red Crescent Front.',
        'Karel Brandt spoke about the Red Crescent Front.',
      ],
    );
    await expectAll(
      'LEADS',
      'ida-voss>levy',
      [
        'Ida Voss, the chief of the Northern Levy, resigned.',
        'Northern Levy chief Ida Voss resigned.',
        'Ida Voss took over as chief of the Northern Levy.',
        'Ida Voss heads the Northern Levy.',
        'The Northern Levy, led by Ida Voss, withdrew.',
      ],
      [
        'Ida Voss, the deputy chief of the Northern Levy, resigned.',
        'Ida Voss met the chief of the Northern Levy.',
        'Ida Voss wants to lead the Northern Levy.',
      ],
    );
  });

  it('reported speech: one side\'s claim is alleged and an accusation; a modal under "said" is a demand', async () => {
    const reported = await listRelations(parser, 'Valdoria said Ostmark was sheltering the Red Crescent Front.', '2024-05-10', ACTORS);
    expect(reported).toEqual(expect.arrayContaining(['SHELTERS ostmark>front', 'ACCUSES valdoria>ostmark']));
    await expectAll(
      'DEMANDS',
      'valdoria>ostmark',
      [
        'Valdoria said Ostmark must stop the Red Crescent Front.',
        'Valdoria urged Ostmark to act against the Red Crescent Front.',
        'Valdoria called on Ostmark to expel the Red Crescent Front.',
        'Valdoria said Ostmark should close the camps.',
        'Valdoria pressed Ostmark to close the camps.',
      ],
      ['Valdoria said Ostmark closed the camps.', 'Ostmark urged Valdoria to act.', 'Valdoria praised Ostmark.'],
    );
  });

  it('accusations and the act they allege', async () => {
    await expectAll(
      'ACCUSES',
      'valdoria>ostmark',
      [
        'Valdoria accused Ostmark of sheltering the Red Crescent Front.',
        'Valdoria blamed Ostmark for the attack.',
        'Valdoria accused Ostmark of supporting the Front.',
        'Valdoria blamed Ostmark for the raid.',
        'Valdoria accused Ostmark of backing the Front.',
      ],
      ['Valdoria condemned Ostmark.', 'Valdoria did not accuse Ostmark.', 'Ostmark accused Valdoria of lying.'],
    );
    const alleged = (
      await (
        await import('../../src/ingest/extract-article.ts')
      ).extractArticle('Valdoria accused Ostmark of sheltering the Red Crescent Front.', {
        publishedAt: '2024-05-10',
        knownActors: ACTORS,
        parser,
      })
    ).relations.find((r) => r.type === 'SHELTERS');
    expect(alleged?.status).toBe('alleged');
  });

  it('custody stated by a place of detention', async () => {
    await expectAll(
      'DETAINS',
      'valdoria>karel-brandt',
      [
        "Karel Brandt is now in Valdoria's custody.",
        'Karel Brandt is in the custody of Valdoria.',
        'Karel Brandt was held in a Valdoria prison for a year.',
        'Valdoria arrested Karel Brandt in March.',
        'Karel Brandt was detained by Valdoria.',
      ],
      [
        'Karel Brandt was freed from a Valdoria prison.',
        'Karel Brandt visited a Valdoria prison.',
        "Karel Brandt is not in Valdoria's custody.",
      ],
    );
    await expectAll(
      'RELEASES',
      'valdoria>karel-brandt',
      [
        'Karel Brandt was freed from a Valdoria prison.',
        'Valdoria released Karel Brandt on Friday.',
        'Karel Brandt was released by Valdoria.',
        "Karel Brandt was released from Valdoria's custody.",
        'Valdoria freed Karel Brandt and two others.',
      ],
      ['Valdoria refused to release Karel Brandt.', 'The Front demanded the release of Karel Brandt.', 'Karel Brandt was not released.'],
    );
  });
});
