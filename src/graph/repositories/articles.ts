/** Reading source articles. */
import { query } from '../cypher.ts';
import type { Gateway } from '../gateway.ts';
import { toArticle } from '../mappers.ts';
import type { Plain } from '../to-plain.ts';
import type { Article, Page } from '../../model/types.ts';
import type { PageArgs } from './batch.ts';
import { createLoader } from './batch.ts';

export function createArticleRepository(gateway: Gateway) {
  const byId = createLoader<string, Article | null>(
    async (ids) => {
      const rows = await gateway.read(query('articles-by-ids'), { ids });
      return new Map(rows.map((r) => [String((r.article as { id: string }).id), toArticle(r.article)]));
    },
    () => null,
  );
  const textOf = createLoader<string, string | null>(
    async (ids) => {
      const rows = await gateway.read(query('article-texts'), { ids });
      return new Map(rows.map((r) => [String(r.id), typeof r.text === 'string' ? r.text : null]));
    },
    () => null,
  );
  return {
    byId: (id: string) => byId.load(id),
    /** The stored text of an article (ingested ones keep it), or null; batched per tick. */
    textOf: (id: string) => textOf.load(id),
    async list(page: PageArgs): Promise<Page<Article>> {
      const [row] = await gateway.read(query('list-articles'), { offset: page.offset, first: page.first });
      return { total: Number(row?.total ?? 0), items: ((row?.articles as Plain[]) ?? []).map(toArticle) };
    },
  };
}
