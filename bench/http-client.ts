/**
 * A minimal GraphQL-over-HTTP client for latency samples: node:http with one kept-alive socket
 * (no fetch/undici layer in the measurement), loopback only. A GraphQL `errors` array counts as
 * a failure just like a non-200 status.
 */
import http from 'node:http';

export interface GraphqlResponse {
  ok: boolean;
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
  bytes: number;
}

export interface GraphqlClient {
  post(query: string, variables: Record<string, unknown>): Promise<GraphqlResponse>;
  close(): void;
}

/** A client for `<baseUrl>/graphql` (or `path`). */
export function createGraphqlClient(baseUrl: string, path = '/graphql', timeoutMs = 60_000): GraphqlClient {
  const url = new URL(path, baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error(`benchmark traffic stays on 127.0.0.1 (got ${url.hostname})`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post(query, variables) {
      const payload = Buffer.from(JSON.stringify({ query, variables }));
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: url.port,
            path: url.pathname,
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': payload.length },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString();
              let body: GraphqlResponse['body'] = {};
              try {
                body = JSON.parse(text);
              } catch {
                body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
              }
              resolve({ ok: res.statusCode === 200 && !body.errors?.length, status: res.statusCode ?? 0, body, bytes: text.length });
            });
          },
        );
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
