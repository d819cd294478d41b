/** The layout of each dataset. */
import type { DatasetLayout } from '../read-events.ts';
import type { Dataset } from '../types.ts';
import { acledLayout } from './acled.ts';
import { gdeltLayout } from './gdelt.ts';
import { ucdpLayout } from './ucdp.ts';

export const LAYOUTS: Readonly<Record<Dataset, DatasetLayout>> = { acled: acledLayout, ucdp: ucdpLayout, gdelt: gdeltLayout };
