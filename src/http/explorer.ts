/**
 * The explorer page at GET /explore: the files Vite built from web/ (into web/dist, git-ignored;
 * `npm ci` builds them through the `prepare` script, `npm start` when they are missing). Every
 * response carries a strict Content-Security-Policy: scripts, styles, fonts and data only from
 * this origin, no frames, no inline script — so the page cannot call an outside host even if a
 * dependency tried. A missing build is a coded JSON error saying how to build it.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { PROJECT_ROOT } from '../config.ts';
import { allowOnly } from './errors.ts';

export const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

/** The explorer's policy: same origin only; `blob:`/`data:` images for PNG/SVG export and Cytoscape's canvas. */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'content-security-policy': EXPLORER_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  });
  next();
};

/** Routes /explore (the page) and /explore/assets/* (hashed bundles, cached for a year). */
export function createExplorerRouter(distDir = WEB_DIST): Router {
  const router = express.Router();
  router.all(['/explore', '/explore/'], allowOnly('GET'), securityHeaders, (_req, res) => {
    const index = path.join(distDir, 'index.html');
    if (!fs.existsSync(index)) {
      return void res.status(503).json({
        errors: [
          { message: 'the explorer is not built; run `npm run build:web` (npm ci does it)', extensions: { code: 'SERVICE_UNAVAILABLE' } },
        ],
      });
    }
    res.set('cache-control', 'no-cache').type('html').sendFile(index);
  });
  router.use('/explore', securityHeaders, express.static(distDir, { index: false, immutable: true, maxAge: '365d', fallthrough: true }));
  return router;
}
