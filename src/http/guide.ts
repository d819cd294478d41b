/**
 * Serves the Neo4j Browser guide (`browser/guide.html`) and style (`browser/style.grass`) with
 * CORS, so Browser's `:play http://127.0.0.1:4000/guide` and `:style http://…/style.grass` load them.
 * The guide's links name the API's default address; they are rewritten to where it really listens.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { PROJECT_ROOT, type Config } from '../config.ts';

export const BROWSER_DIR = path.join(PROJECT_ROOT, 'browser');

export function createGuideRouter(config: Config): Router {
  const origin = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  const router = express.Router();
  const files: Record<string, [string, string]> = {
    '/guide': ['guide.html', 'text/html; charset=utf-8'],
    '/guide/style.grass': ['style.grass', 'text/plain; charset=utf-8'],
  };
  for (const [route, [file, type]] of Object.entries(files)) {
    router.get(route, (_req, res) => {
      const full = path.join(BROWSER_DIR, file);
      if (!fs.existsSync(full)) return void res.status(404).json({ error: `${file} is missing` });
      res
        .set('Access-Control-Allow-Origin', '*')
        .type(type)
        .send(fs.readFileSync(full, 'utf8').replaceAll('http://127.0.0.1:4000', origin));
    });
  }
  return router;
}
