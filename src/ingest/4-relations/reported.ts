/**
 * Reported speech with a modal, two construction classes:
 * - obligation: "X said Y must stop Z", "X told reporters Y should act" is X demanding of Y
 *   (DEMANDS X → Y). The speaker is the subject of the verb of saying; the addressee is the
 *   subject of the modal clause. A modal perfect ("Y must have had help", "should have known")
 *   is an inference or a reproach about the past, no demand;
 * - reported threat: "X warned that the army would pursue Y", "X vowed they will crush Y" is X
 *   threatening Y (THREATENS X → Y): a verb of warning or vowing whose complement is a future
 *   hostile act against Y; attacks forecast by a party ("said there will be more attacks on Y")
 *   likewise; "said there would be no talks with Y" rejects Y;
 * - reported culpability: "X said Y were involved in attacks", "X said Y was responsible for (or
 *   behind) the blast" is X accusing Y (ACCUSES X → Y).
 */
import { caseOf, hasCase, isDefinite, kids, tok, type DepGraph, type DepToken } from '../2-parse/dependency-graph.ts';
import { mentionsAt, prepMentions } from './arguments.ts';
import { activeSubjects, conditionClauses, hostileMeans, patientNodes, revengeTaken } from './frame.ts';
import type { ClauseContext } from './clause-context.ts';
import { factualityOf, isNegated, speakerOf, unspecific } from './factuality.ts';
import { isAttackLightVerb, isHostileAct, lexicon, nounOf, reachesAct } from '../lexicon.ts';
import { answersAttack, avengedAttacker } from './retaliation.ts';
import { partySpeakers, record, sameSide, speakerMentions } from './record.ts';
import { byId, stateModifier } from './parties.ts';
import { kind, roleOf } from './emit.ts';
import type { Mention } from '../types.ts';
import { sourcesOf } from './nominal.ts';

/** Matches a modal clause under a verb of saying at verb `v`. */
export function matchReportedDemand(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon();
  if (v.rel !== 'ccomp') return;
  const say = tok(ctx.g, v.head);
  if (!say || !L.sets.speech.has(say.lem)) return;
  const modal = kids(ctx.g, v.i, 'aux').find((a) => L.sets.obligation.has(a.lem));
  if (!modal) return;
  // (an epistemic perfect is an inference, not an obligation: "X said Y must have had help")
  if (v.pos === 'VBN' && kids(ctx.g, v.i, 'aux').some((a) => a.lem === 'have' && a.i > modal.i)) return;
  const speaker = speakerOf(ctx.g, say.i);
  const addressee = kids(ctx.g, v.i, 'nsubj', 'nsubj:pass')[0];
  if (speaker === undefined || !addressee) return;
  const fact = factualityOf(ctx.g, say.i);
  record(ctx, {
    type: 'DEMANDS',
    sources: mentionsAt(ctx, speaker),
    targets: mentionsAt(ctx, addressee.i),
    at: v,
    rule: 'reported:modal-demand',
    fact,
  });
}

const FUTURE = new Set(['will', 'would', 'shall']);
/** Modals of possibility, a threat's form only with a condition. */
const POSSIBLE = new Set(['could', 'might', 'may', 'can']);
/** "would not hesitate to strike": negated, these verbs assert their complement. */
const UNHESITATING = new Set(['hesitate', 'shy', 'flinch']);

/**
 * Matches a future hostile act under a verb of warning or vowing at verb `v`. Under a plain verb
 * of saying it takes a threat's own form — "would not hesitate to strike X", "would strike X if
 * Y failed to act" — by the speaker's own side ("the minister said Pakistan would …"; "analysts
 * said the group would attack X if …" is a prediction, and "said its army would pursue X" an
 * announcement).
 */
