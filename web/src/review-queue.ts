/**
 * The Review panel, for editors: the token is entered once and kept in session storage; the
 * queue lists unreviewed extracted claims, newest first, each with its sentence in context.
 * Accept and reject call `reviewClaim`; "edit" retracts the claim and asserts the corrected
 * one (type, direction or actors) citing the same article and sentence; a proposed actor can be
 * merged into an existing one (`mergeActors`). Every action goes through the existing mutations.
 */
import { getToken, gql, setToken } from './api.ts';
import { claimCard } from './claim-card.ts';
import { fill, h } from './dom.ts';
import { ASSERT, MERGE, QUEUE, RETRACT, REVIEW } from './queries.ts';
import { RELATION_TYPES, type Claim } from './types.ts';

interface Queue {
  claims: { totalCount: number; edges: { node: Claim }[] };
}

/** Draws the panel; `onChanged` is called after every action so the graph reloads. */
export async function renderReviewQueue(panel: HTMLElement, onChanged: () => void): Promise<void> {
  const rerender = () => void renderReviewQueue(panel, onChanged);
  const tokenInput = h('input', { id: 'review-token', type: 'password', autocomplete: 'off', placeholder: 'editor token' });
  const tokenForm = h(
    'form',
    { class: 'row' },
    h('label', { for: 'review-token' }, 'Editor token '),
    tokenInput,
    h('button', { type: 'submit' }, 'Use'),
  );
  tokenForm.addEventListener('submit', (e) => {
    e.preventDefault();
    setToken(tokenInput.value.trim() || null);
    rerender();
  });
  if (!getToken())
    return fill(
      panel,
      h('h2', {}, 'Review queue'),
      h('p', {}, 'Reviewing needs an editor token (API_TOKENS). It is kept for this tab only.'),
      tokenForm,
    );
  fill(panel, h('h2', {}, 'Review queue'), h('p', { class: 'muted' }, 'Loading…'));
  const status = h('p', { role: 'status', class: 'meta' });
  const act = async (what: string, run: () => Promise<unknown>) => {
    try {
      await run();
      status.textContent = `${what}: done`;
      onChanged();
      rerender();
    } catch (err) {
      status.textContent = `${what}: ${(err as Error).message}`;
    }
  };
  let data: Queue;
  try {
    data = await gql<Queue>(QUEUE, { first: 25 });
  } catch (err) {
    return fill(panel, h('h2', {}, 'Review queue'), h('p', { class: 'error', role: 'alert' }, (err as Error).message), tokenForm);
  }
  const forget = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        setToken(null);
        rerender();
      },
    },
    'Forget token',
  );
  fill(
    panel,
    h('h2', {}, `Review queue (${data.claims.totalCount})`),
    h('div', { class: 'row' }, forget),
    status,
    data.claims.totalCount ? null : h('p', {}, 'Nothing to review.'),
    data.claims.edges.map(({ node: c }) => claimCard(c, actions(c, act))),
  );
}

function actions(c: Claim, act: (what: string, run: () => Promise<unknown>) => Promise<void>): HTMLElement {
  const type = h(
    'select',
    { 'aria-label': 'Corrected type' },
    RELATION_TYPES.map((t) => h('option', { value: t, selected: t === c.type }, t)),
  );
  const source = h('input', { value: c.source.id, 'aria-label': 'Corrected source (actor id)' });
  const target = h('input', { value: c.target.id, 'aria-label': 'Corrected target (actor id)' });
  const swap = h(
    'button',
    { type: 'button', onclick: () => ([source.value, target.value] = [target.value, source.value]) },
    '⇄ Swap direction',
  );
  const save = async () => {
    await gql(RETRACT, { id: c.id, reason: `corrected in review to ${type.value} ${source.value} → ${target.value}` });
    await gql(ASSERT, {
      input: {
        type: type.value,
        source: source.value,
        target: target.value,
        articleId: c.article?.id ?? null,
        citation: c.article ? null : { title: c.citation ?? 'review correction' },
        summary: c.sentence ?? c.summary ?? 'corrected in review',
        sentence: c.sentence,
        date: c.date,
        status: c.status,
        confidence: c.confidence,
      },
    });
  };
  const proposed = [c.source, c.target].filter((a) => (a as { proposed?: boolean }).proposed);
  const mergeInto = h('input', { 'aria-label': 'Merge the proposed actor into (actor id)', placeholder: 'existing actor id' });
  return h(
    'div',
    { class: 'review-actions' },
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { type: 'button', class: 'accept', onclick: () => act('accept', () => gql(REVIEW, { id: c.id, verdict: 'accepted' })) },
        'Accept',
      ),
      h(
        'button',
        { type: 'button', class: 'reject', onclick: () => act('reject', () => gql(REVIEW, { id: c.id, verdict: 'rejected' })) },
        'Reject',
      ),
    ),
    h(
      'details',
      {},
      h('summary', {}, 'Edit type, direction or actors'),
      h(
        'div',
        { class: 'edit' },
        type,
        source,
        swap,
        target,
        h('button', { type: 'button', onclick: () => act('edit', save) }, 'Save correction'),
      ),
    ),
    proposed.map((a) =>
      h(
        'details',
        {},
        h('summary', {}, `Merge proposed actor ${a.name}`),
        h(
          'div',
          { class: 'row' },
          mergeInto,
          h(
            'button',
            { type: 'button', onclick: () => act('merge', () => gql(MERGE, { keep: mergeInto.value.trim(), merge: a.id })) },
            'Merge',
          ),
        ),
      ),
    ),
  );
}
