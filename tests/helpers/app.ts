/** The real HTTP app on a free port, over the test database, and a GraphQL client for it. */
import type { Server } from 'node:http';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Gateway } from '../../src/graph/gateway.ts';
import { createApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/log.ts';
import { connectTestGateway, testDatabase } from './database.ts';

export const EDITOR_TOKEN = 'editor-token-0123456789abcdef';
export const READER_TOKEN = 'reader-token-0123456789abcdef';

export interface TestApp {
  url: string;
  gateway: Gateway;
  config: Config;
  close(): Promise<void>;
}

/** Starts the app; `env` overrides configuration (e.g. REQUIRE_AUTH_FOR_READS, or NEO4J_URI for another way in). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = testDatabase();
  const config = loadConfig({
    NEO4J_URI: db.uri,
    NEO4J_USERNAME: db.username,
    NEO4J_PASSWORD: db.password,
    ...(db.database ? { NEO4J_DATABASE: db.database } : {}),
    API_TOKENS: `ed:editor:${EDITOR_TOKEN},rd:reader:${READER_TOKEN}`,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const gateway = connectTestGateway(config.QUERY_TIMEOUT_MS, config.NEO4J_URI);
  const { app, apollo } = await createApp({ config, gateway, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent') });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    gateway,
    config,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await apollo.stop();
      await gateway.close();
    },
  };
}

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: unknown[] }[];
}

/** Posts one GraphQL operation; returns the HTTP status with data and errors. */
export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlResponse<T>;
  return { ...body, status: res.status };
}

/** The first error's code, for assertions. */
export function errorCode(response: GqlResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
