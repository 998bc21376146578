import { button, h } from '../dom.ts';
import { DASHBOARD_LANGS, DASHBOARD_TEXTS, type DashboardLang, formatters, LANG_NAMES } from './i18n.ts';
import type { Dashboard } from './state.ts';

/** The page around the views: the skip link, and the header with the language switch and sign-out. */
export function renderShell(d: Dashboard): void {
  const { state } = d;
  const { t } = state;
  document.documentElement.lang = state.lang;
  document.title = `${t.appName} – ${state.site.name}`;
  const langGroup = h(
    'div',
    { class: 'langs', role: 'group', 'aria-label': t.language },
    ...DASHBOARD_LANGS.map((code) =>
      button(LANG_NAMES[code], () => setLang(d, code), {
        lang: code,
        'data-lang': code,
        'aria-pressed': String(code === state.lang),
      }),
    ),
  );
  const header = h(
    'header',
    { class: 'top' },
    h('div', { class: 'wrap bar' }, h('p', { class: 'brand' }, t.appName), langGroup),
  );
  if (state.view === 'dashboard') {
    const signOut = button(t.signOut, () => void doSignOut(d), { class: 'quiet', 'data-action': 'sign-out' });
    header.firstElementChild?.append(signOut);
  }
  d.root.replaceChildren(h('a', { class: 'skip', href: '#main' }, t.skip), header, d.main);
}

/** Switches the language (remembered for next time) and draws the page again, the focus kept on the switch. */
function setLang(d: Dashboard, code: DashboardLang): void {
  const { state } = d;
  if (code === state.lang) return;
  state.lang = code;
  state.t = DASHBOARD_TEXTS[code];
  state.fmt = formatters(code);
  d.saveLang(code);
  d.render();
  d.root.querySelector<HTMLElement>(`[data-lang="${code}"]`)?.focus();
}

/** Signs out; an answer still on its way is dropped. */
async function doSignOut(d: Dashboard): Promise<void> {
  d.state.sequence++;
  await d.auth.signOut();
  d.showSignIn(undefined);
}
