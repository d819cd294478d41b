/**
 * Neo4j Browser served from the project's own server, at /browser/, under a strict
 * Content-Security-Policy. Browser 5.24 on Community loads analytics (Segment) and a feedback
 * widget (Canny) and web fonts whatever its configuration says, and Neo4j 5.26 refuses
 * `browser.allow_outgoing_connections`; served from here, the page's policy lets it reach only
 * this origin and the local Bolt port, so those calls are never made (the e2e test counts 0).
 *
 * The files come from the `neo4j-browser` jar the local Neo4j distribution already holds
 * (`NEO4J_LOCAL_DIR/dist/<version>/lib`), unpacked once with yauzl into
 * `NEO4J_LOCAL_DIR/browser-static/<jar name>/`. Without the jar (a Neo4j of your own), the
 * route answers a coded JSON error saying so.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import yauzl from 'yauzl';
import type { Config } from '../config.ts';
import { allowOnly } from './errors.ts';
import { browserSetupScript, withSetupScript } from './browser-setup.ts';

/** The newest neo4j-browser jar of the local distributions, or null. */
export function findBrowserJar(localDir: string): string | null {
  const distDir = path.join(localDir, 'dist');
  if (!fs.existsSync(distDir)) return null;
  const jars = fs
    .readdirSync(distDir)
    .flatMap((version) => {
      const lib = path.join(distDir, version, 'lib');
      return fs.existsSync(lib)
        ? fs
            .readdirSync(lib)
            .filter((f) => /^neo4j-browser-.*\.jar$/.test(f))
            .map((f) => path.join(lib, f))
        : [];
    })
    .sort();
  return jars.at(-1) ?? null;
}

/**
 * Unpacks the jar's `browser/` folder into `target` (once: a finished unpack leaves a marker
 * file). Entries are checked to stay inside `target` (no `../` escapes).
 */
export async function unpackBrowser(jar: string, target: string): Promise<string> {
  const marker = path.join(target, '.unpacked');
  if (fs.existsSync(marker)) return target;
  const partial = `${target}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(jar, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      if (!name.startsWith('browser/') || name.endsWith('/')) return zip.readEntry();
      const out = path.join(partial, name.slice('browser/'.length));
      if (!out.startsWith(partial + path.sep)) return reject(new Error(`unsafe path in ${jar}: ${name}`));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        stream
          .pipe(fs.createWriteStream(out))
          .on('finish', () => zip.readEntry())
          .on('error', reject);
      });
    });
    zip.readEntry();
  });
  fs.writeFileSync(path.join(partial, '.unpacked'), path.basename(jar));
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(partial, target);
  return target;
}

/** The Bolt port Browser must reach: NEO4J_URI's, else the local server's. */
function boltPort(config: Config): number {
  if (config.NEO4J_URI) return Number(new URL(config.NEO4J_URI.replace(/^[a-z+]+:/, 'http:')).port || 7687);
  return config.NEO4J_LOCAL_BOLT_PORT;
}

/**
 * Browser's policy: scripts, workers and fonts from this origin only; inline styles (Browser's
 * styled-components need them); data only to this origin and the local Bolt port; no frames.
 */
export function browserCsp(config: Config): string {
  const bolt = boltPort(config);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "manifest-src 'self'",
    `connect-src 'self' ws://127.0.0.1:${bolt} ws://localhost:${bolt}`,
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The commands Browser runs after login: "connect result nodes" off, then the project's guide.
 * The style comes from the setup script (browser-setup.ts), so no `:style` frame is left.
 */
export function browserPostConnect(apiUrl: string): string {
  return `config autoComplete: false; play ${apiUrl}/guide`;
}

/** Routes /browser/* (unpacking the jar on first use). */
export function createNeo4jBrowserRouter(config: Config): Router {
  const router = express.Router();
  const jar = findBrowserJar(config.NEO4J_LOCAL_DIR);
  const csp = browserCsp(config);
  let unpacked: Promise<string> | null = null;
  const headers: RequestHandler = (_req, res, next) => {
    res.set({ 'content-security-policy': csp, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    next();
  };
  router.use('/browser', allowOnly('GET'), headers, async (req, res, next) => {
    // Browser's relative asset paths need the trailing slash.
    const url = new URL(req.originalUrl, 'http://x');
    if (url.pathname === '/browser') return void res.redirect(301, `/browser/${url.search}`);
    if (!jar)
      return void res.status(503).json({
        errors: [
          {
            message:
              'Neo4j Browser is served here only with the local Neo4j (its jar is in NEO4J_LOCAL_DIR); use your server’s own Browser',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
    try {
      unpacked ??= unpackBrowser(jar, path.join(config.NEO4J_LOCAL_DIR, 'browser-static', path.basename(jar, '.jar')));
      const dir = await unpacked;
      if (req.path === '/conflict-graph-setup.js') return void res.type('js').set('cache-control', 'no-cache').send(browserSetupScript());
      if (req.path === '/' || req.path === '/index.html')
        return void res
          .type('html')
          .set('cache-control', 'no-cache')
          .send(withSetupScript(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')));
      express.static(dir, { index: false, dotfiles: 'ignore', maxAge: '1d' })(req, res, next);
    } catch (err) {
      unpacked = null;
      next(err);
    }
  });
  return router;
}
