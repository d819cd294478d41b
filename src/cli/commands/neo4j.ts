/**
 * `npm run neo4j -- fetch` downloads the local Neo4j's jars (what `npm start` does on first run);
 * `npm run neo4j -- start` runs the local Neo4j alone, in the foreground, until Ctrl-C.
 */
import { loadConfig } from '../../config.ts';
import { ensureDistribution } from '../../neo4j-local/distribution.ts';
import { LocalNeo4jError } from '../../neo4j-local/errors.ts';
import { resolveDatabase } from '../../graph/resolve-database.ts';
import { createLogger } from '../../log.ts';
import { CliError } from '../cli-error.ts';
import { createProgress } from '../../progress.ts';

export async function run(args: string[]): Promise<number> {
  const [action] = args;
  const config = loadConfig();
  try {
    if (action === 'fetch') {
      const progress = createProgress('Neo4j jars', 0, 'files');
      const dist = await ensureDistribution(config.NEO4J_LOCAL_DIR, (n) => progress.update(n));
      progress.stop();
      process.stdout.write(`Neo4j ${dist.version} jars ready in ${dist.libDir}\n`);
      return 0;
    }
    if (action === 'start') {
      const db = await resolveDatabase(config, createLogger(config.LOG_LEVEL));
      process.stdout.write(`Neo4j at ${db.uri} (Browser ${db.browserUrl ?? 'n/a'}); Ctrl-C stops it.\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await db.stop();
      return 0;
    }
  } catch (err) {
    if (err instanceof LocalNeo4jError) throw new CliError(err.code, err.describe().replace(/^Local Neo4j \[\w+\]: /, ''));
    throw err;
  }
  throw new CliError('USAGE', 'usage: npm run neo4j -- fetch|start', 2);
}