export function matchReportedThreat(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon();
  // ("said Valdoria could strike X if the attacks continued": a possibility with a condition is a threat's form too)
  const possible = kids(ctx.g, v.i, 'aux').some((a) => POSSIBLE.has(a.lem)) && conditionClauses(ctx.g, v).length > 0;
  if (v.rel !== 'ccomp' || !(kids(ctx.g, v.i, 'aux').some((a) => FUTURE.has(a.lem)) || possible)) return;
  const say = tok(ctx.g, v.head);
  if (!say || !(L.sets.speech.has(say.lem) || L.sets.threatSpeech.has(say.lem))) return;
  if (
    punishmentAsEndPoint(ctx, v, say) ||
    forecastAttack(ctx, v, say) ||
    ruledOutTalks(ctx, v, say) ||
    foretoldPunishment(ctx, v, say) ||
    promisedRetaliation(ctx, v, say)
  )
    return;
  // "would not hesitate to strike X"; "would keep striking X" (an aspectual verb reaches its act;
  // with no verb after it, it is the light verb of its attack noun: "would continue attacks on X")
  const act =
    UNHESITATING.has(v.lem) && isNegated(ctx.g, v.i)
      ? kids(ctx.g, v.i, 'xcomp')[0]
      : reachesAct(v.lem)
        ? (kids(ctx.g, v.i, 'xcomp')[0] ?? v)
        : v;
  if (!act || (act === v && isNegated(ctx.g, v.i))) return;
  // "would launch attacks on X", "would take the war to X": a light verb of an attack noun
  // ("would take revenge on X": a revenge noun is taken on its target the same way)
  const attackNoun =
    kids(ctx.g, act.i, 'obj').find((o) => nounOf(o.lem, 'ATTACKS') && isAttackLightVerb(act.lem)) ?? revengeTaken(ctx.g, act);
  // "would not hesitate to act against X": a verb of acting with an against-phrase (lexicon `againstActs`);
  // "would resume their activities against X", "would take action against X": a noun of acting with one
  const actsAgainst = L.sets.againstActs.has(act.lem) && prepMentions(ctx, act.i, ['against']).length > 0;
  const against = (i: number) => prepMentions(ctx, i, ['against']).flatMap((p) => p.mentions);
  const actionNoun = kids(ctx.g, act.i, 'obj').find((o) => L.sets.againstActs.has(o.lem) && [...against(o.i), ...against(act.i)].length);
  if (!isHostileAct(act.lem) && !attackNoun && !actsAgainst && !actionNoun) return;
  const speaker = speakerOf(ctx.g, say.i);
  if (speaker === undefined) return;
  const speakers = speakerMentions(ctx, speaker);
  const actors = activeSubjects(ctx.g, v).flatMap((s) => mentionsAt(ctx, s.i));
  // "an analyst warned that the Front would attack X" forecasts another's act: no threat of the speaker's
  if (L.sets.threatSpeech.has(say.lem) && actors.length && !sameSide(ctx, speakers, actors)) return;
  if (!L.sets.threatSpeech.has(say.lem)) {
    // plain speech threatens only in a threat's own form: "would not hesitate to", or a condition
    const conditional = [v, act].some((x) => conditionClauses(ctx.g, x).length > 0);
    // ('"We will attack X," the spokesman said': a party's own first-person future act is its threat)
    const firstPerson = kids(ctx.g, v.i, 'nsubj').some((n) => ctx.mentionOf.get(n.i)?.anaphor === 'we');
    // ("would avenge X by attacking Y": revenge is a threat's own form, lexicon `revengeVerbs`)
    const revenge = L.sets.revengeVerbs.has(act.lem);
    // ("said the army would hunt down X": outright punishment is too, lexicon `punitiveVerbs`)
    const punitive = L.sets.punitiveVerbs.has(act.lem);
    if (act === v && !conditional && !firstPerson && !revenge && !punitive && !armedSpeaker(ctx, speakers)) return;
    if (!sameSide(ctx, speakers, actors)) return;
  }
  // "would avenge X by attacking Y": the hostile act it is done by names the target
  const means = hostileMeans(ctx.g, act);
  const targets = actionNoun
    ? [...against(actionNoun.i), ...against(act.i)]
    : attackNoun
      ? [attackNoun.i, act.i].flatMap((i) => prepMentions(ctx, i, ['against', 'on', 'at', 'to'])).flatMap((p) => p.mentions)
      : [act, ...means]
          .flatMap((x) => [
            ...patientNodes(ctx.g, x).flatMap((n) => mentionsAt(ctx, n)),
            ...prepMentions(ctx, x.i, ['against', 'on', 'at']).flatMap((p) => p.mentions),
          ])
          .filter((m) => !sameSide(ctx, speakers, [m]));
  // ("said it would retaliate", "would take revenge": the maker of the attack answered — retaliation.ts)
  const aimed = targets.length || !answersAttack(ctx.g, act) ? targets : avengedAttacker(ctx, speakers);
  if (!aimed.length) return;
  const fact = factualityOf(ctx.g, say.i);
  record(ctx, { type: 'THREATENS', sources: speakers, targets: aimed, at: v, rule: 'reported:threat', fact });
}

