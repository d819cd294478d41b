/**
 * What Neo4j Browser needs from the project before it starts, as one same-origin script
 * (`/browser/conflict-graph-setup.js`, allowed by Browser's CSP; no inline script): the
 * project's style (browser/style.grass) written into Browser's own storage, so no `:style`
 * frame with a block of CSS opens the stream after login. Browser keeps its state in
 * localStorage under `neo4j.<key>` as JSON; `neo4j.grass` holds the parsed style, which is
 * written again only when the project's style file changes (a user's own edits stay until then).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BROWSER_DIR } from './guide.ts';

export type Grass = Record<string, Record<string, string>>;

/**
 * Parses a .grass file into Browser's object form: `selector { key: value; … }` blocks,
 * whitespace out of selectors, quotes dropped from values (as Browser's own parser does).
 * Hand-written: Browser's parser is not a package, and the format is these few rules.
 */
export function parseGrass(text: string): Grass {
  const grass: Grass = {};
  for (const m of text.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const selector = m[1]!.replace(/\s+/g, '');
    const props: Record<string, string> = {};
    for (const decl of m[2]!.split(';')) {
      const parts = decl.split(':');
      if (parts.length !== 2) continue;
      props[parts[0]!.trim()] = parts[1]!.trim().replace(/["']/g, '');
    }
    if (selector) grass[selector] = props;
  }
  return grass;
}

/** The setup script's text for the style file now on disk. */
export function browserSetupScript(styleFile = path.join(BROWSER_DIR, 'style.grass')): string {
  const text = fs.readFileSync(styleFile, 'utf8');
  const version = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const grass = JSON.stringify(JSON.stringify(parseGrass(text)));
  return `// conflict-graph: the project's style for Neo4j Browser (see src/http/browser-setup.ts).
(function () {
  try {
    if (localStorage.getItem('conflict-graph.style') !== '${version}') {
      localStorage.setItem('neo4j.grass', ${grass});
      localStorage.setItem('conflict-graph.style', '${version}');
    }
  } catch (e) { /* storage off: Browser keeps its default style */ }
})();
`;
}

/** Browser's index.html with the setup script loaded before Browser's own scripts. */
export function withSetupScript(indexHtml: string): string {
  return indexHtml.replace('<script ', '<script src="conflict-graph-setup.js"></script><script ');
}
