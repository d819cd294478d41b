/** `npm run seed`: applies the schema and loads the sample graph (idempotent). */
import { loadConfig } from '../../config.ts';
import { createLogger } from '../../log.ts';
import { LocalNeo4jError } from '../../neo4j-local/errors.ts';
import { loadSampleGraph } from '../../seed/load-sample-graph.ts';
import { startRuntime } from '../../startup.ts';
import { CliError } from '../cli-error.ts';

export async function run(): Promise<number> {
  const config = loadConfig();
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL), { instance: 'main', reuseRunning: true }).catch(
    (err: unknown) => {
      if (err instanceof LocalNeo4jError) throw new CliError(err.code, err.describe());
      throw err;
    },
  );
  try {
    const report = await loadSampleGraph(runtime.gateway);
    process.stdout.write(
      `sample graph loaded into ${runtime.db.uri}: ${report.actors} actors, ${report.articles} articles, ${report.claims} claims, ${report.relationships} relationships\n`,
    );
    return 0;
  } finally {
    await runtime.close();
  }
}