/**
 * An armed group, or one who speaks for, leads or belongs to one: its announced future violence
 * ("the Front said it would wage war on X") is a threat (CAMEO 13x), where a state's announced
 * operation ("said the army would pursue X") is policy.
 */
function armedSpeaker(ctx: ClauseContext, speakers: readonly Mention[]): boolean {
  return speakers.some(
    (p) =>
      kind(ctx, p.id) === 'ArmedGroup' || kind(ctx, roleOf(ctx, p.id, ['SPOKESPERSON_FOR', 'LEADS', 'MEMBER_OF']) ?? '') === 'ArmedGroup',
  );
}

/**
 * Construction class: attacks forecast by a party. "'There will be more attacks on X,' the
 * spokesman said", "the Front said attacks on X would continue": a future attack noun with no
 * attacker of its own — the predicate of "there will be", or the subject of an aspectual verb
 * (lexicon `aspectual`) or of a verb of ensuing ("more attacks on X would follow", lexicon
 * `ensuingVerbs`) — under a verb of saying threatens its target, by the speaker (a party
 * to the conflict; an analyst's forecast threatens nobody). True when the clause has that form.
 */
function forecastAttack(ctx: ClauseContext, v: DepToken, say: DepToken): boolean {
  const noun = kids(ctx.g, v.i, 'cop').length
    ? v
    : lexicon().sets.aspectual.has(v.lem) || lexicon().sets.ensuingVerbs.has(v.lem)
      ? kids(ctx.g, v.i, 'nsubj').find((s) => s.pos.startsWith('NN'))
      : undefined;
  if (!noun || !nounOf(noun.lem, 'ATTACKS') || isNegated(ctx.g, v.i) || kids(ctx.g, noun.i, 'det').some((d) => d.lem === 'no'))
    return false;
  const speakers = partySpeakers(ctx, speakerOf(ctx.g, say.i));
  // an attacker of its own is another's forecast — unless the speaker's own side ("its attacks would continue")
  const own = [...kids(ctx.g, noun.i, 'nmod:poss').map((c) => c.i), ...prepMentions(ctx, noun.i, ['by']).map((p) => p.node)];
  const owners = own.flatMap((i) => mentionsAt(ctx, i));
  if (own.length && !(owners.length && sameSide(ctx, speakers, owners))) return false;
  const targets = prepMentions(ctx, noun.i, ['on', 'against', 'at']).flatMap((p) => p.mentions);
  if (speakers.length && targets.length)
    record(ctx, {
      type: 'THREATENS',
      sources: speakers,
      targets,
      at: v,
      rule: 'reported:forecast-attack',
      fact: factualityOf(ctx.g, say.i),
    });
  return true;
}

