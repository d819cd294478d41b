import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createGateway, openDriver } from '../../src/graph/gateway.ts';
import { createApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/log.ts';
import { findFreePort } from '../../src/neo4j-local/ports.ts';
import { errorCode, gql, startTestApp, type TestApp } from '../helpers/app.ts';

describe('single lookups and actor sub-lists', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('reads an article with its claims, and a claim with its article', async () => {
    const list = await gql(app.url, '{ articles(first: 1) { edges { node { id } } } }');
    const id = list.data.articles.edges[0].node.id;
    const res = await gql(
      app.url,
      'query($id: ID!) { article(id: $id) { id title claims(first: 2) { totalCount edges { node { id } } } } }',
      { id },
    );
    expect(res.data.article.id).toBe(id);
    const claimId = res.data.article.claims.edges[0].node.id;
    const claim = await gql(
      app.url,
      'query($id: ID!) { claim(id: $id) { id type source { id } target { id } article { id } origin review retracted } }',
      { id: claimId },
    );
    expect(claim.data.claim).toMatchObject({ id: claimId, article: { id }, retracted: false });
    expect((await gql(app.url, '{ claim(id: "nope") { id } article(id: "nope") { id } }')).data).toEqual({ claim: null, article: null });
  });

  it("lists an actor's neighbours by direction and its own timeline in date order", async () => {
    const res = await gql(
      app.url,
      `{ actor(id: "sirajuddin-haqqani") {
      out: neighbours(direction: OUTGOING) { totalCount edges { node { id } } }
      inc: neighbours(direction: INCOMING) { totalCount }
      timeline { totalCount edges { node { date type } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const a = res.data.actor;
    expect(a.out.edges.map((e: any) => e.node.id)).toContain('pakistan-government');
    expect(a.out.totalCount).toBeGreaterThan(a.inc.totalCount);
    const dates = a.timeline.edges.map((e: any) => e.node.date);
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('when Neo4j is unreachable', () => {
  let server: Server;
  let url: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const dead = await findFreePort();
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${dead}`, NEO4J_PASSWORD: 'irrelevant-password', LOG_LEVEL: 'silent' });
    const gateway = createGateway({
      driver: openDriver(config.NEO4J_URI!, 'neo4j', 'irrelevant-password'),
      timeoutMs: 2000,
      logger: createLogger('silent'),
    });
    const { app, apollo } = await createApp({ config, gateway, logger: createLogger('silent') });
    server = await new Promise<Server>((r) => {
      const s = app.listen(0, '127.0.0.1', () => r(s));
    });
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    stop = async () => {
      server.close();
      await apollo.stop();
      await gateway.close();
    };
  });
  afterAll(async () => stop());

  it('answers SERVICE_UNAVAILABLE, health ok:false and readyz 503', async () => {
    expect(errorCode(await gql(url, '{ stats { actors } }'))).toBe('SERVICE_UNAVAILABLE');
    expect((await gql(url, '{ health { ok neo4jVersion } }')).data.health).toEqual({ ok: false, neo4jVersion: null });
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
