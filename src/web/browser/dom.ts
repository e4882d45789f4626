// The few DOM helpers the page needs: build an element, replace a node's children, save a file.

type Child = Node | string | null | undefined | false;

/** An element with attributes (a `false`/undefined attribute is left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number | boolean | undefined>> = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Replaces the children of `parent`. */
export function replaceChildren(parent: Element, ...children: readonly (Child | readonly Child[])[]): void {
  parent.replaceChildren(...(children.flat().filter((child) => child !== null && child !== undefined && child !== false) as (Node | string)[]));
}

/** Offers `text` as a file download named `name`. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The parsed JSON inside the script element with id `id`. */
export function embeddedJson<T>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`page: no embedded ${id}`);
  return JSON.parse(element.textContent ?? '') as T;
}

/** A blob: URL running `code` (how a page opened from disk can start a worker). */
export function scriptUrl(code: string): string {
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}