/**
 * Construction class: retaliation promised for an attack. "the ministry vowed that the attack would
 * not go unanswered", "warned that any Valdorian strike would be answered": a future clause whose
 * subject is an attack noun, saying it will be answered (lexicon `answeredClauses`), under a verb
 * of saying threatens the attack's owner — its possessor, name or nationality modifier, by-phrase,
 * or for a definite "the attack" the last attacker when the speaker's side was its victim — by the speaker (a party, not the owner's
 * side). A repeat attack ("any further attack would be answered with full force", "any new strike")
 * is the last attacker's too, on the same condition. True when it recorded the threat.
 */
function promisedRetaliation(ctx: ClauseContext, v: DepToken, say: DepToken): boolean {
  const passive = kids(ctx.g, v.i, 'aux:pass').length > 0;
  const not = isNegated(ctx.g, v.i) ? 'not ' : '';
  const forms = passive ? [`${not}be ${v.word.toLowerCase()}`] : kids(ctx.g, v.i, 'xcomp').map((x) => `${not}${v.lem} ${x.lem}`);
  if (!forms.some((f) => lexicon().sets.answeredClauses.has(f))) return false;
  const noun = kids(ctx.g, v.i, passive ? 'nsubj:pass' : 'nsubj').find((s) => nounOf(s.lem, 'ATTACKS'));
  if (!noun) return false;
  const modifiers = kids(ctx.g, noun.i, 'nmod:poss', 'compound', 'amod');
  const owners = [
    ...modifiers.flatMap((c) => mentionsAt(ctx, c.i).filter((m) => !m.place)),
    ...modifiers.flatMap((c) => stateModifier(ctx, c) ?? []),
    ...prepMentions(ctx, noun.i, ['by']).flatMap((p) => p.mentions),
  ];
  const speakers = partySpeakers(ctx, speakerOf(ctx.g, say.i));
  // (retaliation is promised by the attacked: "the attack" is the last one only when its victim is
  // the speaker's side)
  const { lastAttacker: last, lastVictim: victim } = ctx.memory;
  const answered = last && victim && sameSide(ctx, speakers, [byId(ctx, victim)]);
  const targets = owners.length ? owners : (isDefinite(ctx.g, noun.i) || unspecific(ctx.g, noun.i)) && answered ? [byId(ctx, last)] : [];
  if (!speakers.length || !targets.length || sameSide(ctx, speakers, targets)) return false;
  record(ctx, { type: 'THREATENS', sources: speakers, targets, at: v, rule: 'reported:retaliation', fact: factualityOf(ctx.g, say.i) });
  return true;
}

/**
 * Construction class: punishment foretold in reported speech. "the minister said the Front would
 * pay a heavy price", "warned that those involved would not be spared": a future clause of the
 * lexicon's `punishmentClauses` under a verb of saying threatens its subject, by the speaker (a
 * party; not the speaker's own side). True when it recorded the threat (otherwise a vow's own
 * reading, "vowed that X would be wiped out", still applies).
 */
