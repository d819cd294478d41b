/**
 * The sample graph: the two seed articles of the corpus, every fact their gold annotations
 * record (as curated claims, summarised in our own words), and a handful of background facts
 * an analyst adds to make sense of them (cited to the curators' notes).
 *
 * The data lives in `knowledge/sample-graph/*.yaml` (one file per article, listed by its
 * `index.yaml`); this module loads and validates it once, at import (`load-sample-data.ts`),
 * and exposes it frozen.
 *
 * How `sentenceIndex` is counted: the 1-based number of the sentence in the article as the
 * ingest pipeline sees it (`cleanText` then `splitSentences` in src/ingest). Page furniture
 * lines ("- Advertisment -", "Google search engine", "Most Popular"), navigation crumbs
 * ("HomeWorld…") and a date-only dateline are dropped first; every remaining line break ends a
 * sentence, so the headline is sentence 1; inside a line a sentence ends at . ! ? followed by
 * a capital. Claims of the analysts' notes have no sentence (null).
 *
 * How dates are set: at the precision the text supports, resolved against the publication
 * date. Where an analyst's knowledge overrides or completes the text, a comment in the data
 * file says why.
 */
import { deepFreeze } from '../model/deep-freeze.ts';
import { loadSampleData, type LoadedArticle, type LoadedClaim } from './load-sample-data.ts';

/** The shapes the loader validates; the sample graph's public names for them. */
export type SampleArticle = LoadedArticle;
export type SampleClaim = LoadedClaim;

const DATA = loadSampleData();

export const SAMPLE_ARTICLES: readonly SampleArticle[] = deepFreeze(DATA.articles);

export const SAMPLE_CLAIMS: readonly SampleClaim[] = deepFreeze(DATA.claims);

/**
 * Actors loaded although no claim names them. The Islamic State's Khorasan branch stays
 * unconnected on purpose: it is the example of two actors with no path between them.
 */
export const SAMPLE_EXTRA_ACTORS: readonly string[] = deepFreeze(DATA.extraActors);
