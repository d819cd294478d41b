/**
 * Loads the synthetic graph through the project's own batched write path (writeActors, then per
 * batch writeArticles + writeClaims + projectRelationships in one transaction), timing each
 * phase, with a progress line. Counts are then read back from Neo4j's count store, so the report
 * gives what the database holds, not what the generator intended.
 */
import type { Gateway, Tx } from '../src/graph/gateway.ts';
import { projectRelationships, writeActors, writeArticles, writeClaims } from '../src/graph/writes/write-graph.ts';
import { RELATION_TYPES } from '../src/model/vocabulary.ts';
import { createProgress } from '../src/progress.ts';
import { actorBatches, claimBatches, type GeneratorOptions } from './generate.ts';

export interface LoadReport {
  actors: number;
  relationships: number;
  claims: number;
  articles: number;
  transactions: number;
  actorSeconds: number;
  claimSeconds: number;
  totalSeconds: number;
  /** Over the whole load (actors included): the conservative rate. */
  relationshipsPerSecond: number;
  claimsPerSecond: number;
  /** Over the claim phase only (where relationships and claims are written). */
  relationshipsPerSecondClaimPhase: number;
  claimsPerSecondClaimPhase: number;
  actorsPerSecond: number;
  /** True when the time budget stopped the load before the end. */
  partial: boolean;
  /** Where the claim phase's time went (seconds): statements by kind, commits, generating rows. */
  breakdown: { articles: number; claims: number; projection: number; commit: number; generate: number };
}

/** Wraps a transaction so each statement's time is added to `into[kind]`. */
function timedTx(tx: Tx, kind: 'articles' | 'claims' | 'projection', into: LoadReport['breakdown']): Tx {
  return {
    async run(cypher, params) {
      const t = performance.now();
      try {
        return await tx.run(cypher, params);
      } finally {
        into[kind] += (performance.now() - t) / 1000;
      }
    },
  };
}

/** Reads node and relationship counts (count store lookups: constant time). */
export async function countGraph(gateway: Gateway): Promise<{ actors: number; relationships: number; claims: number; articles: number }> {
  const count = async (cypher: string) => Number((await gateway.read(cypher))[0]?.n ?? 0);
  let relationships = 0;
  for (const type of RELATION_TYPES) relationships += await count(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
  return {
    actors: await count('MATCH (a:Actor) RETURN count(a) AS n'),
    relationships,
    claims: await count('MATCH (c:Claim) RETURN count(c) AS n'),
    articles: await count('MATCH (a:Article) RETURN count(a) AS n'),
  };
}

/** Loads the graph; stops early (partial) when `budgetSeconds` runs out or `shouldStop()` says so. */
export async function loadGraph(
  gateway: Gateway,
  options: GeneratorOptions,
  budgetSeconds = Infinity,
  shouldStop: () => boolean = () => false,
): Promise<LoadReport> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let transactions = 0;
  let partial = false;

  const actorBar = createProgress(`Loading ${options.actors.toLocaleString('en')} actors`, options.actors, 'actors');
  let actorsDone = 0;
  for (const rows of actorBatches(options)) {
    await gateway.writeTx((tx) => writeActors(tx, rows));
    transactions++;
    actorBar.update((actorsDone += rows.length));
  }
  actorBar.stop();
  const actorSeconds = elapsed();

  const counters = { relationships: 0, claims: 0, articles: 0, sources: 0 };
  const breakdown = { articles: 0, claims: 0, projection: 0, commit: 0, generate: 0 };
  const claimBar = createProgress('Loading claims + relationships (by source actor)', options.actors, 'actors');
  const batches = claimBatches(options, counters);
  for (;;) {
    const g = performance.now();
    const { value: batch, done } = batches.next();
    breakdown.generate += (performance.now() - g) / 1000;
    if (done) break;
    const t = performance.now();
    const before = breakdown.articles + breakdown.claims + breakdown.projection;
    await gateway.writeTx(async (tx) => {
      await writeArticles(timedTx(tx, 'articles', breakdown), batch.articles);
      const keys = await writeClaims(timedTx(tx, 'claims', breakdown), batch.claims);
      await projectRelationships(timedTx(tx, 'projection', breakdown), keys);
    });
    breakdown.commit += (performance.now() - t) / 1000 - (breakdown.articles + breakdown.claims + breakdown.projection - before);
    transactions++;
    claimBar.update(counters.sources);
    if (elapsed() > budgetSeconds || shouldStop()) {
      partial = true;
      break;
    }
  }
  claimBar.stop();
  const totalSeconds = elapsed();
  const claimSeconds = totalSeconds - actorSeconds;
  const counts = await countGraph(gateway);
  return {
    ...counts,
    transactions,
    actorSeconds,
    claimSeconds,
    totalSeconds,
    actorsPerSecond: counts.actors / actorSeconds,
    relationshipsPerSecond: counts.relationships / totalSeconds,
    claimsPerSecond: counts.claims / totalSeconds,
    relationshipsPerSecondClaimPhase: counts.relationships / claimSeconds,
    claimsPerSecondClaimPhase: counts.claims / claimSeconds,
    partial,
    breakdown,
  };
}
