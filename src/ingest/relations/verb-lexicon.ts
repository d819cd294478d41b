/**
 * Trigger verbs per relationship type (CAMEO-style verb classes), with the particle or
 * preposition that introduces the target when it is not the direct object.
 */
import type { RelationType } from '../../model/vocabulary.ts';

export interface VerbRule {
  type: RelationType;
  /** Words that must follow the verb directly ("called on", "ruled out"). */
  particle?: readonly string[];
  /** The target comes after this word ("attributed … to X", "alleged that X"). */
  targetAfter?: string;
  /** Prepositions allowed before the target besides the defaults ("an offer from X"). */
  extraPreps?: readonly string[];
  /** When no target is written, infer the counterpart (demands and threats are aimed at someone). */
  implicitTarget?: boolean;
  /** Agentless passives of state acts ("were later detained") are the state's. */
  agentlessIsState?: boolean;
  /** Needs one of these words within 6 tokens after ("hinted … action", "fired … at"). */
  needs?: readonly string[];
  /** "protested the use of Afghan soil": a state's territory stands for the state. */
  territory?: boolean;
}

/** Regular inflections: base, -s, -ed, -ing (with a final e dropped, or a final consonant doubled). */
export function inflect(base: string, double = false): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : double ? base + base.at(-1) : base;
  return [base, base.endsWith('s') ? `${base}es` : `${base}s`, `${stem}ed`, `${stem}ing`];
}

const table: Array<[string[], VerbRule]> = [
  [[...inflect('accuse'), ...inflect('blame')], { type: 'ACCUSES' }],
  [['protested', 'protests', 'protesting'], { type: 'ACCUSES', extraPreps: ['of'], territory: true }],
  [['alleged', 'alleges', 'alleging'], { type: 'ACCUSES', particle: ['that'] }],
  [['attributed', 'attributes', 'attributing'], { type: 'ACCUSES', targetAfter: 'to', extraPreps: ['between'] }],
  [[...inflect('urge'), 'pressed', 'pressing', 'presses'], { type: 'DEMANDS', implicitTarget: true }],
  [['demanded', 'demanding', 'demands'], { type: 'DEMANDS', implicitTarget: true }],
  [['called', 'calling', 'calls', 'call'], { type: 'DEMANDS', particle: ['on', 'upon'] }],
  [['asked', 'asking'], { type: 'DEMANDS', needs: ['to'] }],
  [[...inflect('reject'), ...inflect('decline'), ...inflect('dismiss'), 'rebuffed', 'rebuffs'], { type: 'REJECTS', extraPreps: ['from', 'by'] }],
  [['ruled', 'ruling', 'rules', 'rule'], { type: 'REJECTS', particle: ['out'], extraPreps: ['from', 'by'] }],
  [['turned', 'turning', 'turns', 'turn'], { type: 'REJECTS', particle: ['down'], extraPreps: ['from', 'by'] }],
  [[...inflect('threaten'), ...inflect('warn')], { type: 'THREATENS', implicitTarget: true, extraPreps: ['beyond', 'against', 'for'] }],
  [['vowed', 'vows', 'vowing'], { type: 'THREATENS', implicitTarget: true, needs: ['revenge', 'retaliate', 'retaliation', 'avenge', 'respond', 'strike', 'punish'] }],
  [['hinted', 'hints', 'hinting'], { type: 'THREATENS', implicitTarget: true, needs: ['action', 'strike', 'strikes', 'operation', 'retaliation'] }],
  [[...inflect('detain'), ...inflect('arrest'), ...inflect('deport'), 'expel', 'expels', 'expelled', 'expelling', ...inflect('capture')], { type: 'DETAINS', agentlessIsState: true }],
  [['rounded', 'rounding'], { type: 'DETAINS', particle: ['up'], agentlessIsState: true }],
  [[...inflect('release'), 'freed', 'frees', 'freeing'], { type: 'RELEASES', agentlessIsState: true }],
  [['handed', 'handing', 'hand', 'hands'], { type: 'RELEASES', particle: ['over'], agentlessIsState: true }],
  [['supports', 'supported', 'supporting', 'backs', 'backed', 'backing', ...inflect('fund'), 'financed', 'financing', 'finances', ...inflect('patronise'), ...inflect('patronize'), ...inflect('sponsor')], { type: 'SUPPORTS' }],
  [[...inflect('shelter'), ...inflect('harbour'), ...inflect('harbor')], { type: 'SHELTERS' }],
  [['attacked', 'attacking', 'struck', 'striking', 'bombed', 'shelled', 'shelling', 'targeted', 'targeting', 'ambushed', 'raided', 'killed', 'killing', 'assaulted', 'pounded'], { type: 'ATTACKS' }],
  [['fired', 'firing', 'opened'], { type: 'ATTACKS', needs: ['at', 'on'] }],
];

/** Verb form → its rules (a form may trigger several, e.g. "called on" vs plain "called"). */
export const VERB_RULES: ReadonlyMap<string, readonly VerbRule[]> = (() => {
  const map = new Map<string, VerbRule[]>();
  for (const [forms, rule] of table) for (const f of forms) map.set(f, [...(map.get(f) ?? []), rule]);
  return map;
})();
