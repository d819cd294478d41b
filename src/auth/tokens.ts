/**
 * Bearer-token access. Tokens come from API_TOKENS (name:role:token); `editor` may write,
 * `reader` may read. Reads are open unless REQUIRE_AUTH_FOR_READS=true. A token that is sent
 * but unknown is always UNAUTHENTICATED (it is never silently treated as anonymous).
 */
import { timingSafeEqual } from 'node:crypto';
import type { ApiToken, Role } from '../config.ts';
import { forbidden, unauthenticated } from '../errors.ts';

export interface Principal {
  name: string | null;
  role: Role | null;
}

export const ANONYMOUS: Principal = Object.freeze({ name: null, role: null });

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Resolves the Authorization header to a principal; throws UNAUTHENTICATED for a bad token. */
export function authenticate(header: string | undefined, tokens: readonly ApiToken[]): Principal {
  if (!header) return ANONYMOUS;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m?.[1]) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  const found = tokens.find((t) => sameSecret(t.token, m[1]!));
  if (!found) throw unauthenticated('unknown or revoked token');
  return { name: found.name, role: found.role };
}

/** Throws unless the principal may read. */
export function requireReader(principal: Principal, requireAuthForReads: boolean): void {
  if (requireAuthForReads && !principal.role) throw unauthenticated();
}

/** Throws unless the principal is an editor. */
export function requireEditor(principal: Principal): void {
  if (!principal.role) throw unauthenticated('writes need a bearer token with the editor role');
  if (principal.role !== 'editor') throw forbidden();
}
