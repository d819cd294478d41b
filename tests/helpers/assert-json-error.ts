/** The checks every error answer must pass: JSON in the GraphQL error shape, with a code, and nothing internal. */
import { expect } from 'vitest';

export const INTERNALS = /\bat [\w.<>]+ \(|node_modules|\/src\/|\.ts:\d|MATCH \(|MERGE \(|RETURN |stack/i;

export async function expectJsonError(res: Response, status: number, code: string): Promise<void> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]!.extensions.code).toBe(code);
  expect(typeof body.errors[0]!.message).toBe('string');
  expect(text).not.toMatch(INTERNALS);
}
