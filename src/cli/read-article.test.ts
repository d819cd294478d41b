import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { MAX_ARTICLE_BYTES, readArticle } from './read-article.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-article-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    return err instanceof CliError ? err.code : 'OTHER';
  }
  return 'NONE';
};

describe('readArticle', () => {
  it('reads a UTF-8 article', () => {
    expect(readArticle(file('ok.txt', '\ufeffThe TTP attacked.'))).toBe('The TTP attacked.');
  });

  it('fails with a clear code for each bad input', () => {
    expect(codeOf(() => readArticle(join(dir, 'missing.txt')))).toBe('FILE_NOT_FOUND');
    expect(codeOf(() => readArticle(dir))).toBe('NOT_A_FILE');
    expect(codeOf(() => readArticle(file('empty.txt', ' \n')))).toBe('EMPTY_INPUT');
    expect(codeOf(() => readArticle(file('latin1.txt', Buffer.from([0x54, 0x54, 0x50, 0xe9, 0x20]))))).toBe('NOT_TEXT');
    expect(codeOf(() => readArticle(file('bin.txt', Buffer.from([0x00, 0x01, 0x02, 0x41]))))).toBe('NOT_TEXT');
    expect(codeOf(() => readArticle(file('big.txt', 'a'.repeat(MAX_ARTICLE_BYTES + 1))))).toBe('TOO_LARGE');
  });
});
