/**
 * Issue 13, "past one machine": the API through a `neo4j://` routing URI (what a cluster or Aura
 * needs) against the suite's single server, which answers routing requests as a one-member
 * cluster. Reads run in read transactions (a cluster sends them to followers), every session
 * carries the bookmarks of the writes before it (a read after a mutation sees it), and two API
 * processes over one database serve the same graph: nothing of the graph lives in the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_TOKEN, gql, startTestApp, type TestApp } from '../helpers/app.ts';
import { deleteByPrefix, routingUri, uniquePrefix } from '../helpers/database.ts';

const UPSERT = 'mutation($i: ActorInput!) { upsertActor(input: $i) { id } }';
const ALIAS = 'mutation($id: ID!, $a: String!) { addAlias(actorId: $id, alias: $a) { id } }';
const ACTOR = 'query($id: ID!) { actor(id: $id) { id name aliases } }';

describe('a neo4j:// routing URI, read transactions and bookmarks', () => {
  let a: TestApp;
  let b: TestApp;
  const p = uniquePrefix('route');

  beforeAll(async () => {
    a = await startTestApp({ NEO4J_URI: routingUri() });
    b = await startTestApp({ NEO4J_URI: routingUri() });
  });
  afterAll(async () => {
    await deleteByPrefix(a.gateway, p);
    await a.close();
    await b.close();
  });

  it('connects through the routing driver and serves reads and writes', async () => {
    expect(a.config.NEO4J_URI).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const info = await a.gateway.driver.getServerInfo();
    expect(info.address).toMatch(/:\d+$/);
    const read = await gql(a.url, '{ actors(first: 3) { totalCount edges { node { id } } } }');
    expect(read.errors).toBeUndefined();
    expect(read.data.actors.totalCount).toBeGreaterThan(0);
    const write = await gql(a.url, UPSERT, { i: { id: `${p}-x`, name: `Routed ${p}`, kind: 'ArmedGroup' } }, EDITOR_TOKEN);
    expect(write.errors).toBeUndefined();
  });

  it('runs reads in read transactions: the server refuses a write inside one', async () => {
    await expect(a.gateway.read('CREATE (n:Actor {id: $id}) RETURN n.id AS id', { id: `${p}-in-read` })).rejects.toThrow(/read/i);
    expect(await a.gateway.read('MATCH (n {id: $id}) RETURN n', { id: `${p}-in-read` })).toEqual([]);
  });

  it('a read right after each mutation sees it, and every write moves the bookmarks sessions wait for', async () => {
    const id = `${p}-seq`;
    expect((await gql(a.url, UPSERT, { i: { id, name: `Sequence ${p}`, kind: 'Person' } }, EDITOR_TOKEN)).errors).toBeUndefined();
    let bookmarks = [...(await a.gateway.bookmarkManager.getBookmarks())];
    expect(bookmarks.length).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) {
      const alias = `alias ${i} ${p}`;
      expect((await gql(a.url, ALIAS, { id, a: alias }, EDITOR_TOKEN)).errors).toBeUndefined();
      const next = [...(await a.gateway.bookmarkManager.getBookmarks())];
      expect(next).not.toEqual(bookmarks);
      bookmarks = next;
      const seen = await gql(a.url, ACTOR, { id });
      expect(seen.data.actor.aliases).toContain(alias);
    }
  });

  it('two API processes over one database answer alike: a write through one is read through the other', async () => {
    const id = `${p}-shared`;
    expect((await gql(a.url, UPSERT, { i: { id, name: `Shared ${p}`, kind: 'Organization' } }, EDITOR_TOKEN)).errors).toBeUndefined();
    const viaB = await gql(b.url, ACTOR, { id });
    expect(viaB.data.actor).toMatchObject({ id, name: `Shared ${p}` });
    expect((await gql(b.url, ALIAS, { id, a: 'written through b' }, EDITOR_TOKEN)).errors).toBeUndefined();
    expect((await gql(a.url, ACTOR, { id })).data.actor.aliases).toContain('written through b');
  });
});
