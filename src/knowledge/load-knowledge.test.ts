/**
 * The loader of the knowledge files: a valid folder loads, and each kind of bad edit fails
 * with a message that names the file, the entry and the field.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTOR_FILES, KnowledgeError, loadKnowledge } from './load-knowledge.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const VALID: Record<string, string> = {
  'actors/armed-groups.yaml': '- {id: ttp, name: Tehreek-e-Taliban Pakistan, kind: ArmedGroup, aliases: [TTP]}\n',
  'actors/governments.yaml': '- {id: pakistan-government, name: Government of Pakistan, kind: Government, aliases: []}\n',
  'actors/security-forces.yaml': '- {id: pakistan-army, name: Pakistan Army, kind: SecurityForce}\n',
  'actors/persons.yaml':
    '- {id: noor-wali-mehsud, name: Noor Wali Mehsud, kind: Person, affiliation: ttp, role: emir, validFrom: 2018-06-23}\n',
  'actors/parties.yaml': '',
  'actors/organizations.yaml': '[]\n',
  'places.yaml': '- {id: pakistan, name: Pakistan}\n- {id: kabul, name: Kabul}\n',
  'metonyms.yaml': '- {word: islamabad, actor: pakistan-government}\n',
  'nationalities.yaml': '- {words: [Pakistani, Pakistanis], place: pakistan, government: pakistan-government, army: pakistan-army}\n',
};

/** Writes a knowledge folder: the valid one with some files replaced. */
function folder(changes: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knowledge-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'actors'));
  for (const [file, text] of Object.entries({ ...VALID, ...changes })) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

/** The problems a folder is rejected with. */
function problems(changes: Record<string, string>): string[] {
  try {
    loadKnowledge(folder(changes));
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeError);
    return (e as KnowledgeError).problems;
  }
  throw new Error('expected the folder to be rejected');
}

