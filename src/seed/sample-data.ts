/**
 * The sample graph: the two seed articles of the corpus, every fact their gold annotations
 * record (as curated claims, summarised in our own words), and a handful of background facts
 * an analyst adds to make sense of them (cited to the curators' notes).
 *
 * How `sentenceIndex` is counted: the 1-based number of the sentence in the article as the
 * ingest pipeline sees it (`cleanText` then `splitSentences` in src/ingest). Page furniture
 * lines ("- Advertisment -", "Google search engine", "Most Popular"), navigation crumbs
 * ("HomeWorld…") and a date-only dateline are dropped first; every remaining line break ends a
 * sentence, so the headline is sentence 1; inside a line a sentence ends at . ! ? followed by
 * a capital. Claims of the analysts' notes have no sentence (null).
 *
 * How dates are set: at the precision the text supports, resolved against the publication
 * date. Where an analyst's knowledge overrides or completes the text, a comment says why.
 */
import type { ClaimStatus, RelationType } from '../model/vocabulary.ts';

export interface SampleArticle {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  note?: string;
}

export interface SampleClaim {
  id: string;
  article: string;
  sentenceIndex: number | null;
  type: RelationType;
  source: string;
  target: string;
  summary: string;
  date: string | null;
  status: ClaimStatus;
  confidence: number;
}

/** Confidence of a curated fact stated by the source. */
const STATED = 0.9;
/** Confidence of a well-known background fact the curators are sure of. */
const KNOWN = 0.95;
/** Confidence of a fact the source itself presents as an allegation. */
const ALLEGED = 0.6;

export const SAMPLE_ARTICLES: readonly SampleArticle[] = [
  {
    id: 'ttp-ends-truce',
    title: 'Tehreek-e-Taliban declared their intention to end the truce with Pakistan.',
    publisher: null,
    url: null,
    // The capture carries no dateline; the gold leaves it unknown too.
    publishedAt: null,
    note: 'seed article (corpus/seed), captured from the web without publisher or date',
  },
  {
    id: 'pakistan-rejects-ttp-talks',
    title: 'Pakistan rejects TTP’s offer to resume talks',
    // The page relays The Express Tribune's reporting; the site that printed it is not named.
    publisher: null,
    url: null,
    publishedAt: '2024-06-25',
    note: 'seed article (corpus/seed); relays reporting by The Express Tribune',
  },
  {
    id: 'analyst-notes',
    title: 'Curators’ background notes',
    publisher: 'conflict-graph curators',
    url: null,
    publishedAt: null,
    note: 'analyst note: well-known context facts added by the curators to resolve the seed articles',
  },
];

