/**
 * Loads the knowledge base from its YAML files (`knowledge/` at the project root), validates
 * it, and returns plain data. Called once, at import of `actors.ts`.
 *
 * Every problem is reported, not just the first, in one `KnowledgeError` whose message names
 * the file, the entry (its number, line and id) and the field, so a bad edit stops the program
 * at start with a message that says where to look. Checks, beyond each entry's shape
 * (`schema.ts`):
 *  - ids are unique across all actor and place files;
 *  - names and aliases are unique across entries after normalisation (`nameKey`, the same
 *    folding alias matching uses: case, diacritics, hyphens, "the", ee/oo, doubled letters,
 *    the -i-/-e- link), because two entries sharing a key would make matching depend on order;
 *  - each actor file holds only its own kind;
 *  - affiliations (persons only), metonyms and nationalities point at existing ids of the
 *    right sort (actors, or places for a nationality's country), and a place's country at
 *    another place;
 *  - dates are real days and ranges are ordered; a metonym or nationality word has exactly one
 *    default meaning (no `from`/`to`) and its dated meanings do not overlap.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { z } from 'zod';
import { nameKey } from '../ingest/1-text/normalize.ts';
import type { ActorKind } from '../model/vocabulary.ts';
import {
  actorEntry,
  metonymEntry,
  nationalityEntry,
  placeEntry,
  type ActorEntry,
  type MetonymEntry,
  type NationalityEntry,
  type PlaceEntry,
} from './schema.ts';

/** The knowledge folder of this checkout. */
export const KNOWLEDGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge');

/** Actor files, in load order (earlier files win nothing: aliases are unique), with their kind. */
export const ACTOR_FILES: ReadonlyArray<readonly [file: string, kind: ActorKind]> = [
  ['actors/armed-groups.yaml', 'ArmedGroup'],
  ['actors/governments.yaml', 'Government'],
  ['actors/security-forces.yaml', 'SecurityForce'],
  ['actors/persons.yaml', 'Person'],
  ['actors/parties.yaml', 'PoliticalParty'],
  ['actors/organizations.yaml', 'Organization'],
];

export interface Located<T> {
  value: T;
  file: string;
  /** 1-based position in the file's list. */
  entry: number;
  line: number;
}

export interface Knowledge {
  actors: Located<ActorEntry>[];
  places: Located<PlaceEntry>[];
  metonyms: Located<MetonymEntry>[];
  nationalities: Located<NationalityEntry>[];
}

/** A knowledge file that does not parse or validate; `problems` holds one line per problem. */
export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge base is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'KnowledgeError';
  }
}

function where(l: { file: string; entry: number; line: number }, id?: string): string {
  return `${l.file}: entry ${l.entry} (line ${l.line}${id ? `, id "${id}"` : ''})`;
}

/** Reads one YAML list and validates each entry; problems are appended, bad entries dropped. */
function readList<S extends z.ZodType>(dir: string, file: string, schema: S, problems: string[]): Located<z.infer<S>>[] {
  const full = path.join(dir, file);
  let source: string;
  try {
    source = fs.readFileSync(full, 'utf8');
  } catch {
    problems.push(`${file}: cannot be read (missing?)`);
    return [];
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push(`${file}: line ${lines.linePos(e.pos[0]).line}: YAML syntax: ${e.message.split('\n')[0]}`);
    return [];
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    problems.push(`${file}: must be a YAML list of entries`);
    return [];
  }
  const out: Located<z.infer<S>>[] = [];
  const data = doc.toJS() as unknown[];
  doc.contents.items.forEach((node, i) => {
    const raw = data[i];
    const line = lines.linePos(node?.range?.[0] ?? 0).line;
    const at = { file, entry: i + 1, line };
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      out.push({ value: parsed.data, ...at });
      return;
    }
    const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    for (const issue of parsed.error.issues) {
      const field =
        issue.path.length > 0
          ? issue.path.join('.')
          : issue.code === 'unrecognized_keys'
            ? ((issue as { keys?: string[] }).keys?.join(', ') ?? '(entry)')
            : '(entry)';
      problems.push(`${where(at, id)}: field ${field}: ${issue.message}`);
    }
  });
  return out;
}

