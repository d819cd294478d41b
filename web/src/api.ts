/**
 * The explorer's one channel to the server: POST /graphql on the same origin (the page's CSP
 * allows nothing else), with the editor/reader token from session storage when one was given.
 * A GraphQL error becomes an ApiError carrying its code, so panels can say what went wrong.
 */
const TOKEN_KEY = 'conflict-graph-token';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The token kept for this tab (session storage: gone when the tab closes). */
export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Headers for same-origin requests (the token, when kept). */
export function authHeaders(): Record<string, string> {
  const token = getToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Runs one operation; resolves with `data`, rejects with an ApiError (the first error's code and message). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}`, extensions: { code: 'BAD_RESPONSE' } }] }))) as {
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, String(first.extensions?.code ?? 'ERROR'), first.extensions ?? {});
  return body.data as T;
}
