/**
 * The Express app, built by a function so tests can bind it to port 0 and share nothing:
 *   GET  /healthz   liveness (the process answers)
 *   GET  /readyz    readiness (Neo4j answers): 200 or 503
 *   GET  /graphql   the offline GraphiQL IDE for browsers
 *   POST /graphql   the GraphQL API (Apollo Server 5)
 *   GET  /guide     the Neo4j Browser guide (CORS-enabled so Browser can :play it)
 *   GET  /export/{graphml,gexf,csv}  a view or neighbourhood as a file (src/http/export/)
 *   GET  /explore   the explorer page (web/, built by Vite) under a strict CSP
 *   GET  /browser/  Neo4j Browser's files from the local jar, under a strict CSP
 */
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type Express } from 'express';
import type { Config } from '../config.ts';
import { createRepositories } from '../graph/repositories/index.ts';
import type { Gateway } from '../graph/gateway.ts';
import type { Logger } from '../log.ts';
import type { RequestContext } from '../graphql/context.ts';
import { createApolloServer } from '../graphql/server.ts';
import { authenticate, requireReader } from '../auth/tokens.ts';
import { allowOnly, createErrorHandler, notFoundHandler, sendError } from './errors.ts';
import { createGraphiqlRouter } from './graphiql.ts';
import { createGuideRouter } from './guide.ts';
import { createExportRouter } from './export/router.ts';
import { createExplorerRouter } from './explorer.ts';
import { createNeo4jBrowserRouter } from './neo4j-browser.ts';

export interface AppDeps {
  config: Config;
  gateway: Gateway;
  logger: Logger;
}

export interface App {
  app: Express;
  apollo: ApolloServer<RequestContext>;
}

/** Builds the app and starts its Apollo Server (call `apollo.stop()` when done). */
export async function createApp({ config, gateway, logger }: AppDeps): Promise<App> {
  const apollo = createApolloServer(config, logger);
  await apollo.start();
  const isReader = (header: string | undefined) => {
    try {
      return authenticate(header, config.API_TOKENS).role !== null;
    } catch {
      return false;
    }
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  app.all('/healthz', allowOnly('GET'), (_req, res) => {
    res.json({ ok: true });
  });
  app.all('/readyz', allowOnly('GET'), async (req, res) => {
    const report = await createRepositories(gateway).health.check();
    // With REQUIRE_AUTH_FOR_READS, which server runs is for token holders only.
    const open = !config.REQUIRE_AUTH_FOR_READS || isReader(req.headers.authorization);
    res.status(report.ok ? 200 : 503).json(open ? report : { ok: report.ok });
  });
  app.all(['/guide', '/guide/style.grass'], allowOnly('GET'));
  app.use(createGuideRouter(config));
  app.use(createGraphiqlRouter());
  app.use(createExportRouter(config, gateway));
  app.use(createExplorerRouter());
  app.use(createNeo4jBrowserRouter(config));
  app.all(
    '/graphql',
    allowOnly('GET', 'POST'),
    express.json({ limit: '6mb' }),
    (req, res, next) => {
      // express.json leaves other media types unread; Apollo would answer them in plain text.
      if (req.method === 'POST' && req.body === undefined) return void sendError(res, 415);
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const principal = authenticate(req.headers.authorization, config.API_TOKENS);
        requireReader(principal, config.REQUIRE_AUTH_FOR_READS);
        return { principal, repos: createRepositories(gateway, principal.name, config.QUERY_TIMEOUT_MS), notices: [] };
      },
    }),
  );
  app.use(notFoundHandler);
  app.use(createErrorHandler(logger));
  return { app, apollo };
}
