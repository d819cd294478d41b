/**
 * Child-process entry: the project's own API (`createApp`, as `npm start` builds it) over the
 * Neo4j named by NEO4J_URI / NEO4J_PASSWORD, on 127.0.0.1 and a port the OS picks. Started by
 * bench/child.ts; everything else comes from the environment through `loadConfig`, exactly as
 * in production.
 */
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/log.ts';
import { startRuntime } from '../src/startup.ts';
import { serveChild } from './child.ts';

const config = loadConfig(process.env);
const logger = createLogger(config.LOG_LEVEL);
try {
  const runtime = await startRuntime(config, logger, { seedIfEmpty: false });
  const { app, apollo } = await createApp({ config, gateway: runtime.gateway, logger });
  await serveChild(app, async () => {
    await apollo.stop();
    await runtime.close();
  });
} catch (err) {
  process.send?.({ error: (err as Error).message });
  process.exit(1);
}
