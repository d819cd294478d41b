import { describe, expect, it } from 'vitest';
import { generatePassword, PASSWORD_PATTERN } from './password.ts';

describe('generated local Neo4j password', () => {
  it('is never misread: 20,000 draws, all letters and digits, none starting with "-", all distinct', () => {
    const drawn = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const p = generatePassword();
      expect(p).toMatch(PASSWORD_PATTERN);
      expect(encodeURIComponent(p)).toBe(p);
      drawn.add(p);
    }
    expect(drawn.size).toBe(20_000);
  });
});
