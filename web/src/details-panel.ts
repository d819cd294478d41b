/**
 * The right-hand panel: an edge's evidence (every claim behind the tie) or an actor's profile
 * (kind, aliases, validity, ties per type, a timeline of its dated claims). Each tie in a
 * profile is a button, so the evidence is reachable without a mouse.
 */
import { gql } from './api.ts';
import { claimCard } from './claim-card.ts';
import { fill, h, kindBadge } from './dom.ts';
import { EVIDENCE, PROFILE } from './queries.ts';
import type { Actor, Claim, Edge } from './types.ts';

export interface ProfileActions {
  expand(id: string): void;
  pin(id: string): void;
  hide(id: string): void;
  remove(id: string): void;
  openEdge(id: string): void;
}

/** Shows the claims behind `edge` (loaded from the API with their passages). */
export async function showEvidence(panel: HTMLElement, edge: Edge, names: (id: string) => string): Promise<void> {
  fill(panel, h('h2', {}, 'Evidence'), h('p', { class: 'muted' }, 'Loading…'));
  const data = await gql<{ relationships: { edges: { node: { id: string; evidence: Claim[] } }[] } }>(EVIDENCE, {
    s: edge.source.id,
    types: [edge.type],
  });
  const claims = data.relationships.edges.find((e) => e.node.id === edge.id)?.node.evidence ?? [];
  fill(
    panel,
    h(
      'h2',
      { id: 'details-title' },
      `${names(edge.source.id)} ${edge.symmetric ? '—' : '→'} ${edge.type} ${edge.symmetric ? '—' : '→'} ${names(edge.target.id)}`,
    ),
    h(
      'p',
      { class: 'meta' },
      `${edge.evidenceCount} claim(s) · strongest status ${edge.status} · best evidence ${edge.bestEvidence.toLowerCase()}`,
      edge.firstDate ? ` · ${edge.firstDate} to ${edge.lastDate}` : '',
    ),
    claims.map((c) => claimCard(c)),
  );
  panel.focus();
}

interface Profile extends Actor {
  description: string | null;
  validFrom: string | null;
  validTo: string | null;
  relationships: { totalCount: number; edges: { node: { type: string } }[] };
  timeline: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        date: string;
        type: string;
        status: string;
        summary: string | null;
        sentence: string | null;
        source: { name: string };
        target: { name: string };
      };
    }[];
  };
}

/** Shows an actor's profile with its actions, and its ties drawn in the graph as buttons. */
export async function showProfile(
  panel: HTMLElement,
  id: string,
  drawnEdges: Edge[],
  names: (id: string) => string,
  actions: ProfileActions,
): Promise<void> {
  fill(panel, h('h2', {}, 'Profile'), h('p', { class: 'muted' }, 'Loading…'));
  const { actor } = await gql<{ actor: Profile | null }>(PROFILE, { id });
  if (!actor) return fill(panel, h('p', {}, `No actor ${id}.`));
  const perType = new Map<string, number>();
  for (const e of actor.relationships.edges) perType.set(e.node.type, (perType.get(e.node.type) ?? 0) + 1);
  const button = (label: string, run: () => void) => h('button', { type: 'button', onclick: run }, label);
  fill(
    panel,
    h('h2', { id: 'details-title' }, actor.name, ' ', kindBadge(actor.kind)),
    actor.proposed ? h('p', { class: 'warn' }, 'Proposed by extraction or an import; not reviewed yet.') : null,
    actor.aliases.length ? h('p', {}, h('strong', {}, 'Aliases: '), actor.aliases.join(' · ')) : null,
    actor.description ? h('p', {}, actor.description) : null,
    actor.validFrom || actor.validTo ? h('p', { class: 'meta' }, `Valid ${actor.validFrom ?? '…'} to ${actor.validTo ?? 'now'}`) : null,
    h(
      'div',
      { class: 'row' },
      button('Expand', () => actions.expand(id)),
      button('Pin / unpin', () => actions.pin(id)),
      button('Hide', () => actions.hide(id)),
      button('Remove', () => actions.remove(id)),
    ),
    h('h3', {}, `Ties per type (${actor.relationships.totalCount})`),
    h(
      'ul',
      { class: 'counts' },
      [...perType].map(([t, n]) => h('li', {}, `${t}: ${n}`)),
    ),
    h('h3', {}, 'Ties in the graph'),
    h(
      'ul',
      { class: 'ties' },
      drawnEdges.map((e) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => actions.openEdge(e.id) },
            `${names(e.source.id)} ${e.type} ${names(e.target.id)} (${e.evidenceCount})`,
          ),
        ),
      ),
    ),
    h('h3', {}, `Timeline (${actor.timeline.totalCount} dated claims)`),
    h(
      'ol',
      { class: 'timeline' },
      actor.timeline.edges.map(({ node: c }) =>
        h('li', {}, h('time', {}, c.date), ` ${c.source.name} ${c.type} ${c.target.name} (${c.status})`),
      ),
    ),
  );
}
