/**
 * GDELT 2.0 event files (`*.export.CSV`: tab-separated, no header, no quoting, 61 columns).
 * `Day` is the event's day; the action's geography is the place; `SOURCEURL` is the citation
 * and the url. GDELT has no note, so the sentence is written from the coded fields (actor names,
 * CAMEO code, Goldstein scale, mentions). An actor is its CAMEO code plus its name; the mapping
 * resolves codes first. GDELT is machine-coded: its status is the mapping's default.
 */
import type { DatasetLayout } from '../read-events.ts';
import { dayDate, guarded, optionalNumber, orNull, place, required } from './fields.ts';
import { FieldError } from './fields.ts';

const ACTOR_FIELDS = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
];
const GEO_FIELDS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS: readonly string[] = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR_FIELDS.map((f) => `Actor1${f}`),
  ...ACTOR_FIELDS.map((f) => `Actor2${f}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO_FIELDS.map((f) => `Actor1Geo_${f}`),
  ...GEO_FIELDS.map((f) => `Actor2Geo_${f}`),
  ...GEO_FIELDS.map((f) => `ActionGeo_${f}`),
  'DATEADDED',
  'SOURCEURL',
];

const actor = (name: string, code: string) => (name || code ? { name: name || code, code: code || null } : null);

export const gdeltLayout: DatasetLayout = {
  dataset: 'gdelt',
  delimiter: '\t',
  quote: false,
  columns: GDELT_COLUMNS,
  required: ['GlobalEventID', 'Day', 'Actor1Code', 'Actor1Name', 'Actor2Code', 'Actor2Name', 'EventCode', 'SOURCEURL'],
  toRow(get, line) {
    const parsed = guarded(line, () => {
      const code = get('EventCode');
      if (!/^\d{3,4}$/.test(code)) throw new FieldError('unknown event type', `EventCode ${JSON.stringify(code)} is not a CAMEO code`);
      const a1 = actor(get('Actor1Name'), get('Actor1Code'));
      const a2 = actor(get('Actor2Name'), get('Actor2Code'));
      const goldstein = optionalNumber(get('GoldsteinScale'), 'GoldsteinScale');
      const mentions = optionalNumber(get('NumMentions'), 'NumMentions');
      return {
        line,
        rowId: required(get('GlobalEventID'), 'GlobalEventID'),
        date: dayDate(get('Day'), 'Day'),
        actor1: a1,
        actor2: a2,
        event: { code, quadClass: get('QuadClass') },
        sentence: `${a1?.name ?? '?'} → ${a2?.name ?? '?'}: CAMEO ${code} (quad class ${get('QuadClass') || '?'}, Goldstein ${goldstein ?? '?'}, ${mentions ?? '?'} mentions)`,
        citation: orNull(get('SOURCEURL')),
        url: /^https?:\/\//.test(get('SOURCEURL')) ? get('SOURCEURL') : null,
        place: place(get('ActionGeo_FullName'), get('ActionGeo_Lat'), get('ActionGeo_Long')),
        fatalities: null,
        status: null,
      };
    });
    return parsed.ok ? { ok: true, row: parsed.value } : parsed;
  },
};
