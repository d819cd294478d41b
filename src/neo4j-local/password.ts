/**
 * The local Neo4j's generated password: 24 characters from [A-Za-z0-9], starting with a letter,
 * so no tool can misread it (never a leading '-' that neo4j-admin takes for an option, nothing
 * a shell, a URL or a .conf file would interpret). 24 × log2(62) ≈ 143 bits.
 */
import { randomInt } from 'node:crypto';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ALPHABET = `${LETTERS}0123456789`;
export const PASSWORD_LENGTH = 24;
export const PASSWORD_PATTERN = /^[A-Za-z][A-Za-z0-9]{23}$/;

/** Draws a new password (crypto-random, unbiased). */
export function generatePassword(): string {
  let out = LETTERS[randomInt(LETTERS.length)]!;
  while (out.length < PASSWORD_LENGTH) out += ALPHABET[randomInt(ALPHABET.length)]!;
  return out;
}
