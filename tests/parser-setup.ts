/**
 * Starts ONE real CoreNLP parser process for the whole `nlp` test project (loading the models
 * costs seconds and ~1 GB, far too much per file) and hands its port and token to the tests by
 * `provide`; test files connect with `testParser()` from tests/helpers/parser.ts. The jars are
 * fetched into PARSER_LOCAL_DIR on a fresh machine (CI runs `parser fetch` beforehand).
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.ts';
import { startParser } from '../src/parser-local/process.ts';

export default async function setup(project: TestProject) {
  const config = loadConfig();
  const started = Date.now();
  const parser = await startParser({ localDir: config.PARSER_LOCAL_DIR, heap: config.PARSER_HEAP, threads: config.PARSER_THREADS });
  project.provide('parser', { port: parser.port, token: parser.token });
  process.stderr.write(`[tests] CoreNLP parser ready on 127.0.0.1:${parser.port} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return async () => {
    await parser.stop();
  };
}
