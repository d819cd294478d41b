/**
 * Runs every construction pattern over one parsed sentence, token by token: roles first (so
 * what a spokesperson says is lifted to the body they speak for), then verbs, nouns and
 * reported demands.
 */
import { matchAim } from './aim.ts';
import { matchBareBlame, matchBareClaim, matchSelfDetonation, matchSuspicionFallen, noteBlast } from './claims.ts';
import { matchDeclaredTarget } from './declared-targets.ts';
import { matchDeniedAttack } from './denials.ts';
import type { ClauseContext } from './clause-context.ts';
import { matchCustody, matchTakenCaptive } from './custody.ts';
import { matchNoun } from './nominal.ts';
import { matchBackedAct, matchProtection } from './protection.ts';
import { matchPledgedAttack } from './pledges.ts';
import { matchProtest } from './protest.ts';
import { matchRefusal, matchRefusedDemand, matchRefusedOffer } from './refusal.ts';
import { matchResponse } from './responses.ts';
import { matchReportedCulpability, matchReportedDemand, matchReportedThreat } from './reported.ts';
import { matchHelpSought, matchRequest, matchUltimatum } from './request.ts';
import { matchRoles } from './roles.ts';
import { noteSpeaker } from './statements.ts';
import { matchSupporterNoun } from './supporters.ts';
import { matchVerb } from './verbal.ts';

/** Finds the relations one sentence states; results go to `ctx.memory.found`. */
export function matchSentence(ctx: ClauseContext): void {
  if (!ctx.g.parsed) return;
  for (const t of ctx.g.tokens) matchRoles(ctx, t);
  for (const t of ctx.g.tokens) {
    noteSpeaker(ctx, t);
    matchVerb(ctx, t);
    matchRefusal(ctx, t);
    matchRefusedDemand(ctx, t);
    matchRefusedOffer(ctx, t);
    matchNoun(ctx, t);
    matchBareClaim(ctx, t);
    matchBareBlame(ctx, t);
    noteBlast(ctx, t);
    matchSelfDetonation(ctx, t);
    matchSuspicionFallen(ctx, t);
    matchDeniedAttack(ctx, t);
    matchResponse(ctx, t);
    matchDeclaredTarget(ctx, t);
    matchReportedDemand(ctx, t);
    matchReportedThreat(ctx, t);
    matchPledgedAttack(ctx, t);
    matchReportedCulpability(ctx, t);
    matchCustody(ctx, t);
    matchTakenCaptive(ctx, t);
    matchRequest(ctx, t);
    matchUltimatum(ctx, t);
    matchHelpSought(ctx, t);
    matchProtest(ctx, t);
    matchProtection(ctx, t);
    matchBackedAct(ctx, t);
    matchSupporterNoun(ctx, t);
    matchAim(ctx, t);
  }
}
