/**
 * Word lists about names: titles, nationality adjectives, kind cues and anaphors.
 * They describe English news usage in this domain, not any particular article.
 */
import type { EntityKind } from '../../model/vocabulary.ts';

/** Title words that make the following name a Person. */
export const PERSON_TITLE_CUES = new Set([
  // professional titles Pakistani English writes before a name ("Barrister X", "Advocate Y")
  'barrister',
  'advocate',
  'minister',
  'president',
  'general',
  'lieutenant',
  'gen',
  'lt',
  'colonel',
  'col',
  'major',
  'maj',
  'brigadier',
  'brig',
  'captain',
  'capt',
  'commander',
  'mufti',
  'mullah',
  'maulana',
  'mawlawi',
  'maulvi',
  'qari',
  'sheikh',
  'mr',
  'mrs',
  'ms',
  'dr',
  'senator',
  'governor',
  'ambassador',
  'envoy',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'chief',
  'emir',
  // (not "amir", a common given name: "Amir Haider Khan Hoti")
  'ameer',
  'director',
  'premier',
  'secretary',
  'speaker',
  'professor',
  'prof',
  'adviser',
  'advisor',
  'superintendent',
  'counterpart',
  'marshal',
  'admiral',
  'excellency',
  // ranks of the armed forces and police written before a name ("Air Commodore X", "Naib Subedar
  // X", "Sepoy X", "Constable X") and offices of the courts and churches ("Chief Justice X")
  'commodore',
  'subedar',
  'havildar',
  'naik',
  'sepoy',
  'sergeant',
  'constable',
  'justice',
  'judge',
  'bishop',
  'allama',
]);

/**
 * Words of a title or rank written before a name ("Defence Minister", "Lt. Gen.", "Mufti"): the
 * person cues above and the words that only qualify a title ("deputy", "interior", "acting").
 */
export const TITLE_WORDS = new Set([
  ...PERSON_TITLE_CUES,
  'prime',
  'deputy',
  'defence',
  'defense',
  'interior',
  'foreign',
  'finance',
  'information',
  'religious',
  'affairs',
  'state',
  'vice',
  'caretaker',
  'acting',
  'federal',
  'provincial',
  'army',
  'corps',
  'special',
  'representative',
  'inspector',
  'police',
  'officer',
  'former',
  'senior',
  'minister-designate',
  'national',
  'security',
  'assistant',
  'air',
  'naib',
  'lance',
  'squadron',
  'rear',
  'sub-inspector',
]);

/**
 * Construction class: a portfolio title. "Law Minister X", "Home Secretary Y": any capitalised
 * word right before a capitalised "Minister" or "Secretary" names a portfolio and is a title
 * word like those above (the portfolios are too many to list).
 */
export function isTitleWordAt(tokens: ReadonlyArray<{ lower: string; cap: boolean }>, i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (TITLE_WORDS.has(t.lower)) return true;
  const next = tokens[i + 1];
  return t.cap && next?.cap === true && (next.lower === 'minister' || next.lower === 'secretary');
}

/** Honorifics that belong to a person's name when they open it ("Mufti Noor Wali"). */
export const PERSON_HONORIFICS = new Set([
  'mufti',
  'mullah',
  'maulana',
  'mawlawi',
  'maulvi',
  'qari',
  'sheikh',
  'hafiz',
  'haji',
  'syed',
  'sardar',
  'khawaja',
  'allama',
  'pope',
  'mian',
]);

/**
 * Honorifics written after a person's name in Pakistani English ("Captain X Shaheed", "Major
 * General X Sahib"): they close the name without belonging to it.
 */
export const PERSON_POST_HONORIFICS = new Set(['shaheed', 'shaheeds', 'sahib', 'saheb', 'sb']);

/**
 * Head words of an institution's or company's name ("Army Public School", "Bacha Khan University",
 * "Pakistan Railways", "Ostmark Cricket Board").
 */
const INSTITUTION_WORDS =
  'school|university|college|hospital|academy|seminary|madrassa|madrasa|institute|company|corporation|airlines|railways|board|church';
/** An institution's head: a known name inside such a name does not end it; organisations are named so. */
export const INSTITUTION_HEADS = new RegExp(`^(${INSTITUTION_WORDS})$`, 'i');

