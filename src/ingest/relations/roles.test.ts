import { describe, expect, it } from 'vitest';
import { findRelation, listRelations } from '../test-helpers.ts';

describe('role relations', () => {
  it('"ORG\'s spokesperson, NAME" → SPOKESPERSON_FOR', () => {
    expect(listRelations("The Afghan Taliban's spokesperson, Zabihullah Mujahid, spoke to reporters.")).toContain('SPOKESPERSON_FOR zabihullah-mujahid>afghan-taliban');
  });

  it('"ORG chief NAME" and "NAME, the emir of ORG" → LEADS', () => {
    expect(listRelations('TTP chief Noor Wali Mehsud released a video.')).toContain('LEADS noor-wali-mehsud>ttp');
    expect(listRelations('Hibatullah Akhundzada, the supreme leader of the Afghan Taliban, issued an edict.')).toContain('LEADS hibatullah-akhundzada>afghan-taliban');
  });

  it('"the head of ORG, Rank NAME" → LEADS', () => {
    expect(listRelations('The visitors included the head of the ISI, Lieutenant General Nadeem Anjum.')).toContain('LEADS nadeem-anjum>isi');
  });

  it('"NAME as the new ORG chief" → LEADS', () => {
    expect(listRelations('The government confirmed Qamar Javed Bajwa as the new army chief.')).toContain('LEADS qamar-javed-bajwa>pakistan-army');
  });

  it('"NAME, the ORG\'s commander" and "a ORG commander, NAME" → MEMBER_OF', () => {
    expect(listRelations('Zarin Gul, the TTP\'s commander in Swat, was arrested.')).toContain('MEMBER_OF zarin-gul>ttp');
    expect(listRelations('A senior TTP commander, Qari Shakeel, was killed.')).toContain('MEMBER_OF qari-shakeel>ttp');
  });

  it('a bare minister title uses the person\'s known government', () => {
    expect(listRelations('Foreign Minister Amir Khan Muttaqi met diplomats.')).toContain('MEMBER_OF amir-khan-muttaqi>afghan-taliban');
    expect(listRelations('Prime Minister Shehbaz Sharif chaired the meeting.')).toContain('LEADS shehbaz-sharif>pakistan-government');
  });

  it('ranks and presidents without an organisation give no role', () => {
    expect(listRelations('General Asim Munir visited the troops.').filter((r) => r.startsWith('MEMBER_OF') || r.startsWith('LEADS'))).toEqual([]);
    expect(listRelations('President Asif Ali Zardari addressed parliament.').filter((r) => r.startsWith('LEADS'))).toEqual([]);
  });

  it('"former chief" is past', () => {
    expect(findRelation('Baitullah Mehsud, the former chief of the TTP, was killed in 2009.', 'LEADS')?.status).toBe('past');
  });

  it('factions and membership of groups → MEMBER_OF', () => {
    expect(listRelations('Hizb-ul-Ahrar, a splinter faction of the TTP, claimed the attack.')).toContain('MEMBER_OF hizb-ul-ahrar>ttp');
    expect(listRelations('Police said the Lashkar-e-Islam was made up mostly of fighters of the TTP.')).toContain('MEMBER_OF lashkar-e-islam>ttp');
  });
});
