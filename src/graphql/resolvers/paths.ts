/** Path search fields: `paths` (a list; bounds hit are told in extensions.notices), `pathSearch`, `connections`. */
import type { RequestContext } from '../context.ts';

type Args = Record<string, any>;

export const pathResolvers = {
  async paths(_: unknown, args: Args, { repos, notices }: RequestContext) {
    const result = await repos.paths.search(args as never);
    if (result.notice) notices.push(`paths: ${result.notice}`);
    return result.paths;
  },
  pathSearch: (_: unknown, args: Args, { repos }: RequestContext) => repos.paths.search(args as never),
  async connections(_: unknown, args: Args, { repos, notices }: RequestContext) {
    const graph = await repos.paths.connections(args as never);
    if (graph.truncated) notices.push('connections: the search hit its time limit; some pairs may be missing');
    return graph;
  },
};