function foretoldPunishment(ctx: ClauseContext, v: DepToken, say: DepToken): boolean {
  const phrases = lexicon().sets.punishmentClauses;
  const passive = kids(ctx.g, v.i, 'aux:pass').length > 0;
  const negated = isNegated(ctx.g, v.i);
  const objects = kids(ctx.g, v.i, 'obj');
  // (a passive with its phrase: "would be brought to justice", "would be met with full force")
  const passiveForms = [`${negated ? 'not ' : ''}${v.lem}`, ...(negated ? [] : kids(ctx.g, v.i, 'obl').map((o) => `${v.lem} ${o.lem}`))];
  const form = passive
    ? passiveForms.find((p) => phrases.has(p))
    : negated
      ? undefined
      : objects.map((o) => `${v.lem} ${o.lem}`).find((p) => phrases.has(p));
  // ("would pay": a verb of punishment with no object, lexicon `punishedIntransitives`)
  const intransitive = !passive && !negated && !objects.length && lexicon().sets.punishedIntransitives.has(v.lem);
  // "would face more attacks": a verb of suffering (lexicon `sufferingVerbs`) with an attack noun
  const suffered = !passive && !negated && lexicon().sets.sufferingVerbs.has(v.lem) && objects.some((o) => nounOf(o.lem, 'ATTACKS'));
  if (!suffered && !intransitive && (!form || !phrases.has(form))) return false;
  const speakers = partySpeakers(ctx, speakerOf(ctx.g, say.i));
  const subjects = kids(ctx.g, v.i, passive ? 'nsubj:pass' : 'nsubj');
  // ("any aggression by X would be met with full force": an attack punished names its attacker)
  const attackers = subjects.filter((s) => nounOf(s.lem, 'ATTACKS')).flatMap((s) => sourcesOf(ctx, s, undefined));
  // (not the speaker's own side: "X and his commanders would be killed" with "his" misread as the speaker's)
  const targets = [
    ...subjects.flatMap((s) => mentionsAt(ctx, s.i)),
    ...subjects.flatMap((s) => culpritsOfLastAttack(ctx, s)),
    ...attackers,
  ].filter((t) => !sameSide(ctx, speakers, [t]));
  if (!speakers.length || !targets.length) return false; // (a vow's own reading may still hold)
  record(ctx, { type: 'THREATENS', sources: speakers, targets, at: v, rule: 'reported:punishment', fact: factualityOf(ctx.g, say.i) });
  return true;
}

/**
 * Construction class: the culprits of the last attack. "those behind the attack", "those
 * responsible for the bombing": a demonstrative with a behind- or for-phrase naming a definite
 * attack noun stands for the article's last attacker (a named one; none when the last attack had
 * no known attacker).
 */
function culpritsOfLastAttack(ctx: ClauseContext, s: DepToken): Mention[] {
  if (!['those', 'whoever'].includes(s.word.toLowerCase())) return [];
  const phrase = [...kids(ctx.g, s.i, 'nmod', 'acl', 'amod'), ...kids(ctx.g, s.i, 'amod').flatMap((a) => kids(ctx.g, a.i, 'obl'))];
  const attack = phrase.some((c) => nounOf(c.lem, 'ATTACKS') && isDefinite(ctx.g, c.i) && ['behind', 'for'].includes(caseOf(ctx.g, c.i)));
  const last = ctx.memory.lastAttacker;
  return attack && last ? [byId(ctx, last)] : [];
}

/**
 * Construction class: punishment as the end point of a continuing act. "said the operation would
 * go on until the Front had been wiped out", "would continue until X is eliminated": a clause of
 * the lexicon's `punishmentClauses` after "until" on the future clause foretells that punishment
 * as surely as the clause alone would (see foretoldPunishment). True when it recorded the threat.
 */
function punishmentAsEndPoint(ctx: ClauseContext, v: DepToken, say: DepToken): boolean {
  return kids(ctx.g, v.i, 'advcl').some((c) => kids(ctx.g, c.i, 'mark').some((m) => m.lem === 'until') && foretoldPunishment(ctx, c, say));
}

/**
 * Construction class: talks ruled out in reported speech. "the Front said there would be no
 * talks with Valdoria": a future "there will be no talks with X" (a talk noun of the lexicon
 * with "no") under a verb of saying rejects X, by the speaker (a party). True when the clause has
 * that form.
 */
function ruledOutTalks(ctx: ClauseContext, v: DepToken, say: DepToken): boolean {
  if (!kids(ctx.g, v.i, 'cop').length || !lexicon().talkNouns.has(v.lem) || !kids(ctx.g, v.i, 'det').some((d) => d.lem === 'no'))
    return false;
  const speakers = partySpeakers(ctx, speakerOf(ctx.g, say.i));
  const targets = prepMentions(ctx, v.i, ['with']).flatMap((p) => p.mentions);
  if (speakers.length && targets.length)
    record(ctx, { type: 'REJECTS', sources: speakers, targets, at: v, rule: 'reported:no-talks', fact: factualityOf(ctx.g, say.i) });
  return true;
}

