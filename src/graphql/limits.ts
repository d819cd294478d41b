/**
 * The bounds every operation is checked against before any Cypher runs. Two well-kept
 * libraries do the walking; this module only configures them and shapes their refusals:
 *
 * - GraphQL Armor's rules (fragments memoized, so a fragment bomb is measured in linear time):
 *   depth (MAX_QUERY_DEPTH), aliases (MAX_QUERY_ALIASES), directives (MAX_QUERY_DIRECTIVES)
 *   and a structural cost (MAX_QUERY_COST, literal `first` only). They report on entering the
 *   operation, and validation stops at its first error (`maxErrors: 1`), so a hostile document
 *   is refused before graphql-js's ~30 other rules walk it. Armor also masks "Did you mean …"
 *   field suggestions.
 * - graphql-js's parser: at most MAX_QUERY_TOKENS tokens (`parseOptions`).
 * - graphql-query-complexity, once the operation is known, with the request's variables: the
 *   priced cost of `cost-model.ts` at most MAX_QUERY_COST, and at most MAX_QUERY_NODES field
 *   nodes expanded (its own guard against fragment bombs).
 * Each refusal is BAD_USER_INPUT (HTTP 400) with `extensions.limit` naming the bound.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { Config } from '../config.ts';
import { badInput } from '../errors.ts';
import { estimateCost } from './cost-model.ts';

/** Field nodes graphql-query-complexity expands at most (fragments spread included). */
export const MAX_QUERY_NODES = 10_000;

export type LimitConfig = Pick<
  Config,
  'MAX_QUERY_DEPTH' | 'MAX_QUERY_COST' | 'MAX_QUERY_ALIASES' | 'MAX_QUERY_DIRECTIVES' | 'MAX_QUERY_TOKENS'
>;

const tooComplex = (limit: string, message: string, details: Record<string, unknown> = {}) =>
  badInput(message, { limit, ...details, http: { status: 400 } });

const PHRASES: Record<string, string> = {
  depth: 'query is too deep',
  aliases: 'query has too many aliases',
  directives: 'query has too many directives',
  cost: 'query is too expensive',
};

/** Armor reports through this hook; the error becomes ours, naming the bound. */
const reportAs = (limit: string) => (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(tooComplex(limit, `${PHRASES[limit]}: ${error.message.replace(/^Syntax Error: /, '')}`));
};

/** Armor's validation rules and its field-suggestion mask. */
function armor(config: LimitConfig) {
  const reject = (limit: string) => ({ propagateOnRejection: false, onReject: [reportAs(limit)], exposeLimits: true });
  return new ApolloArmor({
    maxDepth: { n: config.MAX_QUERY_DEPTH, ignoreIntrospection: true, ...reject('depth') },
    maxAliases: { n: config.MAX_QUERY_ALIASES, ...reject('aliases') },
    maxDirectives: { n: config.MAX_QUERY_DIRECTIVES, ...reject('directives') },
    costLimit: {
      maxCost: config.MAX_QUERY_COST,
      objectCost: 1,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      ignoreIntrospection: true,
      ...reject('cost'),
    },
    // graphql-js's parser enforces the token bound (parseOptions below) with a plain syntax error.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Prices the resolved operation with its variables; throws when it is over the bound. */
function costPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: [estimateCost],
              maxQueryNodes: MAX_QUERY_NODES,
            });
          } catch (err) {
            const message = (err as Error).message;
            if (/maximum allowed number of nodes/i.test(message))
              throw tooComplex('nodes', `query is too large: more than ${MAX_QUERY_NODES} fields once fragments are expanded`, {
                maxNodes: MAX_QUERY_NODES,
              });
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT.
            return;
          }
          if (cost > maxCost)
            throw tooComplex(
              'cost',
              `query is too expensive: cost ${cost}, at most ${maxCost} (ask for smaller pages, fewer hops or fewer aliases)`,
              { cost, maxCost },
            );
        },
      };
    },
  };
}

/** Everything Apollo needs to enforce the bounds. */
export function createLimits(config: LimitConfig) {
  const { plugins, validationRules } = armor(config);
  return {
    validationRules,
    validationOptions: { maxErrors: 1 },
    // biome-ignore lint/suspicious/noExplicitAny: Armor's plugins are typed for any context; ours has its own
    plugins: [...plugins, costPlugin(config.MAX_QUERY_COST)] as ApolloServerPlugin<any>[],
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
  };
}