/** Checks that dated meanings of one word have one default and do not overlap. */
function checkMeanings(list: Array<Located<{ from?: string; to?: string }>>, word: string, what: string, problems: string[]): void {
  const defaults = list.filter((m) => !m.value.from && !m.value.to);
  if (defaults.length !== 1)
    problems.push(`${list[0]!.file}: ${what} "${word}" needs exactly one default meaning (without from/to), has ${defaults.length}`);
  const ranged = list.filter((m) => m.value.from || m.value.to).sort((a, b) => (a.value.from ?? '').localeCompare(b.value.from ?? ''));
  for (let i = 1; i < ranged.length; i++) {
    const prev = ranged[i - 1]!.value;
    const cur = ranged[i]!;
    if (!prev.to || !cur.value.from || cur.value.from <= prev.to)
      problems.push(`${where(cur)}: field from: the dated meanings of ${what} "${word}" overlap`);
  }
}

/** Reads and validates the knowledge base in `dir`; throws `KnowledgeError` listing every problem. */
export function loadKnowledge(dir: string = KNOWLEDGE_DIR): Knowledge {
  const problems: string[] = [];
  const actors: Located<ActorEntry>[] = [];
  for (const [file, kind] of ACTOR_FILES) {
    for (const a of readList(dir, file, actorEntry, problems)) {
      if (a.value.kind !== kind)
        problems.push(`${where(a, a.value.id)}: field kind: "${a.value.kind}" does not belong in ${file} (expected ${kind})`);
      actors.push(a);
    }
  }
  const places = readList(dir, 'places.yaml', placeEntry, problems);
  const metonyms = readList(dir, 'metonyms.yaml', metonymEntry, problems);
  const nationalities = readList(dir, 'nationalities.yaml', nationalityEntry, problems);

  // Unique ids across actors and places.
  const byId = new Map<string, Located<ActorEntry | PlaceEntry>>();
  for (const e of [...actors, ...places]) {
    const other = byId.get(e.value.id);
    if (other) problems.push(`${where(e, e.value.id)}: field id: duplicate of ${where(other)}`);
    else byId.set(e.value.id, e);
  }

  // Unique names and aliases after normalisation.
  const byKey = new Map<string, { id: string; at: Located<unknown> }>();
  for (const e of [...actors, ...places]) {
    for (const [field, surface] of [['name', e.value.name] as const, ...e.value.aliases.map((a) => ['aliases', a] as const)]) {
      const key = nameKey(surface);
      if (!key) {
        problems.push(`${where(e, e.value.id)}: field ${field}: "${surface}" has no letters or digits`);
        continue;
      }
      const other = byKey.get(key);
      if (other && other.id !== e.value.id)
        problems.push(
          `${where(e, e.value.id)}: field ${field}: "${surface}" normalises to "${key}", already a name or alias of "${other.id}" (${other.at.file})`,
        );
      else if (!other) byKey.set(key, { id: e.value.id, at: e });
    }
  }

  // References.
  const isActor = (id: string) => byId.get(id) !== undefined && byId.get(id)!.value.kind !== 'Location';
  const isPlace = (id: string) => byId.get(id)?.value.kind === 'Location';
  for (const a of actors) {
    const { affiliation, role, kind, id } = a.value;
    if ((affiliation || role) && kind !== 'Person')
      problems.push(`${where(a, id)}: field ${affiliation ? 'affiliation' : 'role'}: only persons have one`);
    if (affiliation && !isActor(affiliation)) problems.push(`${where(a, id)}: field affiliation: "${affiliation}" is not an actor id`);
    if (affiliation === id) problems.push(`${where(a, id)}: field affiliation: a person cannot serve in themself`);
    for (const [k, o] of (a.value.offices ?? []).entries()) {
      if (kind !== 'Person') problems.push(`${where(a, id)}: field offices: only persons have offices`);
      else if (!isActor(o.body) || o.body === id)
        problems.push(`${where(a, id)}: field offices.${k}.body: "${o.body}" is not another actor's id`);
    }
    if (a.value.home && kind !== 'Government') problems.push(`${where(a, id)}: field home: only a government can be the home government`);
    for (const [k, g] of (a.value.fights ?? []).entries()) {
      if (kind !== 'ArmedGroup' && a.value.kindBefore !== 'ArmedGroup')
        problems.push(`${where(a, id)}: field fights: only armed groups have one`);
      else if (!isActor(g) || g === id) problems.push(`${where(a, id)}: field fights.${k}: "${g}" is not another actor's id`);
    }
    if (a.value.gender && kind !== 'Person') problems.push(`${where(a, id)}: field gender: only persons have one`);
    if (a.value.serves && kind !== 'SecurityForce' && kind !== 'Organization' && !(kind === 'Government' && !a.value.partOf))
      problems.push(`${where(a, id)}: field serves: only security forces, agencies and provincial governments serve a government`);
    if (a.value.serves === id) problems.push(`${where(a, id)}: field serves: an actor cannot serve itself`);
    if (a.value.serves && byId.get(a.value.serves)?.value.kind !== 'Government')
      problems.push(`${where(a, id)}: field serves: "${a.value.serves}" is not a government's id`);
    for (const field of ['partOf', 'speaksFor'] as const) {
      const other = a.value[field];
      if (other && (!isActor(other) || other === id))
        problems.push(`${where(a, id)}: field ${field}: "${other}" is not another actor's id`);
    }
  }
  const homes = actors.filter((a) => a.value.home);
  if (homes.length > 1)
    problems.push(
      `${where(homes[1]!, homes[1]!.value.id)}: field home: only one actor can be the home government (also ${homes[0]!.value.id})`,
    );
  for (const a of actors) {
    for (const l of a.value.localAliases ?? [])
      if (!isPlace(l.place)) problems.push(`${where(a, a.value.id)}: field localAliases: "${l.place}" is not a place id`);
    const governed = a.value.governs;
    if (governed && (a.value.kind !== 'Government' || !isPlace(governed)))
      problems.push(`${where(a, a.value.id)}: field governs: only a government governs, and "${governed}" must be a place id`);
  }
  for (const p of places) {
    const { country, province, id } = p.value;
    if (country && (!isPlace(country) || country === id))
      problems.push(`${where(p, id)}: field country: "${country}" is not another place's id`);
    if (province && (!isPlace(province) || province === id || places.find((q) => q.value.id === province)?.value.country !== country))
      problems.push(`${where(p, id)}: field province: "${province}" is not another place of the same country`);
  }
  for (const m of metonyms) if (!isActor(m.value.actor)) problems.push(`${where(m)}: field actor: "${m.value.actor}" is not an actor id`);
  for (const n of nationalities) {
    const { place } = n.value;
    if (place && !isPlace(place)) problems.push(`${where(n)}: field place: "${place}" is not a place id`);
    for (const field of ['government', 'army', 'forces', 'intelligence', 'navy', 'airForce'] as const) {
      const id = n.value[field];
      if (id && !isActor(id)) problems.push(`${where(n)}: field ${field}: "${id}" is not an actor id`);
    }
  }

  // One default per word; dated meanings do not overlap.
  const group = <T extends { from?: string; to?: string }>(list: Located<T>[], words: (v: T) => string[]) => {
    const out = new Map<string, Located<T>[]>();
    for (const e of list) for (const w of new Set(words(e.value).map((x) => x.toLowerCase()))) out.set(w, [...(out.get(w) ?? []), e]);
    return out;
  };
  for (const [word, list] of group(metonyms, (m) => [m.word])) checkMeanings(list, word, 'metonym', problems);
  for (const [word, list] of group(nationalities, (n) => n.words)) checkMeanings(list, word, 'nationality word', problems);

  if (problems.length > 0) throw new KnowledgeError(problems);
  return { actors, places, metonyms, nationalities };
}
