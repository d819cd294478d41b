/** Root query fields. */
import type { RequestContext } from '../context.ts';

export const queryResolvers = {
  health: (_: unknown, __: unknown, { repos }: RequestContext) => repos.health.check(),
};
