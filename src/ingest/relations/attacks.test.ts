import { describe, expect, it } from 'vitest';
import { findRelation, listRelations } from '../test-helpers.ts';

describe('ATTACKS, SHELTERS', () => {
  it('"X attacks on Y" and "X launched strikes on Y"', () => {
    expect(listRelations('TTP attacks on security forces rose sharply.')).toContain('ATTACKS ttp>pakistan-security-forces');
    expect(listRelations('Pakistan launched airstrikes inside Afghanistan on ISKP hideouts.')).toContain('ATTACKS pakistan-government>islamic-state-khorasan');
  });

  it('a place inside the attack phrase is not a target', () => {
    expect(listRelations('Pakistan carried out strikes in Afghanistan.').some((r) => r.startsWith('ATTACKS'))).toBe(false);
  });

  it('coordinated targets: "the fight against X and Y"', () => {
    const rels = listRelations('The Afghan Taliban won the war against US forces and the former Afghan government.');
    expect(rels).toEqual(expect.arrayContaining(['ATTACKS afghan-taliban>us-forces', 'ATTACKS afghan-taliban>afghan-republic']));
  });

  it('verbs: "fired at X", passive "was attacked by X"', () => {
    expect(listRelations('Taliban forces fired mortars at Pakistani troops near the border.')).toContain('ATTACKS afghan-taliban>pakistan-army');
    expect(listRelations('A Frontier Corps convoy was attacked by the Hafiz Gul Bahadur group.')).toContain('ATTACKS hafiz-gul-bahadur-group>frontier-corps');
  });

  it('a claim of responsibility completes an attack whose victim was named before', () => {
    const rels = listRelations('A suicide bomber struck a police post, killing four Khyber-Pakhtunkhwa police officers. Jamaat-ul-Ahrar claimed responsibility.');
    expect(rels).toContain('ATTACKS jamaat-ul-ahrar>khyber-pakhtunkhwa-police');
  });

  it('"blamed X for the attack on Y" → ATTACKS alleged', () => {
    const attack = findRelation('The army blamed the TTP for the attack on the Frontier Corps.', 'ATTACKS');
    expect([attack?.source, attack?.target, attack?.status]).toEqual(['ttp', 'frontier-corps', 'alleged']);
  });

  it('SHELTERS: "offering a home to X", "giving X sanctuary"', () => {
    expect(listRelations('The Afghan Taliban have been offering a home to the TTP.')).toContain('SHELTERS afghan-taliban>ttp');
    expect(listRelations('Kabul is giving al-Qaeda sanctuary, the report said.')).toContain('SHELTERS afghan-taliban>al-qaeda');
  });

  it('SHELTERS wanted, not done: "urged Kabul to deny X safe havens"', () => {
    expect(listRelations('Islamabad urged Kabul to stop giving the TTP safe havens.').some((r) => r.startsWith('SHELTERS'))).toBe(false);
  });

  it('dates an attack from its sentence, leaning to the past', () => {
    expect(findRelation('The TTP attacked the army on Sunday.', 'ATTACKS', '2024-05-10')?.date).toBe('2024-05-05');
  });
});
