/**
 * The one configuration module: the environment is read once, validated with zod, typed and
 * frozen. There are no default secrets: without NEO4J_URI the project runs its own local Neo4j
 * with a generated password; API tokens exist only when API_TOKENS names them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const boolean = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(0).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 1g');

export type Role = 'reader' | 'editor';
export interface ApiToken {
  name: string;
  role: Role;
  token: string;
}

/** `API_TOKENS=name:role:token,...` — tokens shorter than 16 characters are refused. */
const tokens = z.string().transform((raw, ctx) => {
  const out: ApiToken[] = [];
  for (const entry of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, role, token, ...rest] = entry.split(':');
    if (!name || (role !== 'reader' && role !== 'editor') || !token || rest.length > 0 || token.length < 16) {
      ctx.addIssue({
        code: 'custom',
        message: `API_TOKENS entry "${name ?? ''}:…" must be name:reader|editor:token with a token of 16+ characters`,
      });
      return z.NEVER;
    }
    out.push({ name, role, token });
  }
  return out;
});

const schema = z
  .object({
    HOST: z.string().default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'a bolt:// or neo4j:// URI')
      .optional(),
    NEO4J_USERNAME: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().optional(),
    NEO4J_LOCAL_DIR: z.string().default(path.join(PROJECT_ROOT, '.neo4j')),
    NEO4J_LOCAL_BOLT_PORT: port.default(7687),
    NEO4J_LOCAL_HTTP_PORT: port.default(7474),
    NEO4J_LOCAL_HEAP: memory.default('768m'),
    NEO4J_LOCAL_PAGECACHE: memory.default('512m'),
    PARSER_LOCAL_DIR: z.string().default(path.join(PROJECT_ROOT, '.corenlp')),
    PARSER_HEAP: memory.default('2g'),
    PARSER_THREADS: z.coerce.number().int().min(1).max(64).default(2),
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    API_TOKENS: tokens.default([]),
    REQUIRE_AUTH_FOR_READS: boolean.default(false),
    SEED_ON_EMPTY: boolean.default(true),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    MAX_QUERY_COST: z.coerce.number().int().min(100).default(50_000),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
    MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(1).max(1000).default(50),
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5000),
  })
  .refine((c) => !c.NEO4J_URI || c.NEO4J_PASSWORD, {
    message: 'NEO4J_PASSWORD is required when NEO4J_URI is set',
    path: ['NEO4J_PASSWORD'],
  });

export type Config = Readonly<z.output<typeof schema>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment; throws a ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'config'}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}
