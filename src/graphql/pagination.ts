/**
 * Relay-style cursor pagination over ordered results. Cursors are opaque (base64 of the offset
 * in the ordered list); `first` must be 1..100 — a larger page is refused, not silently cut.
 */
import { badInput } from '../errors.ts';

export const MAX_PAGE = 100;

export interface Page {
  offset: number;
  first: number;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const encode = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

/** Validates `first`/`after` and returns the slice to fetch. */
export function toPage(first: number | null | undefined, after: string | null | undefined, fallback = 20): Page {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw badInput(`first must be between 1 and ${MAX_PAGE} (got ${size})`, { argument: 'first' });
  if (!after) return { offset: 0, first: size };
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString());
  if (!m) throw badInput('after is not a cursor returned by this API', { argument: 'after' });
  return { offset: Number(m[1]) + 1, first: size };
}

/** Builds a connection from one fetched slice and the total count. */
export function toConnection<T>(items: readonly T[], total: number, page: Page): Connection<T> {
  const edges = items.map((node, i) => ({ node, cursor: encode(page.offset + i) }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: page.offset + items.length < total,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
