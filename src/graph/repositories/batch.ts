/**
 * Batching per request, so the number of queries does not grow with the number of results:
 * every `load(key, args)` made in the same tick with equal `args` goes into one query.
 * Loaders live as long as the request's repositories do.
 */
import DataLoader from 'dataloader';
import type { Page } from '../../model/types.ts';
import type { Gateway, Params } from '../gateway.ts';
import type { Plain } from '../to-plain.ts';

export type BatchFn<K, V, A> = (keys: readonly K[], args: A) => Promise<Map<K, V>>;

/** A loader whose batches are split by argument set (e.g. one batch per distinct filter). */
export function createGroupedLoader<K, V, A>(batch: BatchFn<K, V, A>, missing: (key: K) => V | Error) {
  const loaders = new Map<string, DataLoader<K, V>>();
  const loaderFor = (args: A): DataLoader<K, V> => {
    const argsKey = JSON.stringify(args ?? null);
    let loader = loaders.get(argsKey);
    if (!loader) {
      loader = new DataLoader<K, V>(async (keys) => {
        const found = await batch(keys, args);
        return keys.map((k) => (found.has(k) ? found.get(k)! : missing(k)));
      });
      loaders.set(argsKey, loader);
    }
    return loader;
  };
  return {
    load: (key: K, args: A): Promise<V> => loaderFor(args).load(key),
    /** Stores a value fetched by another statement, so a later `load` with equal arguments runs none. */
    prime(key: K, args: A, value: V): void {
      loaderFor(args).prime(key, value);
    },
  };
}

/** A loader without arguments. */
export function createLoader<K, V>(batch: (keys: readonly K[]) => Promise<Map<K, V>>, missing: (key: K) => V | Error) {
  const grouped = createGroupedLoader<K, V, null>((keys) => batch(keys), missing);
  return { load: (key: K) => grouped.load(key, null), prime: (key: K, value: V) => grouped.prime(key, null, value) };
}

export interface PageArgs {
  offset: number;
  first: number;
}

/**
 * A loader of one page per key, for the page-per-key queries (`UNWIND $keys AS key … RETURN
 * key, total, items`): calls with equal arguments in one tick become one query.
 */
export function createPageLoader<T, A extends PageArgs>(
  gateway: Gateway,
  cypher: string,
  toParams: (args: A) => Params,
  toItem: (value: Plain) => T,
) {
  return createGroupedLoader<string, Page<T>, A>(
    async (keys, args) => {
      const rows = await gateway.read(cypher, { keys, ...toParams(args), offset: args.offset, first: args.first });
      return new Map(rows.map((r) => [String(r.key), { total: Number(r.total), items: ((r.items as Plain[]) ?? []).map(toItem) }]));
    },
    () => ({ total: 0, items: [] }),
  );
}
