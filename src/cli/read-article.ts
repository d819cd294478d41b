/**
 * Reading an article file for the CLI, with the expected failures as CliErrors:
 *   FILE_NOT_FOUND (no such file), NOT_A_FILE (a directory or device), READ_FAILED (permissions…),
 *   TOO_LARGE (over MAX_ARTICLE_BYTES), EMPTY_INPUT (empty or whitespace only),
 *   NOT_TEXT (binary content or bytes that are not valid UTF-8).
 * Non-English text is not an error: extraction returns an empty result with a warning.
 */
import { readFileSync, statSync } from 'node:fs';
import { looksBinary } from '../ingest/1-text/input-checks.ts';
import { CliError } from './cli-error.ts';

/** News articles are a few kilobytes; 1 MiB leaves room for long reports and rejects dumps. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Reads and validates a UTF-8 article file. */
export function readArticle(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new CliError('NOT_A_FILE', `${path} is not a regular file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError('FILE_NOT_FOUND', `no such file: ${path}`);
    throw new CliError('READ_FAILED', `cannot read ${path}: ${(err as Error).message}`);
  }
  if (size > MAX_ARTICLE_BYTES)
    throw new CliError('TOO_LARGE', `${path} is ${size} bytes; articles over ${MAX_ARTICLE_BYTES} bytes (1 MiB) are refused`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new CliError('READ_FAILED', `cannot read ${path}: ${(err as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError('NOT_TEXT', `${path} is not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CliError('EMPTY_INPUT', `${path} is empty`);
  if (looksBinary(text)) throw new CliError('NOT_TEXT', `${path} looks like binary data, not an article`);
  return text;
}
