/**
 * Batching per request, so the number of queries does not grow with the number of results:
 * every `load(key, args)` made in the same tick with equal `args` goes into one query.
 * Loaders live as long as the request's repositories do.
 */
import DataLoader from 'dataloader';

export type BatchFn<K, V, A> = (keys: readonly K[], args: A) => Promise<Map<K, V>>;

/** A loader whose batches are split by argument set (e.g. one batch per distinct filter). */
export function createGroupedLoader<K, V, A>(batch: BatchFn<K, V, A>, missing: (key: K) => V | Error) {
  const loaders = new Map<string, DataLoader<K, V>>();
  return {
    load(key: K, args: A): Promise<V> {
      const argsKey = JSON.stringify(args ?? null);
      let loader = loaders.get(argsKey);
      if (!loader) {
        loader = new DataLoader<K, V>(async (keys) => {
          const found = await batch(keys, args);
          return keys.map((k) => (found.has(k) ? found.get(k)! : missing(k)));
        });
        loaders.set(argsKey, loader);
      }
      return loader.load(key);
    },
  };
}

/** A loader without arguments. */
export function createLoader<K, V>(batch: (keys: readonly K[]) => Promise<Map<K, V>>, missing: (key: K) => V | Error) {
  const grouped = createGroupedLoader<K, V, null>((keys) => batch(keys), missing);
  return { load: (key: K) => grouped.load(key, null) };
}