describe('loadKnowledge', () => {
  it('loads a valid folder, with entries located by file and line', () => {
    const kb = loadKnowledge(folder());
    expect(kb.actors.map((a) => a.value.id)).toEqual(['ttp', 'pakistan-government', 'pakistan-army', 'noor-wali-mehsud']);
    expect(kb.actors[3]).toMatchObject({
      file: 'actors/persons.yaml',
      entry: 1,
      line: 1,
      value: { affiliation: 'ttp', role: 'emir', validFrom: '2018-06-23' },
    });
    expect(kb.places.map((p) => p.value.kind)).toEqual(['Location', 'Location']);
    expect(kb.nationalities[0]!.value.words).toEqual(['Pakistani', 'Pakistanis']);
  });

  it('names file, entry, id and field of an unknown kind', () => {
    const [p, ...rest] = problems({ 'actors/parties.yaml': '- {id: pti, name: PTI, kind: Party}\n' });
    expect(rest).toEqual([]);
    expect(p).toMatch(/^actors\/parties\.yaml: entry 1 \(line 1, id "pti"\): field kind: /);
  });

  it('rejects an actor filed under the wrong kind', () => {
    expect(problems({ 'actors/parties.yaml': '- {id: pti, name: PTI, kind: Organization}\n' })).toEqual([
      'actors/parties.yaml: entry 1 (line 1, id "pti"): field kind: "Organization" does not belong in actors/parties.yaml (expected PoliticalParty)',
    ]);
  });

  it('reports an alias that normalises to another actor’s alias, naming both', () => {
    const [p] = problems({
      'actors/organizations.yaml': '- id: other\n  name: Other\n  kind: Organization\n  aliases: [Tehrik-i-Taliban Pakistan]\n',
    });
    expect(p).toBe(
      'actors/organizations.yaml: entry 1 (line 1, id "other"): field aliases: "Tehrik-i-Taliban Pakistan" normalises to "tehrik e taliban pakistan", already a name or alias of "ttp" (actors/armed-groups.yaml)',
    );
  });

  it('reports an alias shared by an actor and a place', () => {
    expect(problems({ 'places.yaml': '- {id: pakistan, name: Pakistan}\n- {id: kabul, name: Kabul, aliases: [the TTP]}\n' })[0]).toMatch(
      /places\.yaml: entry 2 \(line 2, id "kabul"\): field aliases: "the TTP" .*"ttp"/,
    );
  });

  it('reports duplicate ids across files', () => {
    expect(problems({ 'places.yaml': '- {id: ttp, name: Somewhere}\n' })[0]).toBe(
      'places.yaml: entry 1 (line 1, id "ttp"): field id: duplicate of actors/armed-groups.yaml: entry 1 (line 1)',
    );
  });

  it('loads a place with the country it lies in', () => {
    const kb = loadKnowledge(
      folder({ 'places.yaml': '- {id: pakistan, name: Pakistan}\n- {id: peshawar, name: Peshawar, country: pakistan}\n' }),
    );
    expect(kb.places.map((p) => p.value.country)).toEqual([undefined, 'pakistan']);
  });

  it('reports a country that is no other place', () => {
    expect(
      problems({
        'places.yaml':
          '- {id: pakistan, name: Pakistan, country: pakistan}\n- {id: kabul, name: Kabul, country: afghanistan}\n- {id: peshawar, name: Peshawar, country: ttp}\n',
      }),
    ).toEqual([
      'places.yaml: entry 1 (line 1, id "pakistan"): field country: "pakistan" is not another place\'s id',
      'places.yaml: entry 2 (line 2, id "kabul"): field country: "afghanistan" is not another place\'s id',
      'places.yaml: entry 3 (line 3, id "peshawar"): field country: "ttp" is not another place\'s id',
    ]);
  });

  it('loads a place with its province, and reports a province of another country or none', () => {
    const kb = loadKnowledge(
      folder({
        'places.yaml':
          '- {id: pakistan, name: Pakistan}\n- {id: north, name: North Province, country: pakistan}\n- {id: velm, name: Velm, country: pakistan, province: north}\n',
      }),
    );
    expect(kb.places.map((p) => p.value.province)).toEqual([undefined, undefined, 'north']);
    expect(
      problems({
        'places.yaml':
          '- {id: pakistan, name: Pakistan}\n- {id: afghanistan, name: Afghanistan}\n- {id: north, name: North Province, country: afghanistan}\n- {id: velm, name: Velm, country: pakistan, province: north}\n- {id: brak, name: Brak, country: pakistan, province: nowhere}\n',
      }),
    ).toEqual([
      'places.yaml: entry 4 (line 4, id "velm"): field province: "north" is not another place of the same country',
      'places.yaml: entry 5 (line 5, id "brak"): field province: "nowhere" is not another place of the same country',
    ]);
  });

  it('reports a gender on anything but a person', () => {
    expect(problems({ 'actors/organizations.yaml': '- {id: an-org, name: An Org, kind: Organization, gender: female}\n' })).toEqual([
      'actors/organizations.yaml: entry 1 (line 1, id "an-org"): field gender: only persons have one',
    ]);
  });

  it('reports an affiliation that is no actor, and affiliations of non-persons', () => {
    const ps = problems({
      'actors/persons.yaml': '- {id: a-person, name: A Person, kind: Person, affiliation: nobody}\n',
      'actors/organizations.yaml': '- {id: an-org, name: An Org, kind: Organization, affiliation: ttp}\n',
    });
    expect(ps).toContain('actors/persons.yaml: entry 1 (line 1, id "a-person"): field affiliation: "nobody" is not an actor id');
    expect(ps).toContain('actors/organizations.yaml: entry 1 (line 1, id "an-org"): field affiliation: only persons have one');
  });

  it('reports a local alias whose place is no place', () => {
    const ps = problems({
      'actors/organizations.yaml': '- {id: an-org, name: An Org, kind: Organization, localAliases: [{place: nowhere, aliases: [Guard]}]}\n',
    });
    expect(ps).toEqual(['actors/organizations.yaml: entry 1 (line 1, id "an-org"): field localAliases: "nowhere" is not a place id']);
    const valid = '- {id: an-org, name: An Org, kind: Organization, localAliases: [{place: pakistan, aliases: [Guard]}]}\n';
    expect(
      loadKnowledge(folder({ 'actors/organizations.yaml': valid })).actors.find((a) => a.value.id === 'an-org')?.value.localAliases,
    ).toEqual([{ place: 'pakistan', aliases: ['Guard'] }]);
  });

  it('reports a governed place that is no place, or governed by a non-government', () => {
    const government = (governs: string) =>
      `${VALID['actors/governments.yaml']}- {id: a-gov, name: A Gov, kind: Government, governs: ${governs}}\n`;
    const ps = problems({
      'actors/governments.yaml': government('nowhere'),
      'actors/organizations.yaml': '- {id: an-org, name: An Org, kind: Organization, governs: pakistan}\n',
    });
    expect(ps).toEqual([
      'actors/governments.yaml: entry 2 (line 2, id "a-gov"): field governs: only a government governs, and "nowhere" must be a place id',
      'actors/organizations.yaml: entry 1 (line 1, id "an-org"): field governs: only a government governs, and "pakistan" must be a place id',
    ]);
    const loaded = loadKnowledge(folder({ 'actors/governments.yaml': government('pakistan') }));
    expect(loaded.actors.find((a) => a.value.id === 'a-gov')?.value.governs).toBe('pakistan');
  });

  it('reports a partOf that is no other actor', () => {
    const ps = problems({
      'actors/governments.yaml':
        '- {id: a-ministry, name: A Ministry, kind: Government, partOf: nowhere}\n- {id: b-ministry, name: B Ministry, kind: Government, partOf: b-ministry}\n',
    });
    expect(ps).toContain('actors/governments.yaml: entry 1 (line 1, id "a-ministry"): field partOf: "nowhere" is not another actor\'s id');
    expect(ps).toContain(
      'actors/governments.yaml: entry 2 (line 2, id "b-ministry"): field partOf: "b-ministry" is not another actor\'s id',
    );
  });

  it('reports a serves that is no government, and serves on an armed group', () => {
    const ps = problems({
      'actors/security-forces.yaml': '- {id: a-force, name: A Force, kind: SecurityForce, serves: nowhere}\n',
      'actors/armed-groups.yaml': '- {id: a-group, name: A Group, kind: ArmedGroup, serves: a-state}\n',
      'actors/governments.yaml': '- {id: a-state, name: A State, kind: Government}\n',
    });
    expect(ps).toContain('actors/security-forces.yaml: entry 1 (line 1, id "a-force"): field serves: "nowhere" is not a government\'s id');
    expect(ps).toContain(
      'actors/armed-groups.yaml: entry 1 (line 1, id "a-group"): field serves: only security forces, agencies and provincial governments serve a government',
    );
    expect(ps.filter((p) => p.includes('a-state'))).toEqual([]);
  });

  it('reports a home government that is no government, and more than one home', () => {
    const ps = problems({
      'actors/governments.yaml':
        '- {id: g-one, name: Government One, kind: Government, home: true}\n- {id: g-two, name: Government Two, kind: Government, home: true}\n',
      'actors/armed-groups.yaml': '- {id: ttp, name: Tehreek-e-Taliban Pakistan, kind: ArmedGroup, aliases: [TTP], home: true}\n',
      'metonyms.yaml': '[]\n',
      'nationalities.yaml': '[]\n',
    });
    expect(ps.some((p) => p.includes('id "ttp"') && p.includes('field home: only a government'))).toBe(true);
    expect(ps.some((p) => p.includes('field home: only one actor can be the home government'))).toBe(true);
  });

  it('reports offices in no actor, offices of non-persons, reversed terms and a kindBefore without validFrom', () => {
    const ps = problems({
      'actors/persons.yaml':
        '- {id: a-person, name: A Person, kind: Person, offices: [{body: nowhere, role: president}]}\n- {id: b-person, name: B Person, kind: Person, offices: [{body: pakistan-government, role: president, from: 2020-01-01, to: 2019-01-01}]}\n',
      'actors/organizations.yaml':
        '- {id: an-org, name: An Org, kind: Organization, offices: [{body: ttp, role: chief}]}\n- {id: b-org, name: B Org, kind: Organization, kindBefore: ArmedGroup}\n',
    });
    expect(ps).toContain(
      'actors/persons.yaml: entry 1 (line 1, id "a-person"): field offices.0.body: "nowhere" is not another actor\'s id',
    );
    expect(ps.some((p) => p.startsWith('actors/persons.yaml: entry 2 (line 2, id "b-person"): field offices.0.to: from is after to'))).toBe(
      true,
    );
    expect(ps).toContain('actors/organizations.yaml: entry 1 (line 1, id "an-org"): field offices: only persons have offices');
    expect(
      ps.some((p) => p.startsWith('actors/organizations.yaml: entry 2 (line 2, id "b-org"): field kindBefore: kindBefore needs validFrom')),
    ).toBe(true);
  });

  it('reports impossible dates and reversed ranges', () => {
    const ps = problems({
      'actors/persons.yaml':
        '- {id: p, name: P Q, kind: Person, validFrom: 2023-02-30}\n- {id: q, name: Q R, kind: Person, validFrom: 2020-01-02, validTo: 2019-01-01}\n',
    });
    expect(ps[0]).toMatch(/^actors\/persons\.yaml: entry 1 \(line 1, id "p"\): field validFrom: is not a real calendar day$/);
    expect(ps[1]).toMatch(/^actors\/persons\.yaml: entry 2 \(line 2, id "q"\): field validTo: validFrom is after validTo$/);
  });

  it('reports unknown fields (a misspelt field name)', () => {
    expect(
      problems({ 'actors/security-forces.yaml': '- {id: pakistan-army, name: Pakistan Army, kind: SecurityForce, alias: [army]}\n' })[0],
    ).toMatch(/^actors\/security-forces\.yaml: entry 1 \(line 1, id "pakistan-army"\): field alias: /);
  });

  it('reports YAML syntax errors with their line, and a file that is not a list', () => {
    expect(problems({ 'places.yaml': '- {id: pakistan, name: Pakistan}\n- {id: kabul, name: [Kabul}\n' })[0]).toMatch(
      /^places\.yaml: line 2: YAML syntax: /,
    );
    expect(problems({ 'places.yaml': 'id: pakistan\n' })).toContain('places.yaml: must be a YAML list of entries');
  });

  it('reports a missing file', () => {
    const dir = folder();
    fs.rmSync(path.join(dir, ACTOR_FILES[0]![0]));
    expect(() => loadKnowledge(dir)).toThrow('actors/armed-groups.yaml: cannot be read (missing?)');
  });

  it('checks metonyms and nationalities: known ids, one default, no overlapping ranges', () => {
    const ps = problems({
      'metonyms.yaml':
        '- {word: kabul, actor: nobody}\n- {word: kabul, actor: ttp, to: 2021-08-14}\n- {word: kabul, actor: ttp, from: 2021-01-01, to: 2021-12-31}\n',
      'nationalities.yaml': '- {words: [Afghan], place: ttp}\n- {words: [Afghan], government: pakistan-government}\n',
    });
    expect(ps).toEqual([
      'metonyms.yaml: entry 1 (line 1): field actor: "nobody" is not an actor id',
      'nationalities.yaml: entry 1 (line 1): field place: "ttp" is not a place id',
      'metonyms.yaml: entry 3 (line 3): field from: the dated meanings of metonym "kabul" overlap',
      'nationalities.yaml: nationality word "afghan" needs exactly one default meaning (without from/to), has 2',
    ]);
  });

  it('puts every problem into one error message', () => {
    expect(() =>
      loadKnowledge(
        folder({ 'actors/parties.yaml': '- {id: pti, kind: PoliticalParty}\n- {id: Bad Id, name: X, kind: PoliticalParty}\n' }),
      ),
    ).toThrow(
      /invalid \(2 problems\):\n {2}actors\/parties\.yaml: entry 1 \(line 1, id "pti"\): field name: .*\n {2}actors\/parties\.yaml: entry 2 \(line 2, id "Bad Id"\): field id: must be a lower-case slug/,
    );
  });
});
