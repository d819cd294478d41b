/**
 * The knowledge base as the rest of the code sees it: loaded from `knowledge/`, frozen, with
 * the ids, meanings and affiliations extraction and the sample graph rely on.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../ingest/1-text/normalize.ts';
import { ACTOR_KINDS } from '../model/vocabulary.ts';
import {
  affiliationOn,
  findKnownActor,
  KNOWN_ACTORS,
  KNOWN_AFFILIATIONS,
  KNOWN_LOCATIONS,
  metonymAt,
  METONYMS,
  NATIONALITIES,
  nationalityAt,
  officeFor,
  serviceOf,
  TALIBAN_TAKEOVER,
  type KnownActor,
} from './actors.ts';

describe('knowledge base', () => {
  it('is frozen, all the way down', () => {
    expect(Object.isFrozen(KNOWN_ACTORS)).toBe(true);
    expect(Object.isFrozen(KNOWN_ACTORS[0])).toBe(true);
    expect(Object.isFrozen(KNOWN_ACTORS[0]!.aliases)).toBe(true);
    expect(Object.isFrozen(METONYMS)).toBe(true);
    expect(Object.isFrozen(NATIONALITIES)).toBe(true);
    expect(Object.isFrozen(KNOWN_AFFILIATIONS)).toBe(true);
  });

  it('holds actors of the vocabulary’s kinds and places, with unique ids and alias keys', () => {
    expect(KNOWN_ACTORS.every((a) => (ACTOR_KINDS as readonly string[]).includes(a.kind))).toBe(true);
    expect(KNOWN_LOCATIONS.every((a) => a.kind === 'Location')).toBe(true);
    const all = [...KNOWN_ACTORS, ...KNOWN_LOCATIONS];
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    const owner = new Map<string, string>();
    for (const a of all)
      for (const n of [a.name, ...a.aliases]) expect(owner.set(nameKey(n), owner.get(nameKey(n)) ?? a.id).get(nameKey(n)), n).toBe(a.id);
  });

  it('keeps the ids and meanings extraction relies on', () => {
    expect(findKnownActor('ttp')).toMatchObject({ name: 'Tehreek-e-Taliban Pakistan', kind: 'ArmedGroup' });
    expect(findKnownActor('afghan-taliban')).toMatchObject({ kind: 'Government', validFrom: TALIBAN_TAKEOVER });
    expect(findKnownActor('kabul')?.kind).toBe('Location');
    expect(findKnownActor('nobody')).toBeUndefined();
    expect(METONYMS).toMatchObject({
      islamabad: 'pakistan-government',
      kabul: 'afghan-taliban',
      rawalpindi: 'pakistan-army',
      doha: 'qatar',
    });
    expect(KNOWN_AFFILIATIONS).toMatchObject({
      'sirajuddin-haqqani': 'afghan-taliban',
      'noor-wali-mehsud': 'ttp',
      'nadeem-anjum': 'isi',
      'asim-munir': 'pakistan-army',
    });
  });

  it('names each service by its staff, as the service chiefs\' titles do ("chief of the naval staff")', () => {
    expect(findKnownActor('pakistan-navy')?.aliases).toContain('naval staff');
    expect(findKnownActor('pakistan-air-force')?.aliases).toContain('air staff');
  });

  it('derives affiliations from persons whose affiliation is an actor', () => {
    for (const [person, body] of Object.entries(KNOWN_AFFILIATIONS)) {
      expect(findKnownActor(person)?.kind).toBe('Person');
      expect(findKnownActor(body)?.kind).not.toBe('Location');
    }
  });

  it("dates a person's affiliation: the office held on the day, else the standing one within the term", () => {
    const bodies: KnownActor[] = [
      { id: 'valdoria', name: 'Valdoria', kind: 'Government', aliases: [] },
      { id: 'north', name: 'North', kind: 'Government', aliases: [] },
      { id: 'blue', name: 'Blue Party', kind: 'PoliticalParty', aliases: [] },
    ];
    const find = (id: string) => bodies.find((b) => b.id === id);
    const minister: KnownActor = {
      id: 'kara',
      name: 'Kara',
      kind: 'Person',
      aliases: [],
      affiliation: 'valdoria',
      validFrom: '2018-01-01',
      offices: [{ body: 'north', role: 'chief minister', from: '2012-01-01', to: '2017-06-30' }],
    };
    expect(affiliationOn(minister, '2015-01-01', find)).toBe('north');
    expect(affiliationOn(minister, '2019-01-01', find)).toBe('valdoria');
    expect(affiliationOn(minister, '2010-01-01', find)).toBeUndefined();
    expect(affiliationOn(minister, null, find)).toBe('valdoria');
    // (a party is no state body: a member before the term is still a member)
    expect(affiliationOn({ ...minister, affiliation: 'blue', offices: [] }, '2010-01-01', find)).toBe('blue');
    expect(affiliationOn(undefined, '2010-01-01', find)).toBeUndefined();
  });

  it('dates the meaning of Kabul: the Republic before the takeover, the Taliban from it', () => {
    expect(metonymAt('Kabul', '2019-03-01')).toBe('afghan-republic');
    expect(metonymAt('kabul', '2021-08-14')).toBe('afghan-republic');
    expect(metonymAt('kabul', TALIBAN_TAKEOVER)).toBe('afghan-taliban');
    expect(metonymAt('kabul', null)).toBe('afghan-taliban');
    expect(metonymAt('islamabad', '2010-01-01')).toBe('pakistan-government');
    expect(metonymAt('atlantis', null)).toBeUndefined();
  });

  it('maps nationality words to country, government, army, intelligence service, navy and air force, dated for Afghan', () => {
    expect(NATIONALITIES.pakistani).toEqual({
      place: 'pakistan',
      government: 'pakistan-government',
      army: 'pakistan-army',
      forces: 'pakistan-security-forces',
      intelligence: 'isi',
      navy: 'pakistan-navy',
      airForce: 'pakistan-air-force',
    });
    expect(serviceOf('pakistan-government', 'navy')).toBe('pakistan-navy');
    expect(serviceOf('pakistan-government', 'airForce')).toBe('pakistan-air-force');
    expect(serviceOf('qatar', 'navy')).toBeUndefined();
    expect(NATIONALITIES.afghan).toEqual({
      place: 'afghanistan',
      government: 'afghan-taliban',
      forces: 'afghan-taliban',
      intelligence: 'general-directorate-of-intelligence',
    });
    expect(nationalityAt('Afghan', '2019-01-01')).toMatchObject({
      government: 'afghan-republic',
      forces: 'afghan-national-security-forces',
      intelligence: 'national-directorate-of-security',
    });
    expect(nationalityAt('afghans', '2022-01-01')).toMatchObject({ government: 'afghan-taliban' });
    expect(NATIONALITIES.iranian?.government).toBe('iran');
    for (const n of Object.values(NATIONALITIES)) {
      if (n.place) expect(findKnownActor(n.place)?.kind).toBe('Location');
      for (const id of [n.government, n.army, n.forces]) if (id) expect(findKnownActor(id)?.kind).not.toBe('Location');
      if (n.intelligence) expect(findKnownActor(n.intelligence)?.kind).toBe('SecurityForce');
    }
  });

  it('is large: hundreds of actors and places, every new actor described', () => {
    expect(KNOWN_ACTORS.length).toBeGreaterThanOrEqual(250);
    expect(KNOWN_LOCATIONS.length).toBeGreaterThanOrEqual(150);
    const persons = KNOWN_ACTORS.filter((a) => a.kind === 'Person');
    expect(persons.filter((p) => p.role).length).toBeGreaterThan(100);
    expect(KNOWN_ACTORS.filter((a) => !a.description).map((a) => a.id)).toEqual(
      ['sarbakaf-mohmand'].filter((id) => !findKnownActor(id)?.description),
    );
  });
});

describe('officeFor', () => {
  const person = {
    id: 'p',
    name: 'P Q',
    kind: 'Person' as const,
    aliases: [],
    offices: [
      { body: 'gov-a', role: 'prime minister', from: '2010-01-01', to: '2014-12-31' },
      { body: 'gov-b', role: 'defence minister', from: '2016-01-01' },
    ],
  };
  it('picks the office whose role holds every title word, preferring one that covers the day', () => {
    expect(officeFor(person, ['prime', 'minister'], '2012-06-01')).toEqual({ body: 'gov-a', past: false });
    expect(officeFor(person, ['defense', 'minister'], '2020-06-01')).toEqual({ body: 'gov-b', past: false });
    expect(officeFor(person, ['minister'], '2020-06-01')).toEqual({ body: 'gov-b', past: false });
  });
  it('marks an office that ended before the day as past, and finds none for a title never held', () => {
    expect(officeFor(person, ['prime', 'minister'], '2018-06-01')).toEqual({ body: 'gov-a', past: true });
    expect(officeFor(person, ['president'], '2012-06-01')).toBeUndefined();
    expect(officeFor(undefined, ['president'], null)).toBeUndefined();
  });
});