/** Claims of the seed article "ttp-ends-truce" (undated capture; see the date comments). */
const TTP_ENDS_TRUCE: readonly SampleClaim[] = [
  { id: 'ttp-ends-truce:1', article: 'ttp-ends-truce', sentenceIndex: 3, type: 'CEASEFIRE_WITH', source: 'ttp', target: 'pakistan-government', summary: 'Speaking for the TTP, its spokesman said the group was calling off its ceasefire with Pakistan, blaming the state for stalled negotiations.', date: null, status: 'ended', confidence: STATED },
  // Analyst date: the Afghan-brokered talks between Islamabad and the TTP opened in October 2021.
  { id: 'ttp-ends-truce:2', article: 'ttp-ends-truce', sentenceIndex: 8, type: 'NEGOTIATES_WITH', source: 'ttp', target: 'pakistan-government', summary: 'The TTP and the Pakistani government have been in talks since October, so far without any political settlement.', date: '2021-10', status: 'stated', confidence: STATED },
  { id: 'ttp-ends-truce:3', article: 'ttp-ends-truce', sentenceIndex: 3, type: 'SPOKESPERSON_FOR', source: 'muhammad-khorasani', target: 'ttp', summary: 'Muhammad Khorasani issued the TTP statement as the group’s spokesman.', date: null, status: 'stated', confidence: STATED },
  { id: 'ttp-ends-truce:4', article: 'ttp-ends-truce', sentenceIndex: 5, type: 'LEADS', source: 'noor-wali-mehsud', target: 'ttp', summary: 'Noor Wali Mehsud is named as the TTP’s chief in the group’s statement.', date: null, status: 'stated', confidence: STATED },
  // Same October 2021 talks as ttp-ends-truce:2.
  { id: 'ttp-ends-truce:5', article: 'ttp-ends-truce', sentenceIndex: 8, type: 'MEDIATES', source: 'afghan-taliban', target: 'ttp', summary: 'The Afghan Taliban government asked for and brokered the talks involving the TTP.', date: '2021-10', status: 'stated', confidence: STATED },
  { id: 'ttp-ends-truce:6', article: 'ttp-ends-truce', sentenceIndex: 20, type: 'MEDIATES', source: 'afghan-taliban', target: 'pakistan-government', summary: 'Kabul offered to act as go-between and invited Islamabad to hear the TTP’s complaints.', date: null, status: 'stated', confidence: STATED },
  { id: 'ttp-ends-truce:7', article: 'ttp-ends-truce', sentenceIndex: 13, type: 'SHELTERS', source: 'afghan-taliban', target: 'ttp', summary: 'Since their takeover the Afghan Taliban have given the TTP a base on Afghan soil.', date: null, status: 'stated', confidence: 0.85 },
  { id: 'ttp-ends-truce:8', article: 'ttp-ends-truce', sentenceIndex: 15, type: 'ATTACKS', source: 'ttp', target: 'pakistan-security-forces', summary: 'TTP violence against Pakistan’s security personnel has risen since the Taliban returned to power.', date: null, status: 'stated', confidence: STATED },
  // The text gives "April 21" with no year; analysts place the cross-border strikes in April 2022.
  { id: 'ttp-ends-truce:9', article: 'ttp-ends-truce', sentenceIndex: 16, type: 'ATTACKS', source: 'pakistan-government', target: 'ttp', summary: 'Pakistani air raids inside Afghanistan struck sites said to belong to the TTP, and civilians died.', date: '2022-04', status: 'alleged', confidence: ALLEGED },
  { id: 'ttp-ends-truce:10', article: 'ttp-ends-truce', sentenceIndex: 12, type: 'SUPPORTS', source: 'pakistan-government', target: 'afghan-taliban', summary: 'Pakistan was once the Taliban’s main state backer in their war against the Americans.', date: null, status: 'past', confidence: 0.85 },
  { id: 'ttp-ends-truce:11', article: 'ttp-ends-truce', sentenceIndex: 12, type: 'ATTACKS', source: 'afghan-taliban', target: 'us-forces', summary: 'Before taking power the Taliban waged war on American troops in Afghanistan.', date: null, status: 'past', confidence: 0.85 },
  { id: 'ttp-ends-truce:12', article: 'ttp-ends-truce', sentenceIndex: 12, type: 'ATTACKS', source: 'afghan-taliban', target: 'afghan-republic', summary: 'Before taking power the Taliban fought the Kabul republic that they later toppled.', date: null, status: 'past', confidence: 0.85 },
  { id: 'ttp-ends-truce:13', article: 'ttp-ends-truce', sentenceIndex: 12, type: 'REJECTS', source: 'afghan-taliban', target: 'pakistan-government', summary: 'Once in power, the Taliban turned their backs on their former patron Pakistan.', date: null, status: 'stated', confidence: 0.8 },
  // Sentences 17-18 narrate the aftermath of the April 2022 strikes (see ttp-ends-truce:9).
  { id: 'ttp-ends-truce:14', article: 'ttp-ends-truce', sentenceIndex: 17, type: 'THREATENS', source: 'afghan-taliban', target: 'pakistan-government', summary: 'After the strikes Kabul called in Pakistan’s envoy and warned of retaliation if they were repeated.', date: '2022-04', status: 'stated', confidence: STATED },
  { id: 'ttp-ends-truce:15', article: 'ttp-ends-truce', sentenceIndex: 18, type: 'ACCUSES', source: 'pakistan-government', target: 'afghan-taliban', summary: 'Islamabad complained that militant groups were operating from Afghan territory.', date: '2022-04', status: 'stated', confidence: STATED },
  { id: 'ttp-ends-truce:16', article: 'ttp-ends-truce', sentenceIndex: 18, type: 'THREATENS', source: 'pakistan-government', target: 'afghan-taliban', summary: 'Islamabad suggested that it could strike across the border once more.', date: '2022-04', status: 'stated', confidence: 0.8 },
  { id: 'ttp-ends-truce:17', article: 'ttp-ends-truce', sentenceIndex: 19, type: 'DEMANDS', source: 'pakistan-government', target: 'afghan-taliban', summary: 'In private, Pakistan pressed the Taliban to clamp down on the TTP.', date: null, status: 'stated', confidence: 0.85 },
  { id: 'ttp-ends-truce:18', article: 'ttp-ends-truce', sentenceIndex: 4, type: 'RELEASES', source: 'pakistan-government', target: 'ttp', summary: 'According to the TTP, Pakistan let some of its imprisoned members go.', date: null, status: 'stated', confidence: 0.8 },
  { id: 'ttp-ends-truce:19', article: 'ttp-ends-truce', sentenceIndex: 4, type: 'DETAINS', source: 'pakistan-government', target: 'ttp', summary: 'According to the TTP, members who had been let go were arrested again, breaching the deal.', date: null, status: 'stated', confidence: 0.8 },
];

