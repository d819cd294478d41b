import { describe, expect, it } from 'vitest';
import { findRelation, listRelations } from '../test-helpers.ts';

describe('negotiations, truces, mediation', () => {
  it('"talks between X and Y" and "X held talks with Y" → NEGOTIATES_WITH', () => {
    expect(listRelations('Talks between the TTP and a tribal jirga resumed.')).toContain('NEGOTIATES_WITH ttp>tribal-jirga');
    expect(listRelations('The Pakistani government held talks with the Afghan Taliban in Doha.')).toContain('NEGOTIATES_WITH pakistan-government>afghan-taliban');
  });

  it('a leader\'s talks are his movement\'s', () => {
    const rels = listRelations('Noor Wali Mehsud, the emir of the TTP, said negotiations with the government had stalled.');
    expect(rels).toContain('NEGOTIATES_WITH ttp>pakistan-government');
  });

  it('"ceasefire with X" → CEASEFIRE_WITH, ended when called off', () => {
    expect(listRelations('The TTP announced a ceasefire with the government.')).toContain('CEASEFIRE_WITH ttp>pakistan-government');
    expect(findRelation('The TTP ended its truce with Islamabad on Monday.', 'CEASEFIRE_WITH')?.status).toBe('ended');
    expect(findRelation('The TTP extended its truce until the end of the year.', 'CEASEFIRE_WITH')?.status).toBe('stated');
  });

  it('a truce without a named partner is with the state the group fights', () => {
    expect(listRelations('Pakistani officials confirmed the talks. The TTP later broke the truce.')).toContain('CEASEFIRE_WITH ttp>pakistan-government');
  });

  it('lists of mediators give one relation per mediator and party', () => {
    const rels = listRelations('Qatar and Turkey brokered the talks between the Afghan Taliban and the Pakistani government.');
    expect(rels).toEqual(expect.arrayContaining(['MEDIATES qatar>afghan-taliban', 'MEDIATES qatar>pakistan-government', 'MEDIATES turkey>afghan-taliban', 'MEDIATES turkey>pakistan-government']));
  });

  it('"at the request of X" and passive "mediated by X" → MEDIATES for the talks\' parties', () => {
    expect(listRelations('The government opened talks with the TTP at the request of the Afghan Taliban.')).toEqual(expect.arrayContaining(['MEDIATES afghan-taliban>ttp', 'MEDIATES afghan-taliban>pakistan-government']));
    expect(listRelations('Islamabad and the TTP held talks. The talks were mediated by the Haqqani network.')).toContain('MEDIATES haqqani-network>ttp');
  });

  it('a negated mediation is not recorded', () => {
    expect(listRelations('The government held talks with the TTP. Qatar did not mediate.').some((r) => r.startsWith('MEDIATES'))).toBe(false);
  });
});
