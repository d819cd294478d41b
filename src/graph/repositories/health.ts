/** Whether the database answers, and which server and database it is. */
import { readServerInfo } from '../bootstrap.ts';
import type { Gateway } from '../gateway.ts';

export interface HealthReport {
  ok: boolean;
  neo4jVersion: string | null;
  database: string | null;
}

export function createHealthRepository(gateway: Gateway) {
  return {
    /** Never throws: an unreachable database is `ok: false`. */
    async check(): Promise<HealthReport> {
      try {
        const info = await readServerInfo(gateway);
        return { ok: true, neo4jVersion: info.version, database: info.database };
      } catch {
        return { ok: false, neo4jVersion: null, database: null };
      }
    },
  };
}
