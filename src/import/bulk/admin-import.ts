/**
 * Bulk path, the importer: `neo4j-admin database import full` over the files of
 * write-bulk-files.ts, into a stopped local instance whose database is new (the tool refuses to
 * write into a store that holds data unless told to overwrite it, and we only ever let it
 * overwrite an empty one). Invoked like the launcher invokes neo4j-admin to set the password:
 * the distribution's jars, NEO4J_HOME and NEO4J_CONF of the instance.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { BULK_FILES } from './write-bulk-files.ts';

export interface AdminImportOptions {
  java: string;
  libDir: string;
  homeDir: string;
  confDir: string;
  filesDir: string;
  database?: string;
  heap?: string;
}

/** Runs the importer; resolves with its duration and output, rejects with its last lines. */
export async function runAdminImport(o: AdminImportOptions): Promise<{ seconds: number; output: string }> {
  const started = performance.now();
  const args = [
    `-Xmx${o.heap ?? '1g'}`,
    '-cp',
    `${o.libDir}/*`,
    'org.neo4j.server.startup.Neo4jAdminCommand',
    'database',
    'import',
    'full',
    ...BULK_FILES.nodes.map((f) => `--nodes=${path.join(o.filesDir, f)}`),
    ...BULK_FILES.relationships.map((f) => `--relationships=${path.join(o.filesDir, f)}`),
    '--array-delimiter=;',
    '--skip-duplicate-nodes=true',
    '--overwrite-destination=true',
    `--report-file=${path.join(o.filesDir, 'import.report')}`, // not in the working directory
    o.database ?? 'neo4j',
  ];
  const child = spawn(o.java, args, {
    env: { ...process.env, NEO4J_HOME: o.homeDir, NEO4J_CONF: o.confDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}):\n${output.trim().split('\n').slice(-15).join('\n')}`);
  return { seconds: (performance.now() - started) / 1000, output };
}
