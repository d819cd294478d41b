import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import { ANONYMOUS, authenticate, requireEditor, requireReader } from './tokens.ts';

const tokens = [
  { name: 'ed', role: 'editor' as const, token: 'e'.repeat(20) },
  { name: 'rd', role: 'reader' as const, token: 'r'.repeat(20) },
];
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'none';
  } catch (err) {
    return (err as AppError).extensions.code;
  }
};

describe('bearer tokens', () => {
  it('maps tokens to principals and no header to anonymous', () => {
    expect(authenticate(`Bearer ${'e'.repeat(20)}`, tokens)).toEqual({ name: 'ed', role: 'editor' });
    expect(authenticate(undefined, tokens)).toBe(ANONYMOUS);
  });

  it('refuses an unknown or malformed token with UNAUTHENTICATED', () => {
    expect(code(() => authenticate('Bearer nope', tokens))).toBe('UNAUTHENTICATED');
    expect(code(() => authenticate('Basic abc', tokens))).toBe('UNAUTHENTICATED');
  });

  it('lets only editors write, and readers read when reads need auth', () => {
    expect(code(() => requireEditor({ name: 'ed', role: 'editor' }))).toBe('none');
    expect(code(() => requireEditor({ name: 'rd', role: 'reader' }))).toBe('FORBIDDEN');
    expect(code(() => requireEditor(ANONYMOUS))).toBe('UNAUTHENTICATED');
    expect(code(() => requireReader(ANONYMOUS, true))).toBe('UNAUTHENTICATED');
    expect(code(() => requireReader(ANONYMOUS, false))).toBe('none');
  });
});
