/**
 * Runs every construction pattern over one parsed sentence, token by token: roles first (so
 * what a spokesperson says is lifted to the body they speak for), then verbs, nouns and
 * reported demands.
 */
import type { ClauseContext } from './clause-context.ts';
import { matchNoun } from './nominal.ts';
import { matchReportedDemand } from './reported.ts';
import { matchRoles } from './roles.ts';
import { matchVerb } from './verbal.ts';

/** Finds the relations one sentence states; results go to `ctx.memory.found`. */
export function matchSentence(ctx: ClauseContext): void {
  if (!ctx.g.parsed) return;
  const dbg = process.env.CG_DEBUG && ctx.sentence.text.includes(process.env.CG_DEBUG);
  if (dbg) {
    console.error('#', ctx.sentence.text);
    for (const t of ctx.g.tokens) { const m = ctx.mentionOf.get(t.i); console.error([t.i, t.word, t.lem, t.pos, t.head, t.rel, m ? `[${m.id || '?'}:${m.kind}${m.place ? ':place' : ''}${m.anaphor ? ':ana=' + (m.candidates ?? []).join('/') : ''}]` : ''].join('\t')); }
  }
  const before = ctx.memory.found.length;
  for (const t of ctx.g.tokens) matchRoles(ctx, t);
  for (const t of ctx.g.tokens) {
    matchVerb(ctx, t);
    matchNoun(ctx, t);
    matchReportedDemand(ctx, t);
  }
  if (dbg) console.error(JSON.stringify(ctx.memory.found.slice(before).map((c) => [c.type, c.source, c.target, c.rule])));
}
