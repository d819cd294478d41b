/**
 * A tiny element builder: `h('button', { class: 'x', onclick }, 'Text')`. Text is always set as
 * text (never HTML), so names and sentences from the graph cannot inject markup. Hand-written:
 * the page is a few panels, and a UI framework would double the bundle for no gain.
 */
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return el;
}

/** Replaces an element's content. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
}

/** A labelled checkbox. */
export function checkbox(id: string, label: string, checked: boolean, onchange: (checked: boolean) => void): HTMLLabelElement {
  const input = h('input', { type: 'checkbox', id, checked });
  input.addEventListener('change', () => onchange(input.checked));
  return h('label', { for: id, class: 'check' }, input, ' ', label);
}

/** Saves a blob as a file through a temporary link (same origin; nothing leaves the machine). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A kind badge (colour from the CSS classes of styles.css). */
export function kindBadge(kind: string): HTMLSpanElement {
  return h('span', { class: `badge kind-${kind}` }, kind);
}
