/**
 * Synthetic event dataset files in each dataset's exact column layout (ACLED CSV, UCDP GED CSV,
 * GDELT 2.0 tab-separated), for the import benchmark: `rows` invented rows, a few hundred
 * actors with heavy-tailed activity (the mapped Pakistani actors plus invented groups, which the
 * import proposes), dates over 2018–2024, coordinates on a grid of about 2,000 places in the north-west, and one row in a
 * thousand malformed (a bad date) so the error path is part of the measurement.
 *
 *   npx tsx bench/events/generate-events.ts acled 1000000 /tmp/acled-1m.csv
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { ACLED_COLUMNS } from '../../src/import/readers/acled.ts';
import { GDELT_COLUMNS } from '../../src/import/readers/gdelt.ts';
import { UCDP_COLUMNS } from '../../src/import/readers/ucdp.ts';
import type { Dataset } from '../../src/import/types.ts';
import { createRng, createZipfSampler, type Rng } from '../rng.ts';

const INVENTED = 400;
const ACLED_KNOWN = [
  'TTP: Tehreek-i-Taliban Pakistan',
  'Military Forces of Pakistan (2018-)',
  'Police Forces of Pakistan (2018-)',
  'Government of Pakistan (2022-)',
  'Taliban',
  'Islamic State (Pakistan)',
  'BLA: Baloch Liberation Army',
  'Frontier Corps',
  'Counter Terrorism Department',
];
const UCDP_KNOWN = ['Government of Pakistan', 'TTP', 'IS', 'BLA', 'Government of Afghanistan', 'Jamaat-ul-Ahrar'];
const GDELT_KNOWN: Array<[string, string]> = [
  ['PAKGOV', 'PAKISTAN'],
  ['PAKMIL', 'PAKISTAN'],
  ['PAKCOP', 'POLICE'],
  ['PAKREB', 'MILITANT'],
  ['AFGTAL', 'TALIBAN'],
  ['USAGOV', 'UNITED STATES'],
  ['CHN', 'CHINA'],
  ['QAT', 'QATAR'],
  ['IND', 'INDIA'],
];
const PLACES: Array<[string, number, number]> = [
  ['Mir Ali', 33.021, 70.073],
  ['Bannu', 32.986, 70.604],
  ['Peshawar', 34.008, 71.578],
  ['Tank', 32.217, 70.383],
  ['Khyber', 34.079, 71.102],
  ['Quetta', 30.183, 66.999],
  ['Datta Khel', 32.962, 69.824],
  ['Bajaur', 34.78, 71.52],
];
const CAMEO = ['045', '046', '0871', '100', '112', '120', '130', '138', '173', '180', '183', '190', '193', '020', '040'];

/** About 2,000 distinct places (a grid around each town), as a real export repeats its locations. */
const jitter = (rng: Rng) => (rng.int(16) - 8) / 100;

