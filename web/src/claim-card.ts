/**
 * One claim as a card: the cited sentence highlighted in its paragraph (or the curators'
 * summary when there is no sentence), the article title, publisher, date and link, the claim's
 * status, origin and review state. Shared by the evidence panel, path hops and the review queue.
 */
import { h } from './dom.ts';
import type { Claim } from './types.ts';

/** The quote: passage with the sentence in <mark>, else the sentence, else the summary. */
function quote(claim: Claim): HTMLElement {
  if (claim.passage)
    return h('blockquote', { class: 'passage' }, claim.passage.before, h('mark', {}, claim.passage.sentence), claim.passage.after);
  if (claim.sentence) return h('blockquote', { class: 'passage' }, h('mark', {}, claim.sentence));
  return h('blockquote', { class: 'summary' }, claim.summary ?? '(no text)', h('span', { class: 'muted' }, ' — curators’ summary'));
}

/** Only http(s) links become anchors (a stored `javascript:` URL stays text). */
function link(url: string | null): HTMLElement | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url)
    ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'source link')
    : h('span', {}, url);
}

export function claimCard(claim: Claim, extra?: HTMLElement | null): HTMLElement {
  const a = claim.article;
  return h(
    'article',
    { class: 'claim', 'data-claim': claim.id },
    h('div', { class: 'claim-head' }, h('strong', {}, `${claim.source.name} —${claim.type}→ ${claim.target.name}`)),
    quote(claim),
    h(
      'p',
      { class: 'meta' },
      a ? h('cite', {}, a.title) : claim.citation ? h('cite', {}, claim.citation) : null,
      a?.publisher ? ` · ${a.publisher}` : null,
      a?.publishedAt ? ` · published ${a.publishedAt}` : null,
      ' ',
      link(a?.url ?? null),
    ),
    h(
      'p',
      { class: 'tags' },
      claim.date ? h('span', { class: 'tag' }, `date ${claim.date}`) : h('span', { class: 'tag' }, 'undated'),
      h('span', { class: `tag status-${claim.status}` }, claim.status),
      h('span', { class: 'tag' }, claim.origin),
      h('span', { class: `tag review-${claim.review}` }, claim.review),
      h('span', { class: 'tag' }, `confidence ${claim.confidence.toFixed(2)}`),
      claim.location ? h('span', { class: 'tag' }, `at ${claim.location.name}`) : null,
    ),
    extra ?? null,
  );
}
