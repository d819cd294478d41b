/**
 * The Apollo Server: schema from `schema.graphql` (read once), resolvers from
 * `src/graphql/resolvers`, depth and cost limits, masked errors, editor-only mutations, and no
 * CDN-loaded landing page (the offline GraphiQL is served by the HTTP layer instead).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchemaFrom } from './make-schema.ts';
import { PROJECT_ROOT, type Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { requireEditor } from '../auth/tokens.ts';
import { badInput } from '../errors.ts';
import type { RequestContext } from './context.ts';
import { createFormatError } from './format-error.ts';
import { createLimits } from './limits.ts';

export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'schema.graphql');

/**
 * Mutations need the editor role: checked once per operation, before any resolver runs.
 * Subscriptions do not exist here: refused as the client's error rather than failing inside.
 */
const editorsOnlyMutations: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'subscription')
          throw badInput('subscriptions are not supported; use queries', { http: { status: 400 } });
        if (operation?.operation === 'mutation') requireEditor(contextValue.principal);
      },
    };
  },
};

/** Bounds a request hit travel back as `extensions.notices`, so nothing is cut short silently. */
const notices: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single' && contextValue.notices?.length) {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, notices: contextValue.notices };
        }
      },
    };
  },
};

/** Builds (but does not start) the Apollo Server. */
export function createApolloServer(config: Config, logger: Logger): ApolloServer<RequestContext> {
  const schema = makeExecutableSchemaFrom(fs.readFileSync(SCHEMA_PATH, 'utf8'));
  const limits = createLimits(config);
  return new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    // main.ts owns SIGINT/SIGTERM: it drains HTTP, stops Apollo, closes the driver, then stops Neo4j.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    validationRules: limits.validationRules,
    validationOptions: limits.validationOptions,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries are off: a hash is answered PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), editorsOnlyMutations, ...limits.plugins, notices],
  });
}
