/** What every resolver receives: the caller (from the bearer token) and the repositories. */
import type { Principal } from '../auth/tokens.ts';
import type { Repositories } from '../graph/repositories/index.ts';

export interface RequestContext {
  principal: Principal;
  repos: Repositories;
  /** Bounds a request hit (caps, time limits): sent back in `extensions.notices`. */
  notices: string[];
}
