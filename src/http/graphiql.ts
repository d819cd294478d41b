/**
 * An offline GraphQL IDE at GET /graphql for browsers: GraphiQL 3 and React 18 served from
 * node_modules (their UMD builds), so nothing is fetched from a CDN. The page opens with
 * example operations for the main queries. POST /graphql (and GET with ?query=) go to Apollo.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import { EXAMPLE_OPERATIONS } from './example-operations.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const ASSETS: Record<string, string> = {
  'react.js': path.join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.js': path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

function page(): string {
  const defaultQuery = JSON.stringify(EXAMPLE_OPERATIONS).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>conflict-graph · GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/graphiql-assets/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style></head>
<body><div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql-assets/react.js"></script>
<script src="/graphiql-assets/react-dom.js"></script>
<script src="/graphiql-assets/graphiql.js"></script>
<script>
  const token = localStorage.getItem('conflict-graph-token');
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${defaultQuery},
      defaultHeaders: token ? JSON.stringify({ Authorization: 'Bearer ' + token }) : undefined,
      defaultEditorToolsVisibility: 'variables',
    }),
  );
</script></body></html>`;
}

/** Routes: the IDE page for browsers at GET /graphql, and its assets. */
export function createGraphiqlRouter(): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/graphiql-assets/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  const html = page();
  router.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const wantsPage = req.accepts(['html', 'json']) === 'html' && req.query.query === undefined;
    if (!wantsPage) return next();
    res.type('html').send(html);
  });
  return router;
}