const csv = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function date(rng: Rng): [number, number, number] {
  return [2018 + rng.int(7), 1 + rng.int(12), 1 + rng.int(28)];
}
const iso = ([y, m, d]: [number, number, number]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function actorPicker(rng: Rng, known: readonly string[], invented: (i: number) => string) {
  const pool = [...known, ...Array.from({ length: INVENTED }, (_, i) => invented(i))];
  const zipf = createZipfSampler(pool.length, 1.05);
  return () => pool[zipf(rng)]!;
}

function acledRow(rng: Rng, i: number, pick: () => string): string {
  const r = rng.next();
  const [type, sub] =
    r < 0.35
      ? ['Battles', 'Armed clash']
      : r < 0.6
        ? ['Explosions/Remote violence', 'Remote explosive/landmine/IED']
        : r < 0.72
          ? ['Violence against civilians', 'Attack']
          : r < 0.8
            ? ['Strategic developments', 'Arrests']
            : r < 0.85
              ? ['Strategic developments', 'Agreement']
              : ['Protests', 'Peaceful protest'];
  const a1 = pick();
  let a2 = pick();
  if (a2 === a1) a2 = pick();
  const [name, lat, lon] = rng.pick(PLACES);
  const day = rng.chance(0.001) ? '2021-02-30' : iso(date(rng));
  const v: Record<string, string> = {
    event_id_cnty: `BPK${i}`,
    event_date: day,
    year: day.slice(0, 4),
    time_precision: rng.chance(0.1) ? '3' : '1',
    disorder_type: 'Political violence',
    event_type: type,
    sub_event_type: sub,
    actor1: a1,
    assoc_actor_1: '',
    inter1: '2',
    actor2: a2,
    assoc_actor_2: '',
    inter2: '1',
    interaction: '12',
    civilian_targeting: '',
    iso: '586',
    region: 'Southern Asia',
    country: 'Pakistan',
    admin1: 'Khyber Pakhtunkhwa',
    admin2: '',
    admin3: '',
    location: name,
    latitude: (lat + jitter(rng)).toFixed(4),
    longitude: (lon + jitter(rng)).toFixed(4),
    geo_precision: '1',
    source: 'Bench Daily',
    source_scale: 'National',
    notes: `On ${day}, ${a1} and ${a2} (invented benchmark row ${i}), near ${name}.`,
    fatalities: String(rng.int(6)),
    tags: '',
    timestamp: '1700000000',
  };
  return ACLED_COLUMNS.map((c) => csv(v[c] ?? '')).join(',');
}

function ucdpRow(rng: Rng, i: number, pick: () => string): string {
  const tv = rng.chance(0.6) ? '1' : rng.chance(0.6) ? '2' : '3';
  const a = pick();
  let b = tv === '3' ? 'Civilians' : pick();
  if (b === a) b = pick();
  const [name, lat, lon] = rng.pick(PLACES);
  const day = rng.chance(0.001) ? '2021-13-01' : iso(date(rng));
  const v: Record<string, string> = {
    id: String(5_000_000 + i),
    relid: `PAK-${i}`,
    year: day.slice(0, 4),
    active_year: '1',
    code_status: 'Clear',
    type_of_violence: tv,
    dyad_name: `${a} - ${b}`,
    side_a: a,
    side_b: b,
    number_of_sources: '1',
    source_article: `Bench Wire ${day}`,
    source_headline: `${a} and ${b} clash near ${name} (invented benchmark row ${i})`,
    where_prec: '1',
    where_coordinates: `${name} town`,
    where_description: name,
    adm_1: 'Khyber Pakhtunkhwa province',
    latitude: (lat + jitter(rng)).toFixed(4),
    longitude: (lon + jitter(rng)).toFixed(4),
    country: 'Pakistan',
    country_id: '770',
    region: 'Asia',
    event_clarity: rng.chance(0.1) ? '2' : '1',
    date_prec: rng.chance(0.1) ? '4' : '1',
    date_start: day,
    date_end: day,
    best: String(rng.int(10)),
    high: '10',
    low: '0',
    gwnoa: '770',
  };
  return UCDP_COLUMNS.map((c) => csv(v[c] ?? '')).join(',');
}

function gdeltRow(rng: Rng, i: number, pick: () => string): string {
  const [c1, n1] = pick().split('|') as [string, string];
  let second = pick();
  if (second.startsWith(`${c1}|`)) second = pick();
  const [c2, n2] = second.split('|') as [string, string];
  const code = rng.pick(CAMEO);
  const [name, lat, lon] = rng.pick(PLACES);
  const [y, m, d] = date(rng);
  const day = rng.chance(0.001) ? `${y}0230` : `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
  const v: Record<string, string> = {
    GlobalEventID: String(900_000_000 + i),
    Day: day,
    MonthYear: day.slice(0, 6),
    Year: day.slice(0, 4),
    FractionDate: `${y}.5`,
    Actor1Code: c1,
    Actor1Name: n1,
    Actor2Code: c2,
    Actor2Name: n2,
    IsRootEvent: '1',
    EventCode: code,
    EventBaseCode: code.slice(0, 3),
    EventRootCode: code.slice(0, 2),
    QuadClass: '3',
    GoldsteinScale: '-2.0',
    NumMentions: '3',
    NumSources: '1',
    NumArticles: '3',
    AvgTone: '-2.5',
    ActionGeo_Type: '4',
    ActionGeo_FullName: `${name}, North-West Frontier, Pakistan`,
    ActionGeo_CountryCode: 'PK',
    ActionGeo_Lat: (lat + jitter(rng)).toFixed(4),
    ActionGeo_Long: (lon + jitter(rng)).toFixed(4),
    DATEADDED: `${day}120000`,
    SOURCEURL: `https://bench.example.org/${i}`,
  };
  return GDELT_COLUMNS.map((c) => v[c] ?? '').join('\t');
}

/** Writes `rows` rows of a dataset's layout to `file` (streamed; a header where the format has one). */
export async function writeEventFile(dataset: Dataset, rows: number, file: string, seed = 42): Promise<void> {
  const rng = createRng(seed);
  const out = fs.createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  let row: (i: number) => string;
  if (dataset === 'acled') {
    const pick = actorPicker(rng, ACLED_KNOWN, (i) => `Bench Armed Group ${i}`);
    await write(ACLED_COLUMNS.join(','));
    row = (i) => acledRow(rng, i, pick);
  } else if (dataset === 'ucdp') {
    const pick = actorPicker(rng, UCDP_KNOWN, (i) => `Bench Faction ${i}`);
    await write(UCDP_COLUMNS.join(','));
    row = (i) => ucdpRow(rng, i, pick);
  } else {
    const pick = actorPicker(
      rng,
      GDELT_KNOWN.map(([c, n]) => `${c}|${n}`),
      (i) => `|BENCH REBEL GROUP ${i}`,
    );
    row = (i) => gdeltRow(rng, i, pick);
  }
  for (let i = 1; i <= rows; i++) await write(row(i));
  out.end();
  await once(out, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dataset, rows, file] = process.argv.slice(2);
  if (!dataset || !rows || !file || !['acled', 'ucdp', 'gdelt'].includes(dataset)) {
    process.stderr.write('usage: tsx bench/events/generate-events.ts acled|ucdp|gdelt ROWS FILE\n');
    process.exit(2);
  }
  await writeEventFile(dataset as Dataset, Number(rows), file);
}
