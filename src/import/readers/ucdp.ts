/**
 * UCDP GED CSV (header row; the GED 23.1/24.1 columns). `date_prec` gives the precision: 1–3
 * (a day or a few days) → the first day, 4 (a month) → YYYY-MM, 5 (longer) → the year.
 * `event_clarity` 2 (the event's details are unclear) → status `alleged`, 1 → `stated`.
 * `source_headline` is the sentence, `source_article` the citation, `best` the fatalities.
 */
import type { DatasetLayout } from '../read-events.ts';
import { dayDate, guarded, optionalNumber, orNull, place, required } from './fields.ts';

export const UCDP_COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const;

function atPrecision(day: string, prec: string): string {
  if (prec === '4') return day.slice(0, 7);
  if (prec === '5') return day.slice(0, 4);
  return day;
}

export const ucdpLayout: DatasetLayout = {
  dataset: 'ucdp',
  delimiter: ',',
  quote: true,
  columns: null,
  required: [
    'id',
    'type_of_violence',
    'side_a',
    'side_b',
    'date_start',
    'date_prec',
    'where_coordinates',
    'latitude',
    'longitude',
    'source_article',
    'source_headline',
    'best',
  ],
  toRow(get, line) {
    const parsed = guarded(line, () => {
      const day = dayDate(get('date_start'), 'date_start');
      const sideB = get('side_b');
      return {
        line,
        rowId: required(get('id'), 'id'),
        date: atPrecision(day, get('date_prec')),
        actor1: { name: required(get('side_a'), 'side_a'), code: null },
        actor2: sideB ? { name: sideB, code: null } : null,
        event: { type_of_violence: get('type_of_violence') },
        sentence: orNull(get('source_headline')),
        citation: orNull(get('source_article')),
        url: null,
        place: place(get('where_coordinates') || get('where_description'), get('latitude'), get('longitude')),
        fatalities: optionalNumber(get('best'), 'best'),
        status: get('event_clarity') === '2' ? ('alleged' as const) : get('event_clarity') === '1' ? ('stated' as const) : null,
      };
    });
    return parsed.ok ? { ok: true, row: parsed.value } : parsed;
  },
};
