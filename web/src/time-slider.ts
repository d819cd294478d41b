/**
 * The time bar under the graph: a histogram of dated claims per year over the loaded ties, two
 * sliders for the window's first and last year, a button that clears the window and a play
 * button that steps a one-year window through the years (ties with no claim in the window
 * disappear, see visibility.ts). Keyboard: the sliders take arrow keys; buttons are buttons.
 */
import { fill, h } from './dom.ts';
import type { Edge } from './types.ts';
import { yearCounts } from './visibility.ts';

/** The one player: it outlives re-renders of the bar (each step re-renders it). */
const player: { timer: ReturnType<typeof setInterval> | undefined; year: number; onWindow: (w: [number, number] | null) => void } = {
  timer: undefined,
  year: 0,
  onWindow: () => {},
};

/** Stops the play animation, if it runs. */
export function stopPlaying(): void {
  globalThis.clearInterval(player.timer);
  player.timer = undefined;
}

/** Draws the bar for the loaded edges and the current window; `onWindow` gets the new window (null: none). */
export function renderTimeSlider(
  bar: HTMLElement,
  edges: readonly Edge[],
  window: [number, number] | null,
  onWindow: (w: [number, number] | null) => void,
): void {
  const counts = yearCounts(edges);
  const years = [...counts.keys()].sort((a, b) => a - b);
  player.onWindow = onWindow;
  if (!years.length) {
    fill(bar, h('span', { class: 'muted' }, 'No dated claims among the ties shown.'));
    return;
  }
  const min = years[0]!;
  const max = years.at(-1)!;
  const [lo, hi] = window ?? [min, max];
  const peak = Math.max(...counts.values());
  const bars = h('div', { class: 'histogram', 'aria-hidden': 'true' });
  for (let y = min; y <= max; y++) {
    const n = counts.get(y) ?? 0;
    const inside = y >= lo && y <= hi;
    const b = h('div', { class: `bin${inside ? ' in' : ''}`, title: `${y}: ${n} dated claim(s)` });
    b.style.height = `${Math.max(2, Math.round((n / peak) * 36))}px`;
    bars.append(b);
  }
  const start = h('input', { type: 'range', id: 'window-start', min, max, step: 1, value: lo, 'aria-label': 'Window start year' });
  const end = h('input', { type: 'range', id: 'window-end', min, max, step: 1, value: hi, 'aria-label': 'Window end year' });
  const label = h('output', { id: 'window-label' }, window ? `${lo}–${hi}` : `all years (${min}–${max})`);
  const changed = () => {
    let a = Number(start.value);
    let b = Number(end.value);
    if (a > b) [a, b] = [b, a];
    onWindow(a === min && b === max ? null : [a, b]);
  };
  start.addEventListener('change', changed);
  end.addEventListener('change', changed);
  const playing = player.timer !== undefined;
  const play = h('button', { type: 'button', id: 'window-play', 'aria-pressed': String(playing) }, playing ? '■ Stop' : '▶ Play years');
  play.addEventListener('click', () => {
    if (player.timer !== undefined) {
      stopPlaying();
      onWindow(window);
      return;
    }
    player.year = window ? window[0] : min;
    player.timer = globalThis.setInterval(() => {
      player.year = player.year >= max ? min : player.year + 1;
      player.onWindow([player.year, player.year]);
    }, 1200);
    onWindow([player.year, player.year]);
  });
  const clear = h(
    'button',
    {
      type: 'button',
      id: 'window-clear',
      onclick: () => {
        stopPlaying();
        onWindow(null);
      },
    },
    'All years',
  );
  fill(
    bar,
    h('div', { class: 'time-controls' }, h('span', { class: 'time-title' }, 'Time window '), label, play, clear),
    bars,
    h('div', { class: 'sliders' }, start, end),
    h('div', { class: 'axis' }, h('span', {}, String(min)), h('span', {}, String(max))),
  );
}