/**
 * Claims of "pakistan-rejects-ttp-talks" (dateline 25 June 2024). Its "last year" cannot mean
 * 2023: the truce ended days before Asim Munir became army chief, which was November 2022, and
 * the Afghan-brokered talks it recalls were held in 2022 (the text was evidently written in
 * 2023 and re-dated). Those claims carry the analyst's 2022 dates; facts reported as current
 * ("rejected", "has been urging") take the publication month.
 */
const PAKISTAN_REJECTS_TTP_TALKS: readonly SampleClaim[] = [
  { id: 'pakistan-rejects-ttp-talks:1', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 2, type: 'REJECTS', source: 'pakistan-government', target: 'ttp', summary: 'Islamabad turned down the TTP’s proposal to reopen negotiations, pointing to how badly earlier rounds had gone.', date: '2024-06', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:2', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 5, type: 'NEGOTIATES_WITH', source: 'pakistan-government', target: 'ttp', summary: 'The Pakistani government held a round of talks with the banned TTP.', date: '2022', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:3', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 5, type: 'MEDIATES', source: 'afghan-taliban', target: 'ttp', summary: 'The talks with the TTP took place because the Taliban government in Kabul pushed for them.', date: '2022', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:4', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 5, type: 'MEDIATES', source: 'afghan-taliban', target: 'pakistan-government', summary: 'Kabul’s Taliban government pressed Islamabad into the talks and brought the sides together.', date: '2022', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:5', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 7, type: 'CEASEFIRE_WITH', source: 'ttp', target: 'pakistan-government', summary: 'The TTP called off the truce on its own, shortly before the new army chief took over.', date: '2022-11', status: 'ended', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:6', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 7, type: 'LEADS', source: 'asim-munir', target: 'pakistan-army', summary: 'General Asim Munir was appointed to head the Pakistan Army.', date: '2022-11', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:7', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 8, type: 'ATTACKS', source: 'ttp', target: 'pakistan-security-forces', summary: 'Once the truce was over, attacks blamed on the TTP hit police and troops, above all in southern Khyber-Pakhtunkhwa.', date: null, status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:8', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 10, type: 'MEDIATES', source: 'sirajuddin-haqqani', target: 'ttp', summary: 'Sirajuddin Haqqani was the go-between for the TTP in the earlier talks, though not a guarantor.', date: '2022', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:9', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 10, type: 'MEDIATES', source: 'sirajuddin-haqqani', target: 'pakistan-government', summary: 'Sirajuddin Haqqani was the go-between for Pakistan’s side in the earlier talks, though not a guarantor.', date: '2022', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:10', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 10, type: 'MEMBER_OF', source: 'sirajuddin-haqqani', target: 'afghan-taliban', summary: 'Sirajuddin Haqqani serves as acting interior minister in Afghanistan’s Taliban government.', date: '2024-06', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:11', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 4, type: 'DEMANDS', source: 'pakistan-government', target: 'ttp', summary: 'Instead of talking, the government told TTP fighters to lay down their arms.', date: '2024-06', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:12', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 13, type: 'ACCUSES', source: 'pakistan-government', target: 'pti', summary: 'The coalition government blames the surge in militancy on the PTI government’s dialogue with the TTP.', date: '2024-06', status: 'stated', confidence: STATED },
  // Analyst date: the PTI government's talks with the TTP ran from October to December 2021.
  { id: 'pakistan-rejects-ttp-talks:13', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 13, type: 'NEGOTIATES_WITH', source: 'pti', target: 'ttp', summary: 'While it was in power, the PTI government negotiated with the TTP.', date: '2021', status: 'stated', confidence: 0.85 },
  { id: 'pakistan-rejects-ttp-talks:14', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 14, type: 'MEMBER_OF', source: 'khawaja-asif', target: 'pakistan-government', summary: 'Khawaja Asif is Pakistan’s defence minister and chairs a committee on the matter.', date: '2024-06', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:15', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 16, type: 'DEMANDS', source: 'pakistan-government', target: 'afghan-taliban', summary: 'Islamabad keeps pressing Kabul’s Taliban rulers to act against the TTP.', date: '2024-06', status: 'stated', confidence: STATED },
  { id: 'pakistan-rejects-ttp-talks:16', article: 'pakistan-rejects-ttp-talks', sentenceIndex: 17, type: 'DETAINS', source: 'afghan-taliban', target: 'ttp', summary: 'The Taliban authorities have held or expelled a number of TTP leaders.', date: '2024-06', status: 'stated', confidence: 0.85 },
];

/** Background facts the curators add (no sentence: they cite the curators' notes). */
const ANALYST_NOTES: readonly SampleClaim[] = [
  { id: 'analyst-notes:1', article: 'analyst-notes', sentenceIndex: null, type: 'MEDIATES', source: 'sirajuddin-haqqani', target: 'ttp', summary: 'Haqqani hosted the TTP side at the Kabul talks with Pakistan in May 2022.', date: '2022-05', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:2', article: 'analyst-notes', sentenceIndex: null, type: 'MEDIATES', source: 'sirajuddin-haqqani', target: 'pakistan-government', summary: 'Haqqani hosted the Pakistani delegation at the Kabul talks with the TTP in May 2022.', date: '2022-05', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:3', article: 'analyst-notes', sentenceIndex: null, type: 'NEGOTIATES_WITH', source: 'ttp', target: 'pakistan-government', summary: 'Pakistani and TTP delegations met in Kabul for a round of talks in May 2022.', date: '2022-05', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:4', article: 'analyst-notes', sentenceIndex: null, type: 'CEASEFIRE_WITH', source: 'ttp', target: 'pakistan-government', summary: 'A month-long truce between the TTP and Pakistan took effect in November 2021.', date: '2021-11', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:5', article: 'analyst-notes', sentenceIndex: null, type: 'CEASEFIRE_WITH', source: 'ttp', target: 'pakistan-government', summary: 'The TTP let the November 2021 truce lapse in December 2021 without renewing it.', date: '2021-12', status: 'ended', confidence: KNOWN },
  { id: 'analyst-notes:6', article: 'analyst-notes', sentenceIndex: null, type: 'CEASEFIRE_WITH', source: 'ttp', target: 'pakistan-government', summary: 'After the Kabul talks the TTP declared an open-ended truce with Pakistan in June 2022.', date: '2022-06', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:7', article: 'analyst-notes', sentenceIndex: null, type: 'SPOKESPERSON_FOR', source: 'zabihullah-mujahid', target: 'afghan-taliban', summary: 'Zabihullah Mujahid is the Taliban government’s chief spokesman; he first faced the press in Kabul in August 2021.', date: '2021-08', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:8', article: 'analyst-notes', sentenceIndex: null, type: 'MEMBER_OF', source: 'sirajuddin-haqqani', target: 'afghan-taliban', summary: 'Haqqani was named acting interior minister when the Taliban formed their cabinet in September 2021.', date: '2021-09', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:9', article: 'analyst-notes', sentenceIndex: null, type: 'LEADS', source: 'sirajuddin-haqqani', target: 'haqqani-network', summary: 'Sirajuddin Haqqani heads the Haqqani network, which he took over from his father Jalaluddin, whose death was announced in 2018.', date: '2018', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:10', article: 'analyst-notes', sentenceIndex: null, type: 'LEADS', source: 'noor-wali-mehsud', target: 'ttp', summary: 'Noor Wali Mehsud became the TTP’s emir in June 2018 after Fazlullah was killed.', date: '2018-06', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:11', article: 'analyst-notes', sentenceIndex: null, type: 'LEADS', source: 'hibatullah-akhundzada', target: 'afghan-taliban', summary: 'Hibatullah Akhundzada, Taliban leader since 2016, became supreme leader of their government after the August 2021 takeover.', date: '2021-08', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:12', article: 'analyst-notes', sentenceIndex: null, type: 'LEADS', source: 'shehbaz-sharif', target: 'pakistan-government', summary: 'Shehbaz Sharif became Pakistan’s prime minister in April 2022.', date: '2022-04', status: 'stated', confidence: KNOWN },
  { id: 'analyst-notes:13', article: 'analyst-notes', sentenceIndex: null, type: 'LEADS', source: 'imran-khan', target: 'pakistan-government', summary: 'Imran Khan was Pakistan’s prime minister from August 2018 until he was voted out in April 2022.', date: '2018-08', status: 'past', confidence: KNOWN },
  { id: 'analyst-notes:14', article: 'analyst-notes', sentenceIndex: null, type: 'MEMBER_OF', source: 'jamaat-ul-ahrar', target: 'ttp', summary: 'Jamaat-ul-Ahrar, which had split from the TTP, merged back into it in August 2020.', date: '2020-08', status: 'stated', confidence: 0.9 },
  { id: 'analyst-notes:15', article: 'analyst-notes', sentenceIndex: null, type: 'DETAINS', source: 'pakistan-government', target: 'afghan-migrants', summary: 'From November 2023 Pakistan rounded up and expelled Afghans living in the country without papers.', date: '2023-11', status: 'stated', confidence: KNOWN },
];

export const SAMPLE_CLAIMS: readonly SampleClaim[] = [...TTP_ENDS_TRUCE, ...PAKISTAN_REJECTS_TTP_TALKS, ...ANALYST_NOTES];

/**
 * Actors loaded although no claim names them. The Islamic State's Khorasan branch stays
 * unconnected on purpose: it is the example of two actors with no path between them.
 */
export const SAMPLE_EXTRA_ACTORS: readonly string[] = ['islamic-state-khorasan'];