/**
 * Construction class: an attribution. "According to X, Y was behind the blast": the object of
 * "according to" on a clause is the one who says it, as the subject of a verb of saying would be.
 */
function attributionOf(g: DepGraph, v: DepToken): number | undefined {
  return kids(g, v.i, 'obl', 'nmod').find((o) =>
    kids(g, o.i, 'case').some((c) => c.lem === 'accord' || c.word.toLowerCase() === 'according'),
  )?.i;
}

/**
 * Matches a culpability or failure predicate ("were involved in", "was responsible for", "was to
 * blame for", "had failed to"), or backing of what is culpable ("sponsors terrorism"), under a verb of saying at `v`.
 */
export function matchReportedCulpability(ctx: ClauseContext, v: DepToken): void {
  const L = lexicon();
  // "said X was behind the blast": a copular predicate with "behind" is culpability too
  const behind = kids(ctx.g, v.i, 'cop').length > 0 && hasCase(ctx.g, v.i, 'behind') && nounOf(v.lem, 'ATTACKS') !== undefined;
  // ("regretted that X had not acted against Y": a negated act under a verb of complaint, lexicon `complaintVerbs`, is a failure too)
  const complained = v.rel === 'ccomp' && L.sets.complaintVerbs.has(tok(ctx.g, v.head)?.lem ?? '') && isNegated(ctx.g, v.i);
  const failing = (L.sets.failingVerbs.has(v.lem) && !isNegated(ctx.g, v.i)) || complained;
  // "said X sponsors terrorism": backing or harbouring what the lexicon calls culpable (`culpableObjects`)
  const backing =
    L.predicates.some((p) => (p.type === 'SUPPORTS' || p.type === 'SHELTERS') && p.verbs.includes(v.lem)) &&
    kids(ctx.g, v.i, 'obj').some((o) => L.sets.culpableObjects.has(o.lem)) &&
    !isNegated(ctx.g, v.i);
  // "said X was to blame for the collapse": blame in an infinitive with a copula is culpability
  const toBlame = v.lem === 'blame' && kids(ctx.g, v.i, 'cop').length > 0 && kids(ctx.g, v.i, 'mark').some((m) => m.lem === 'to');
  if (!(L.sets.culpability.has(v.lem) || behind || failing || backing || toBlame)) return;
  // the verb of saying governs the clause, or stands in it as a parenthetical ("X, he said, sponsors …")
  const said =
    v.rel === 'ccomp' ? tok(ctx.g, v.head) : backing ? kids(ctx.g, v.i, 'parataxis').find((p) => L.sets.speech.has(p.lem)) : undefined;
  const say = said && (L.sets.speech.has(said.lem) || complained) ? said : undefined;
  // (or an attribution names the speaker: "according to X, Y was behind the blast")
  const attributed = say ? undefined : attributionOf(ctx.g, v);
  if (!say && attributed === undefined) return;
  const speaker = say ? speakerOf(ctx.g, say.i) : attributed;
  const accused = kids(ctx.g, v.i, 'nsubj', 'nsubj:pass')[0];
  if (speaker === undefined || !accused) return;
  const fact = factualityOf(ctx.g, say?.i ?? v.i);
  const sources = mentionsAt(ctx, speaker);
  // "the Front said it was behind the blast" is a claim of its own act, not an accusation; a
  // failure is an accusation only of another side
  const targets = mentionsAt(ctx, accused.i).filter((m) => !sources.some((s) => s.id === m.id));
  if (!targets.length || (failing && sameSide(ctx, sources, targets))) return;
  record(ctx, {
    type: 'ACCUSES',
    sources,
    targets,
    at: v,
    rule: 'reported:culpability',
    fact,
  });
}
