/**
 * The shapes that travel between the import stages: a dataset reader turns a file's records
 * into `EventRow`s (or `RowError`s with a line number), the mapper turns rows into claims,
 * actors and places, the writer writes them a batch per transaction.
 */
import type { ActorKind, ClaimStatus } from '../model/vocabulary.ts';

export const DATASETS = ['acled', 'ucdp', 'gdelt'] as const;
export type Dataset = (typeof DATASETS)[number];

export function isDataset(value: unknown): value is Dataset {
  return typeof value === 'string' && (DATASETS as readonly string[]).includes(value);
}

/** One side of a coded event as the dataset names it. */
export interface EventActor {
  name: string;
  /** A code the dataset gives (GDELT's CAMEO actor code, UCDP's side id). */
  code: string | null;
}

export interface EventPlace {
  name: string;
  latitude: number;
  longitude: number;
}

/** A dataset row, read and checked, before mapping. */
export interface EventRow {
  line: number;
  /** The dataset's own row id (ACLED event_id_cnty, UCDP id, GDELT GlobalEventID). */
  rowId: string;
  /** A partial date at the dataset's precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  actor1: EventActor | null;
  actor2: EventActor | null;
  /** The fields the event rules match on (event_type, sub_event_type, notes; type_of_violence; code). */
  event: Record<string, string>;
  /** The note or headline: the claim's sentence. */
  sentence: string | null;
  /** Who the dataset cites for the row (ACLED source, UCDP source_article, GDELT SOURCEURL). */
  citation: string | null;
  url: string | null;
  place: EventPlace | null;
  fatalities: number | null;
  /** Status from the dataset's coding where it has one; the mapping's default otherwise. */
  status: ClaimStatus | null;
}

/** A row that could not be read: reported with its line and skipped. */
export interface RowError {
  line: number;
  reason: RowErrorReason;
  detail: string;
}

export type RowErrorReason =
  | 'wrong column count'
  | 'bad date'
  | 'unknown event type'
  | 'broken quoting'
  | 'bad encoding'
  | 'missing field'
  | 'bad number';

export type ReadResult = { ok: true; row: EventRow } | { ok: false; error: RowError };

/** What an import did (or, with dryRun, would do). */
export interface ImportSummary {
  dataset: Dataset;
  release: string;
  dryRun: boolean;
  rows: number;
  claims: number;
  relationships: number;
  /** Actors not found through the mapping or the alias index, created as proposed actors. */
  newActors: Array<{ id: string; name: string; kind: ActorKind }>;
  /** Rows that became no claim, counted by reason (malformed rows and unmapped rows alike). */
  skipped: Record<string, number>;
  /** The malformed rows, with line numbers (the first `MAX_REPORTED_ERRORS`). */
  errors: RowError[];
  seconds: number;
}

export const MAX_REPORTED_ERRORS = 200;
