/** Path search fields: `paths` (a list; bounds hit are told in extensions.notices), `pathSearch`, `connections`. */
import type { QueryResolvers } from '../generated/types.ts';

export const pathResolvers: Pick<QueryResolvers, 'paths' | 'pathSearch' | 'connections'> = {
  async paths(_, args, { repos, notices }) {
    const result = await repos.paths.search(args);
    if (result.notice) notices.push(`paths: ${result.notice}`);
    return result.paths;
  },
  pathSearch: (_, args, { repos }) => repos.paths.search(args),
  async connections(_, args, { repos, notices }) {
    const graph = await repos.paths.connections(args);
    if (graph.truncated) notices.push('connections: the search hit its time limit; some pairs may be missing');
    return graph;
  },
};
