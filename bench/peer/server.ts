/**
 * Child-process entry: the peer, @neo4j/graphql 7 served by the same stack as our API (Apollo
 * Server 5 on Express 5, 127.0.0.1, a port the OS picks), over the Neo4j named by NEO4J_URI /
 * NEO4J_USERNAME / NEO4J_PASSWORD. Started by bench/child.ts; the comparison is then about the
 * GraphQL-to-Cypher layer, not the web server.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { serveChild } from '../child.ts';
import { PEER_TYPE_DEFS } from './type-defs.ts';

const { NEO4J_URI, NEO4J_USERNAME = 'neo4j', NEO4J_PASSWORD } = process.env;
try {
  if (!NEO4J_URI || !NEO4J_PASSWORD) throw new Error('NEO4J_URI and NEO4J_PASSWORD are required');
  // The same pool settings as the project's openDriver, so neither side has a bigger pool.
  const driver = neo4j.driver(NEO4J_URI, neo4j.auth.basic(NEO4J_USERNAME, NEO4J_PASSWORD), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
  });
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginLandingPageDisabled()] });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use('/graphql', express.json({ limit: '6mb' }), expressMiddleware(apollo, { context: async ({ req }) => ({ req }) }));
  await serveChild(app, async () => {
    await apollo.stop();
    await driver.close();
  });
} catch (err) {
  process.send?.({ error: (err as Error).message });
  process.exit(1);
}
