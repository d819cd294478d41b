/**
 * The search box: as-you-type suggestions from `actors(search:)` (typo- and alias-tolerant on
 * the server; a place word like "Islamabad" finds the government it stands for), each with
 * its kind badge and aliases. Arrow keys move, Enter picks, Escape closes (ARIA combobox).
 */
import { gql } from './api.ts';
import { fill, h, kindBadge } from './dom.ts';
import { SEARCH } from './queries.ts';
import type { Actor } from './types.ts';

/** Wires the header's search box; `onPick` gets the chosen actor. */
export function setupSearch(input: HTMLInputElement, list: HTMLUListElement, onPick: (actor: Actor) => void): void {
  let results: Actor[] = [];
  let active = -1;
  let timer: number | undefined;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (actor: Actor) => {
    close();
    input.value = actor.name;
    onPick(actor);
  };
  const render = () => {
    fill(
      list,
      results.map((a, i) =>
        h(
          'li',
          {
            id: `${list.id}-option-${i}`,
            role: 'option',
            class: 'option',
            'aria-selected': i === active ? 'true' : 'false',
            onmousedown: (e) => {
              e.preventDefault();
              pick(a);
            },
          },
          h('span', { class: 'name' }, a.name),
          ' ',
          kindBadge(a.kind),
          a.aliases.length ? h('span', { class: 'aliases' }, a.aliases.slice(0, 4).join(' · ')) : null,
        ),
      ),
      results.length ? null : h('li', { class: 'empty' }, 'No actor matches'),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-option-${active}`);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      const data = await gql<{ actors: { edges: { node: Actor }[] } }>(SEARCH, { q: text }).catch(() => null);
      if (mine !== seq || !data) return;
      results = data.actors.edges.map((e) => e.node);
      active = results.length ? 0 : -1;
      render();
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % Math.max(results.length, 1);
      render();
    } else if (e.key === 'Enter' && results[active]) {
      e.preventDefault();
      pick(results[active]!);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
