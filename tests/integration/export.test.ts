/**
 * GET /export/{graphml,gexf,csv} through the real HTTP app on the sample graph: well-formed
 * files whose counts match what the API returns for the same filters, coded JSON errors for
 * bad parameters, and the read-auth setting honoured as /graphql honours it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, READER_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';

/** Counts elements of a tag in an XML document (the exports are flat, one element per line). */
const count = (xml: string, tag: string) => (xml.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;

/** A minimal well-formedness check: every opened element is closed in order. */
function balanced(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (!m[1]) stack.push(m[2]!);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

describe('exports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('GraphML of a neighbourhood has the nodes and edges the neighbourhood query returns', async () => {
    const { data } = await gql(app.url, `{ neighbourhood(actorId: "ttp", depth: 1, evidence: CURATED) { nodes { id } edges { id } } }`);
    const res = await fetch(`${app.url}/export/graphml?actor=ttp&depth=1&evidence=CURATED`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/graphml/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="conflict-graph\.graphml"/);
    const xml = await res.text();
    expect(balanced(xml)).toBe(true);
    expect(count(xml, 'node')).toBe(data.neighbourhood.nodes.length);
    expect(count(xml, 'edge')).toBe(data.neighbourhood.edges.length);
    expect(xml).toContain('<data key="name">Tehreek-e-Taliban Pakistan</data>');
    expect(xml).toMatch(/<edge [^>]*directed="false"/);
  });

  it('the view export (ids) keeps only the ties among those actors that pass the window and types', async () => {
    const ids = 'ttp,pakistan-government,sirajuddin-haqqani';
    const all = await (await fetch(`${app.url}/export/gexf?ids=${ids}`)).text();
    const window = await (await fetch(`${app.url}/export/gexf?ids=${ids}&from=2024&to=2024`)).text();
    const ceasefire = await (await fetch(`${app.url}/export/gexf?ids=${ids}&types=CEASEFIRE_WITH`)).text();
    expect(balanced(all)).toBe(true);
    expect(count(all, 'node')).toBe(3);
    expect(count(window, 'node')).toBe(3);
    expect(count(window, 'edge')).toBeLessThan(count(all, 'edge'));
    expect(count(ceasefire, 'edge')).toBe(1);
    expect(ceasefire).toMatch(/label="CEASEFIRE_WITH" weight="\d+" type="undirected"/);
    expect(ceasefire).toContain('<spell start="2021-11-01" end="2021-11-30"/>');
  });

  it('CSV tables: nodes, edges, and claims with their summaries and sources', async () => {
    const text = async (table: string) => (await fetch(`${app.url}/export/csv?actor=sirajuddin-haqqani&table=${table}`)).text();
    const nodes = (await text('nodes')).trim().split('\r\n');
    const edges = (await text('edges')).trim().split('\r\n');
    const claims = await text('claims');
    expect(nodes[0]).toBe('id,name,kind,aliases,proposed');
    expect(nodes.some((l) => l.startsWith('sirajuddin-haqqani,Sirajuddin Haqqani,Person,'))).toBe(true);
    expect(edges.length).toBeGreaterThan(1);
    expect(claims).toContain(',Haqqani hosted the TTP side at the Kabul talks with Pakistan in May 2022.,');
  });

  it('bad parameters are coded JSON errors, never a stack trace', async () => {
    for (const [query, code, status] of [
      ['actor=ttp&types=HUGS', 'BAD_USER_INPUT', 400],
      ['actor=ttp&depth=9', 'BAD_USER_INPUT', 400],
      ['actor=ttp&ids=ttp', 'BAD_USER_INPUT', 400],
      ['actor=nobody-at-all', 'NOT_FOUND', 404],
      ['actor=ttp&evidence=SOME', 'BAD_USER_INPUT', 400],
      ['actor=ttp&from=2024&to=2020', 'BAD_USER_INPUT', 400],
      ['actor=ttp&colour=red', 'BAD_USER_INPUT', 400],
    ] as const) {
      const res = await fetch(`${app.url}/export/graphml?${query}`);
      expect(res.status, query).toBe(status);
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code, query).toBe(code);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|MATCH|stack/);
    }
    expect((await fetch(`${app.url}/export/csv?actor=ttp&table=secrets`)).status).toBe(400);
    expect((await fetch(`${app.url}/export/graphml?actor=ttp`, { method: 'POST' })).status).toBe(405);
  });

  it('the explorer page is served with a strict Content-Security-Policy, or says it is not built', async () => {
    const res = await fetch(`${app.url}/explore`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    if (res.status === 200) expect(await res.text()).toMatch(/<script type="module"[^>]* src="\/explore\/assets\/[^"]+\.js"/);
    else expect(((await res.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('exports with REQUIRE_AUTH_FOR_READS', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ REQUIRE_AUTH_FOR_READS: 'true' });
  });
  afterAll(async () => app.close());

  it('refuses without a token (401) and answers with a reader token', async () => {
    const anonymous = await fetch(`${app.url}/export/graphml?actor=ttp`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const reader = await fetch(`${app.url}/export/graphml?actor=ttp`, { headers: { authorization: `Bearer ${READER_TOKEN}` } });
    expect(reader.status).toBe(200);
    expect(await reader.text()).toContain('<graphml');
  });
});
