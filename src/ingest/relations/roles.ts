/**
 * LEADS, MEMBER_OF and SPOKESPERSON_FOR from role phrases around a person's name:
 *   "ORG's spokesperson, P" · "ORG chief P" · "a ORG commander, P" · "its acting interior minister, P"
 *   "the head of ORG, P" · "P, the emir of ORG" · "P, the ORG's corps commander" · "P as the new ORG chief"
 *   bare titles "Interior Minister P" → the government P is known to serve, else the government
 *   named earlier in the sentence.
 * The role's head word decides the type: spokes* → SPOKESPERSON_FOR; chief/head/leader/emir/
 * prime minister → LEADS; minister/commander/member/deputy → MEMBER_OF. "former" makes it past.
 * Also factions: "ORG1 faction of ORG2", "made up of members of ORG2" → MEMBER_OF.
 */
import { KNOWN_AFFILIATIONS } from '../../knowledge/actors.ts';
import type { ClaimStatus, RelationType } from '../../model/vocabulary.ts';
import type { Mention } from '../types.ts';
import { findAgent, readStatus } from './agents.ts';
import { actors, mentionAt, type SentenceContext } from './context.ts';
import { emit } from './emit.ts';

const HEADS = new Set(['spokesman', 'spokesperson', 'spokeswoman', 'chief', 'head', 'leader', 'emir', 'amir', 'chairman', 'chair', 'commander', 'minister', 'premier', 'president', 'director', 'member', 'official', 'founder', 'deputy']);
const MODS = new Set(['acting', 'caretaker', 'senior', 'former', 'new', 'interim', 'federal', 'top', 'then', 'corps', 'interior', 'defence', 'defense', 'foreign', 'finance', 'information', 'prime', 'supreme', 'provincial', 'central', 'general', 'deputy', 'chief', 'army', 'military', 'overall', 'self', 'styled', '-']);
const ROLE_WORDS = new Set([...HEADS, ...MODS]);

interface Role { type: RelationType; status: ClaimStatus; minister: boolean; president: boolean }

function readRole(words: string[]): Role | null {
  if (!words.some((w) => HEADS.has(w))) return null;
  const status: ClaimStatus = words.includes('former') ? 'past' : 'stated';
  const has = (w: string): boolean => words.includes(w);
  const role = (type: RelationType): Role => ({ type, status, minister: has('minister'), president: has('president') });
  if (words.some((w) => w.startsWith('spokes'))) return role('SPOKESPERSON_FOR');
  if (has('prime') && has('minister')) return role(has('deputy') ? 'MEMBER_OF' : 'LEADS');
  if (has('minister') || has('member') || has('official')) return role('MEMBER_OF');
  if (has('commander') && !has('chief')) return role('MEMBER_OF');
  if (has('deputy')) return role('MEMBER_OF');
  return role('LEADS');
}

/** Role words ending at token `last` (inclusive), read right to left. */
function roleLeft(ctx: SentenceContext, last: number): { first: number; words: string[] } | null {
  let k = last;
  while (k >= 0 && ctx.tokens[k]!.kind !== 'poss' && ROLE_WORDS.has(ctx.tokens[k]!.lower) && !mentionAt(ctx, k)) k--;
  if (k === last) return null;
  return { first: k + 1, words: ctx.tokens.slice(k + 1, last + 1).map((t) => t.lower) };
}

/** Role words starting at token `first`, read left to right. */
function roleRight(ctx: SentenceContext, first: number): { end: number; words: string[] } | null {
  let k = first;
  while (k < ctx.tokens.length && ROLE_WORDS.has(ctx.tokens[k]!.lower) && !mentionAt(ctx, k)) k++;
  return k === first ? null : { end: k, words: ctx.tokens.slice(first, k).map((t) => t.lower) };
}

/** The organisation mention right after "of (the)" at token `i`. */
function orgAfterOf(ctx: SentenceContext, i: number): Mention | undefined {
  if (ctx.tokens[i]?.lower !== 'of') return undefined;
  return actors(ctx).find((m) => m.first > i && m.first <= i + 3 && m.kind !== 'Person');
}

function bareTitleOrg(ctx: SentenceContext, person: Mention, role: Role): string | Mention | undefined {
  if (!role.minister) return undefined; // ranks ("General X") and presidents without an organisation say nothing
  const known = KNOWN_AFFILIATIONS[person.id];
  if (known && ctx.state.index.actors.get(known)?.kind === 'Government') return known;
  return actors(ctx).filter((m) => m.end <= person.first && m.kind === 'Government').pop();
}

const RANKS = new Set(['lieutenant', 'lt', 'general', 'gen', 'major', 'maj', 'colonel', 'col', 'brigadier', 'brig', 'captain', 'capt', 'mufti', 'mullah', 'maulana', 'mawlawi', 'maulvi', 'qari', 'sheikh', 'mr', 'mrs', 'ms', 'dr', 'air', 'marshal', 'vice', 'admiral', 'retired', 'retd']);

