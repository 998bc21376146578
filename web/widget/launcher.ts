import { h, shadowWithStyles } from '../dom.ts';
import type { WidgetConfig } from './config.ts';
import { CHAT_HANDOFF, type ChatHandoff, type HandoffScript } from './handoff.ts';
import { LAUNCHER_TEXTS } from './i18n.ts';

/**
 * The chat's launcher, the only part of the chat in widget.js. The window itself is chat.js,
 * loaded on the first click: most visitors never open the chat, so they download and run
 * only this button, and the page pays nothing for the chat until someone asks for it.
 *
 * The host is fixed to the corner of the viewport; its `!important` rules beat even the
 * page's `!important` ones (the shadow root's own context wins for important declarations),
 * so a page cannot hide or move it by accident. Colours are the widget's --kf-* properties.
 */
const CSS = `
:host{all:initial!important;position:fixed!important;right:1em!important;bottom:1em!important;z-index:2147483000!important;display:block!important}
[hidden]{display:none!important}
.l{min-height:44px;padding:.5em 1.25em;font:600 medium/1.3 var(--kf-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--kf-accent-text,#fff);background:var(--kf-accent,#0b4f8a);border:2px solid var(--kf-accent-text,#fff);border-radius:2em;box-shadow:0 .25em 1em rgba(0,0,0,.3);cursor:pointer}
.l:hover{background:var(--kf-accent-hover,#083a66)}
.l[aria-busy=true]{cursor:progress}
:focus-visible{outline:3px solid var(--kf-focus,#1a1a1a);outline-offset:2px}
.e{position:absolute;right:0;bottom:100%;width:max-content;max-width:min(20em,calc(100vw - 2em));margin:0 0 .5em;font:medium/1.4 var(--kf-font,system-ui,sans-serif);color:#1a1a1a;background:#fff}
.e:not(:empty){padding:.5em .75em;border:1px solid #5f6b7a;border-radius:6px}
@media (prefers-reduced-motion:no-preference){.l{transition:background-color .15s}}
`;

/** The page's own `[data-kommune-chat]` element, else a new one at the end of <body>. */
function chatHost(): HTMLElement {
  const existing = document.querySelector<HTMLElement>('[data-kommune-chat]');
  if (existing) return existing;
  const host = h('div', { 'data-kommune-chat': '' });
  document.body.append(host);
  return host;
}

/** `nonce`: the widget script's own, so a page with a nonce-based CSP lets chat.js run too. */
export function mountLauncher(config: WidgetConfig, nonce = ''): void {
  const host = chatHost();
  if (host.shadowRoot) return; // Already mounted: the script is on the page twice.
  const t = LAUNCHER_TEXTS[config.lang];
  const root = shadowWithStyles(host, CSS);
  const status = h('p', { class: 'e', role: 'status', lang: config.lang });
  const launcher = h(
    'button',
    { type: 'button', class: 'l', lang: config.lang, 'aria-haspopup': 'dialog', 'aria-expanded': 'false' },
    t.open,
  );
  root.append(status, launcher);
  const handoff: ChatHandoff = { config, root, launcher };

  let loading = false;
  launcher.addEventListener('click', () => {
    if (handoff.toggle) return handoff.toggle();
    if (loading) return;
    loading = true;
    status.textContent = '';
    launcher.setAttribute('aria-busy', 'true');
    const script = h('script', { src: config.chatSrc, async: '' }) as HandoffScript;
    script[CHAT_HANDOFF] = handoff;
    if (nonce) script.nonce = nonce;
    const settle = () => {
      loading = false;
      launcher.removeAttribute('aria-busy');
      script.remove();
      if (handoff.toggle) handoff.toggle();
      else status.textContent = t.loadError;
    };
    script.addEventListener('load', settle);
    script.addEventListener('error', settle);
    document.head.append(script);
  });
}
