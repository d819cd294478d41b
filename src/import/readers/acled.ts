/**
 * ACLED CSV exports (header row; the columns of the current export). The date is at ACLED's
 * precision: `time_precision` 3 (only the month is known) gives YYYY-MM, 1–2 a day. ACLED codes
 * no status, so the mapping's default applies. The place is `location` in admin1, with its
 * coordinates; `notes` is the claim's sentence, `source` its citation.
 */
import type { DatasetLayout } from '../read-events.ts';
import { dayDate, guarded, optionalNumber, orNull, place, required } from './fields.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export const acledLayout: DatasetLayout = {
  dataset: 'acled',
  delimiter: ',',
  quote: true,
  columns: null,
  required: [
    'event_id_cnty',
    'event_date',
    'event_type',
    'sub_event_type',
    'actor1',
    'actor2',
    'location',
    'latitude',
    'longitude',
    'source',
    'notes',
    'fatalities',
  ],
  toRow(get, line) {
    const parsed = guarded(line, () => {
      const day = dayDate(get('event_date'), 'event_date');
      const actor2 = get('actor2');
      const admin1 = get('admin1');
      return {
        line,
        rowId: required(get('event_id_cnty'), 'event_id_cnty'),
        date: get('time_precision') === '3' ? day.slice(0, 7) : day,
        actor1: { name: required(get('actor1'), 'actor1'), code: null },
        actor2: actor2 ? { name: actor2, code: null } : null,
        event: { event_type: get('event_type'), sub_event_type: get('sub_event_type'), notes: get('notes') },
        sentence: orNull(get('notes')),
        citation: orNull(get('source')),
        url: null,
        place: place([get('location'), admin1].filter(Boolean).join(', '), get('latitude'), get('longitude')),
        fatalities: optionalNumber(get('fatalities'), 'fatalities'),
        status: null,
      };
    });
    return parsed.ok ? { ok: true, row: parsed.value } : parsed;
  },
};
