// Builds the explorer (web/) into web/dist with Vite: run by `npm ci` (the `prepare` script),
// by `npm start` when web/dist is missing (`--if-missing`), and by `npm run build:web`.
// Plain JavaScript so it runs before anything else is set up. Skipped with a note when Vite is
// not installed (`npm ci --omit=dev`): such an install serves a web/dist built elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web', 'dist', 'index.html');
if (process.argv.includes('--if-missing') && fs.existsSync(dist)) process.exit(0);
let vite;
try {
  vite = await import('vite');
} catch {
  process.stderr.write('build-web: vite is not installed (production install); the explorer at /explore needs web/dist built elsewhere\n');
  process.exit(0);
}
const started = Date.now();
await vite.build({ configFile: path.join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
process.stdout.write(`build-web: explorer built into web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