/** Head words that give a proper name its kind ("… Group", "… Police", "… Party"). */
export const KIND_HEADS: ReadonlyArray<[RegExp, EntityKind]> = [
  [
    /^(group|faction|network|outfit|militia|brigade|front|mujahideen|lashkar|jaish|tehreek|tehrik|harkat|hizb|jamaat|ansar|sipah|jundallah|lashkar-e)$/i,
    'ArmedGroup',
  ],
  [/^(police|army|forces|force|corps|rangers|levies|guard|guards|intelligence|constabulary|department)$/i, 'SecurityForce'],
  [/^(party|league|alliance|movement-party|insaf)$/i, 'PoliticalParty'],
  [/^(government|ministry|cabinet|administration|emirate|authority)$/i, 'Government'],
  [
    new RegExp(
      `^(tribune|times|news|post|herald|reuters|afp|press|agency|television|tv|radio|online|movement|jirga|shura|council|parliament|senate|assembly|foundation|organisation|organization|association|federation|society|chamber|diocese|bank|fund|commission|committee|nations|union|cross|crescent|${INSTITUTION_WORDS})$`,
      'i',
    ),
    'Organization',
  ],
];

/** Nouns that make "<nationality> …" the state's government. */
export const GOVERNMENT_NOUNS = new Set([
  'government',
  'authorities',
  'officials',
  'leaders',
  'leadership',
  'delegation',
  'administration',
  'state',
  'negotiators',
  'diplomats',
  'prosecutors',
  'investigators',
  'ministers',
  'envoys',
  'regime',
  'rulers',
  'cabinet',
  'presidency',
]);
/** Nouns that make "<nationality> …" its security forces or army. */
export const FORCE_NOUNS = new Set(['forces', 'security']);
/** Modifiers allowed between the nationality and the noun ("Pakistan's new civilian government"). */
export const NATIONALITY_MODIFIERS = new Set([
  'new',
  'civilian',
  'interim',
  'caretaker',
  'federal',
  'current',
  'top',
  'senior',
  'civil',
  'coalition',
  'border',
  'central',
  'acting',
  'elected',
  'high-level',
  'ruling',
  // force modifiers ("U.S. special forces", "Pakistani paramilitary forces")
  'special',
  'elite',
  'paramilitary',
  'armed',
]);

/**
 * Words that describe a government the way "the government" does, as one of its branches or
 * forms of rule ("the civilian government", "the federal government" pressed by the army): the
 * article's government like the bare noun (mentions.ts). "interim", "new" or "caretaker" could be
 * another side's and need a seat.
 */
export const PLAIN_GOVERNMENT_MODIFIERS = new Set(['civilian', 'federal', 'central', 'elected']);

/** Words that describe a government without naming it ("the interim government in Kabul"). */
export const GOVERNMENT_MODIFIERS = new Set([
  'interim',
  'caretaker',
  'new',
  'civilian',
  'elected',
  'federal',
  'central',
  'current',
  'ruling',
  'coalition',
  'acting',
]);

/** Multi-word anaphors: "the (outlawed) group", "the government", "the two sides". */
export const GROUP_ANAPHOR_HEADS = new Set([
  'group',
  'network',
  'movement',
  'outfit',
  'faction',
  'organisation',
  'organization',
  'militants',
  'militia',
  'insurgents',
  'alliance',
  'coalition',
  'umbrella',
]);
/** Words between "the" and a group head ("the banned group"; "the same group" names the one just mentioned). */
export const GROUP_ANAPHOR_MODIFIERS = new Set([
  'same',
  'outlawed',
  'banned',
  'proscribed',
  'militant',
  'terrorist',
  'armed',
  'insurgent',
  'jihadist',
  'extremist',
]);
export const PAIR_ANAPHORS = [
  ['two', 'sides'],
  ['two', 'parties'],
  ['two', 'countries'],
  ['two', 'governments'],
  ['two', 'neighbours'],
  ['two', 'neighbors'],
  ['both', 'sides'],
  ['parties'],
  ['neighbours'],
  ['neighbors'],
  ['sides'],
];

/** Pronouns and the kind of antecedent each takes ('he' covers any person: he, she, his, her). */
export const PRONOUNS: Readonly<Record<string, 'he' | 'it' | 'they' | 'we'>> = {
  he: 'he',
  him: 'he',
  his: 'he',
  she: 'he',
  her: 'he',
  it: 'it',
  its: 'it',
  they: 'they',
  their: 'they',
  them: 'they',
  we: 'we',
  us: 'we',
  our: 'we',
};

/**
 * Plural class nouns after "both" (and, singular, after "each") that refer back to two named
 * actors, with the kind of actor each admits: governments, any non-person body, armed groups.
 * One table for finding such anaphors (mentions.ts) and resolving them (anaphora.ts).
 */
export const BOTH_NOUN_KINDS: Readonly<Record<string, 'government' | 'body' | 'armed'>> = {
  groups: 'armed',
  outfits: 'armed',
  factions: 'armed',
  militias: 'armed',
  organisations: 'body',
  organizations: 'body',
  movements: 'body',
  countries: 'government',
  governments: 'government',
  states: 'government',
  capitals: 'government',
};

/** The plural of a class noun as the table keys it ("country" → "countries"). */
export function bothNounKey(noun: string): string {
  return BOTH_NOUN_KINDS[noun] ? noun : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}