function leftRole(ctx: SentenceContext, p: Mention): boolean {
  let k = p.first - 1;
  while (k >= 0 && (RANKS.has(ctx.tokens[k]!.lower) || ctx.tokens[k]!.text === '.')) k--; // "…, Lieutenant General P"
  const comma = ctx.tokens[k]?.text === ',';
  if (comma) k--;
  if (comma && ctx.tokens[k]?.text === ')') {
    while (k > 0 && ctx.tokens[k]!.text !== '(') k--; // "the head of the Inter-Services Intelligence (ISI), P"
    k--;
  }
  // "the acting prime minister of the Islamic Emirate, P"
  const orgBefore = comma ? mentionAt(ctx, k) : undefined;
  if (orgBefore && orgBefore.kind !== 'Person') {
    let j = orgBefore.first - 1;
    if (ctx.tokens[j]?.lower === 'the') j--;
    if (ctx.tokens[j]?.lower === 'of') {
      const phrase = roleLeft(ctx, j - 1);
      const role = phrase && readRole(phrase.words);
      if (role) return emit(ctx, { type: role.type, source: p, target: orgBefore, at: phrase.first, status: role.status, rule: 'role-of-org-apposition' });
    }
  }
  const phrase = roleLeft(ctx, k);
  const role = phrase && readRole(phrase.words);
  if (!phrase || !role) return false;
  const before = phrase.first - 1;
  const possessor = ctx.tokens[before]?.kind === 'poss' ? mentionAt(ctx, before - 1) : mentionAt(ctx, before);
  if (possessor && possessor.kind !== 'Person' && !possessor.place) {
    return emit(ctx, { type: role.type, source: p, target: possessor, at: phrase.first, status: role.status, rule: 'org-role-name' });
  }
  if (comma || role.president) return false;
  const org = bareTitleOrg(ctx, p, role);
  return org ? emit(ctx, { type: role.type, source: p, target: org, at: phrase.first, status: role.status, confidence: 0.7, rule: 'bare-title' }) : false;
}

function rightRole(ctx: SentenceContext, p: Mention): boolean {
  let k = p.end;
  const link = ctx.tokens[k]?.text === ',' ? 'comma' : ctx.tokens[k]?.lower === 'as' ? 'as' : null;
  if (!link) return false;
  k++;
  if (['the', 'a', 'an'].includes(ctx.tokens[k]?.lower ?? '')) k++;
  let o = k;
  while (o < ctx.tokens.length && /^(new|acting|current|interim|then|former|caretaker|powerful|outgoing|incoming|top|senior)$/.test(ctx.tokens[o]!.lower) && !mentionAt(ctx, o)) o++;
  // "P, the army's corps commander" / "P as the new army chief"
  const owner = mentionAt(ctx, o);
  if (owner && owner.kind !== 'Person' && !owner.place) {
    const phrase = roleRight(ctx, owner.end + (ctx.tokens[owner.end]?.kind === 'poss' ? 1 : 0));
    const role = phrase && readRole(phrase.words);
    if (role) return emit(ctx, { type: role.type, source: p, target: owner, at: k, status: role.status, rule: 'name-org-role' });
  }
  const phrase = roleRight(ctx, k);
  const role = phrase && readRole(phrase.words);
  if (!phrase || !role) return false;
  const org = orgAfterOf(ctx, phrase.end);
  if (org) return emit(ctx, { type: role.type, source: p, target: org, at: k, status: role.status, rule: 'name-role-of-org' });
  // "P as the new army chief": the organisation sits inside the role phrase
  const inside = actors(ctx).find((m) => m.first >= k && m.end <= phrase.end + 1 && m.kind !== 'Person');
  return inside ? emit(ctx, { type: role.type, source: p, target: inside, at: k, status: role.status, rule: 'name-as-role' }) : false;
}

const FACTION_WORDS = new Set(['faction', 'wing', 'branch', 'splinter', 'affiliate', 'chapter', 'offshoot', 'component']);
const MEMBER_WORDS = new Set(['members', 'fighters', 'militants', 'commanders', 'cadres', 'defectors']);

function factions(ctx: SentenceContext): void {
  for (const m of actors(ctx)) {
    if (m.kind !== 'ArmedGroup') continue;
    let k = m.end;
    if (ctx.tokens[k]?.text === '(') {
      while (k < ctx.tokens.length && ctx.tokens[k]!.text !== ')') k++;
      k++;
    }
    if (ctx.tokens[k]?.text === ',' && /^(a|an|the)$/.test(ctx.tokens[k + 1]?.lower ?? '')) k += 2; // "X, a faction of Y"
    while (/^(breakaway|militant|powerful|small|major|splinter|key|deadly)$/.test(ctx.tokens[k]?.lower ?? '')) k++;
    if (FACTION_WORDS.has(ctx.tokens[k]?.lower ?? '')) {
      const parent = orgAfterOf(ctx, k + 1);
      if (parent) emit(ctx, { type: 'MEMBER_OF', source: m, target: parent, at: k, rule: 'faction-of' });
    }
  }
  // "… is made up (largely) of members of ORG"
  for (let i = 0; i < ctx.tokens.length - 3; i++) {
    if (!(['made', 'composed', 'comprised'].includes(ctx.tokens[i]!.lower))) continue;
    let k = i + 1;
    if (ctx.tokens[k]?.lower === 'up') k++;
    if (/ly$/.test(ctx.tokens[k]?.lower ?? '')) k++;
    if (ctx.tokens[k]?.lower !== 'of' || !MEMBER_WORDS.has(ctx.tokens[k + 1]?.lower ?? '')) continue;
    const parent = orgAfterOf(ctx, k + 2);
    const agent = findAgent(ctx, i, false).mention;
    if (parent && agent) emit(ctx, { type: 'MEMBER_OF', source: agent, target: parent, at: i, status: readStatus(ctx, i), rule: 'made-up-of-members' });
  }
}

/** Finds role relations around every person mention of the sentence. */
export function findRoleRelations(ctx: SentenceContext): void {
  for (const p of actors(ctx)) {
    if (p.kind !== 'Person' || p.anaphor) continue;
    leftRole(ctx, p);
    rightRole(ctx, p);
  }
  factions(ctx);
}
