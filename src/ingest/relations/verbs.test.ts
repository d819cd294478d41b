import { describe, expect, it } from 'vitest';
import { findRelation, listRelations } from '../test-helpers.ts';

describe('verb-triggered relations', () => {
  it('DEMANDS: "urged X to", "called on X to"; the wanted act itself is not recorded', () => {
    const rels = listRelations('The Pakistani government urged the Afghan Taliban to hand over TTP commanders.');
    expect(rels).toContain('DEMANDS pakistan-government>afghan-taliban');
    expect(rels.some((r) => r.startsWith('RELEASES'))).toBe(false);
    expect(listRelations('The United Nations called on Kabul to release the detainees.')).toContain('DEMANDS united-nations>afghan-taliban');
  });

  it('REJECTS: direct object and "an offer from X"', () => {
    expect(listRelations('The Afghan Taliban rejected Pakistan\'s demands.')).toContain('REJECTS afghan-taliban>pakistan-government');
    expect(listRelations('Islamabad turned down an offer from the TTP.')).toContain('REJECTS pakistan-government>ttp');
  });

  it('REJECTS in the passive: "was ruled out by X" targets the owner of the demand', () => {
    const rels = listRelations('The TTP renewed its demand for the release of prisoners. The demand was ruled out by the Pakistani government.');
    expect(rels).toContain('REJECTS pakistan-government>ttp');
  });

  it('ACCUSES: "accused X of", "blamed X for", "alleged that X"', () => {
    expect(listRelations('Kabul accused Pakistan of violating its airspace.')).toContain('ACCUSES afghan-taliban>pakistan-government');
    expect(listRelations('The army blamed the Baloch Liberation Army for the ambush.')).toContain('ACCUSES pakistan-army>baloch-liberation-army');
    expect(listRelations('Sarfraz Bugti alleged that Afghan nationals helped the bombers.')).toContain('ACCUSES sarfraz-bugti>afghan-migrants');
  });

  it('an act inside an accusation is alleged and belongs to the accused', () => {
    const shelter = findRelation('Islamabad accused the Afghan Taliban of sheltering the TTP.', 'SHELTERS');
    expect([shelter?.source, shelter?.target, shelter?.status]).toEqual(['afghan-taliban', 'ttp', 'alleged']);
  });

  it('THREATENS: "warned X", "vowed revenge" with an implicit target from the same sentence', () => {
    expect(listRelations('The TTP warned the army of more attacks.')).toContain('THREATENS ttp>pakistan-army');
    expect(listRelations('The Afghan Taliban accused Pakistan of the strike and vowed revenge.')).toContain('THREATENS afghan-taliban>pakistan-government');
  });

  it('DETAINS and RELEASES, active and passive with "by"', () => {
    expect(listRelations('Police arrested three members of Jamaat-ul-Ahrar in Peshawar.')).toContain('DETAINS pakistan-security-forces>jamaat-ul-ahrar');
    expect(listRelations('Two TTP commanders were freed by the Afghan Taliban last week.')).toContain('RELEASES afghan-taliban>ttp');
  });

  it('a progressive "have been detaining" is active, not passive', () => {
    expect(listRelations('Security forces have been detaining Afghan refugees in Karachi.')).toContain('DETAINS pakistan-security-forces>afghan-migrants');
  });

  it('hedges set the status: "reportedly" is alleged, "denied that" is denied', () => {
    expect(findRelation('The Afghan Taliban reportedly detained TTP fighters.', 'DETAINS')?.status).toBe('alleged');
    expect(findRelation('The TTP denied that it attacked the police.', 'ATTACKS')?.status).toBe('denied');
  });

  it('negation suppresses a relation', () => {
    expect(listRelations('The Afghan Taliban did not detain any TTP members.').some((r) => r.startsWith('DETAINS'))).toBe(false);
  });

  it('SUPPORTS from verbs and from a supporter apposition', () => {
    expect(listRelations('Pakistan backed the Afghan Taliban for decades.')).toContain('SUPPORTS pakistan-government>afghan-taliban');
    expect(listRelations('The TTP has rejected Jamaat-ul-Ahrar, its main backer in Mohmand.')).toContain('SUPPORTS jamaat-ul-ahrar>ttp');
  });

  it('coordinated verbs share their subject', () => {
    expect(listRelations('The Pakistani government rejected the proposal and instead urged the TTP to disarm.')).toContain('DEMANDS pakistan-government>ttp');
  });

  it('a spokesperson\'s statements are the body\'s', () => {
    expect(listRelations('Zabihullah Mujahid, the spokesman of the Islamic Emirate, urged Islamabad to show restraint.')).toContain('DEMANDS afghan-taliban>pakistan-government');
  });
});
