/**
 * Editors' writes. Each public function is one transaction and safe to repeat: actors and
 * claims are MERGEd on stable ids, retraction and review keep their first record, a merge
 * that already happened answers from its MergeRecord. Inputs are validated before any write.
 */
import { badInput, notFound } from '../../errors.ts';
import { stableId, toClaimRow, type ReviewState } from '../../model/claim.ts';
import type { Actor, Relationship } from '../../model/types.ts';
import { optionalDate, optionalText, optionalUrl, requireConfidence, requireSlug, requireText, slugify } from '../../model/validate.ts';
import { SYMMETRIC_TYPES, type ActorKind, type ClaimStatus, type RelationType } from '../../model/vocabulary.ts';
import { query } from '../cypher.ts';
import type { Gateway, Tx } from '../gateway.ts';
import { toActor, toRelationship } from '../mappers.ts';
import { projectRelationships, writeActors, writeArticles, writeClaims } from '../writes/write-graph.ts';

export interface ActorInput {
  id?: string | null;
  name: string;
  kind: ActorKind;
  aliases?: string[] | null;
  description?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface AssertInput {
  type: RelationType;
  source: string;
  target: string;
  articleId?: string | null;
  citation?: { title: string; publisher?: string | null; url?: string | null; publishedAt?: string | null } | null;
  summary: string;
  sentence?: string | null;
  date?: string | null;
  status?: ClaimStatus | null;
  confidence?: number | null;
}

async function requireActors(tx: Tx, ids: string[]): Promise<Map<string, Actor>> {
  const rows = await tx.run(query('actors-by-ids'), { ids });
  const found = new Map(rows.map((r) => [String((r.actor as { id: string }).id), toActor(r.actor)]));
  for (const id of ids) if (!found.has(id)) throw notFound('actor', id);
  return found;
}

async function relationshipByKey(tx: Tx, key: { type: string; sourceId: string; targetId: string }): Promise<Relationship | null> {
  const [row] = await tx.run(query('relationship-by-key'), key);
  return row ? toRelationship(row.relationship) : null;
}

async function claimState(tx: Tx, id: string) {
  const [row] = await tx.run(query('claims-state'), { ids: [id] });
  if (!row) throw notFound('claim', id);
  return {
    type: row.type as RelationType,
    sourceId: String(row.sourceId),
    targetId: String(row.targetId),
    retracted: row.retracted === true,
  };
}

export function createCurationRepository(gateway: Gateway, by: string | null) {
  return {
    async upsertActor(input: ActorInput): Promise<Actor> {
      const name = requireText('name', input.name, 200);
      const id = requireSlug('id', input.id ?? slugify(name));
      const aliases = (input.aliases ?? []).map((a) => requireText('aliases', a, 200));
      if (aliases.length > 100) throw badInput('at most 100 aliases at once');
      const row = {
        id,
        name,
        kind: input.kind,
        aliases,
        description: optionalText('description', input.description, 2000),
        validFrom: optionalDate('validFrom', input.validFrom),
        validTo: optionalDate('validTo', input.validTo),
      };
      return gateway.writeTx(async (tx) => {
        await writeActors(tx, [row]);
        return (await requireActors(tx, [id])).get(id)!;
      });
    },

    async addAlias(actorId: string, alias: string): Promise<Actor> {
      const text = requireText('alias', alias, 200);
      return gateway.writeTx(async (tx) => {
        const [row] = await tx.run(query('add-alias'), { actorId, alias: text });
        if (!row) throw notFound('actor', actorId);
        return toActor(row.actor);
      });
    },

    async mergeActors(keep: string, merge: string) {
      if (keep === merge) throw badInput('keep and merge must be different actors');
      return gateway.writeTx(async (tx) => {
        const [earlier] = await tx.run(query('merge-record'), { merge });
        if (earlier) {
          if (earlier.keep !== keep) throw badInput(`${merge} was already merged into ${String(earlier.keep)}`);
          const actor = (await requireActors(tx, [keep])).get(keep)!;
          return { actor, mergedId: merge, movedClaims: Number(earlier.movedClaims), aliasesAdded: Number(earlier.aliasesAdded) };
        }
        await requireActors(tx, [keep, merge]);
        const [moved] = await tx.run(query('merge-move-claims'), { keep, merge, symmetric: [...SYMMETRIC_TYPES] });
        const keys = ((moved?.keys as string[][] | undefined) ?? []).map(([type, sourceId, targetId]) => ({
          type: type as RelationType,
          sourceId: sourceId!,
          targetId: targetId!,
        }));
        await projectRelationships(tx, keys);
        const movedClaims = Number(moved?.moved ?? 0);
        const [done] = await tx.run(query('merge-finish'), { keep, merge, by, moved: movedClaims });
        return { actor: toActor(done!.actor), mergedId: merge, movedClaims, aliasesAdded: Number(done!.aliasesAdded) };
      });
    },

    async assertRelationship(input: AssertInput) {
      if (input.source === input.target) throw badInput('source and target must be different actors');
      if (!input.articleId === !input.citation) throw badInput('give exactly one of articleId or citation');
      const summary = requireText('summary', input.summary, 1000);
      const date = optionalDate('date', input.date);
      const confidence = requireConfidence(input.confidence ?? 0.8);
      const citation = input.citation
        ? {
            title: requireText('citation.title', input.citation.title, 500),
            publisher: optionalText('citation.publisher', input.citation.publisher, 200),
            url: optionalUrl('citation.url', input.citation.url),
            publishedAt: optionalDate('citation.publishedAt', input.citation.publishedAt),
          }
        : null;
      return gateway.writeTx(async (tx) => {
        await requireActors(tx, [input.source, input.target]);
        let articleId = input.articleId ?? null;
        if (citation) {
          articleId = stableId('article', [citation.title, citation.url]);
          await writeArticles(tx, [{ id: articleId, ...citation }]);
        } else {
          const [found] = await tx.run(query('articles-by-ids'), { ids: [articleId] });
          if (!found) throw notFound('article', articleId!);
        }
        const row = toClaimRow({
          type: input.type,
          sourceId: input.source,
          targetId: input.target,
          articleId: articleId!,
          summary,
          sentence: optionalText('sentence', input.sentence, 2000),
          date,
          status: input.status ?? 'stated',
          confidence,
          origin: 'curated',
        });
        const [existing] = await tx.run(query('claims-state'), { ids: [row.id] });
        if (existing?.retracted) await tx.run(query('revive-claim'), { id: row.id, by });
        await projectRelationships(tx, await writeClaims(tx, [row]));
        return { claimId: row.id, relationship: (await relationshipByKey(tx, row))!, created: !existing };
      });
    },

    async retractClaim(id: string, reason: string) {
      const why = requireText('reason', reason, 1000);
      return gateway.writeTx(async (tx) => {
        const state = await claimState(tx, id);
        await tx.run(query('retract-claim'), { id, reason: why, by });
        const removed = await projectRelationships(tx, [state]);
        return { claimId: id, relationshipRemoved: removed.length > 0, relationship: await relationshipByKey(tx, state) };
      });
    },

    async reviewClaim(id: string, verdict: ReviewState) {
      return gateway.writeTx(async (tx) => {
        const state = await claimState(tx, id);
        await tx.run(query('review-claim'), { id, verdict, by });
        await projectRelationships(tx, [state]);
        return id;
      });
    },
  };
}
