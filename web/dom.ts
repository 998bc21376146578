/**
 * The DOM helpers that the widgets (widget.js, chat.js) and the staff dashboard share. Elements
 * are built with `h`, never from HTML strings, so server text is only ever set as text.
 */

/** Creates an element with attributes and children (no innerHTML, so Trusted Types pages work too). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name in attrs) element.setAttribute(name, attrs[name] as string);
  element.append(...children);
  return element;
}

/** A `type="button"` button with more attributes if given, that runs `onClick` when pressed. */
export function button(
  label: string,
  onClick: () => void,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attrs }, label);
  element.addEventListener('click', onClick);
  return element;
}

/**
 * Adds styles to a shadow root, after the ones it has. A constructed stylesheet is not an
 * inline style, so a strict Content-Security-Policy on the host page does not block it;
 * older browsers get a <style> element.
 */
export function addStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    root.append(h('style', {}, css));
  }
}

/** Opens a shadow root on the host and gives it its styles. */
export function shadowWithStyles(host: HTMLElement, css: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  addStyles(root, css);
  return root;
}

/** The element a widget lives in: the page's own `[attribute]` element, else a new one at the end of <main>. */
export function widgetHost(attribute: string): HTMLElement {
  const existing = document.querySelector<HTMLElement>(`[${attribute}]`);
  if (existing) return existing;
  const host = h('div', { [attribute]: '' });
  (document.querySelector('main') ?? document.body).append(host);
  return host;
}
