import { button, h } from '../dom.ts';
import type { Dashboard, SignInNotice } from './state.ts';

/**
 * The sign-in view: with OIDC a button that goes to the municipality's sign-in, locally a
 * form for the staff token that `npm start` printed. A notice says why it is shown again.
 */
export function renderSignIn(d: Dashboard): void {
  const { auth, state } = d;
  const { t } = state;
  const heading = h('h1', { tabindex: '-1' }, t.signIn);
  const notice = state.signInNotice
    ? [h('p', { class: 'notice', role: 'alert' }, t[state.signInNotice])]
    : [];
  if (auth.mode === 'oidc') {
    const signIn = button(t.signIn, () => {
      auth.signIn().catch(() => {
        state.signInNotice = 'signInFailed';
        d.render();
      });
    });
    d.main.replaceChildren(
      h('div', { class: 'wrap narrow' }, heading, ...notice, h('p', {}, t.oidcIntro), signIn),
    );
    return;
  }
  d.main.replaceChildren(h('div', { class: 'wrap narrow' }, heading, ...notice, tokenForm(d)));
}

/** The local sign-in: the staff token, refused at its field when it is missing. */
function tokenForm(d: Dashboard): HTMLFormElement {
  const { t } = d.state;
  const error = h('p', { id: 'token-error', class: 'field-error' });
  const input = h('input', {
    id: 'token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: '',
    'aria-describedby': 'token-hint',
  });
  const form = h(
    'form',
    { class: 'signin', novalidate: '' },
    h('label', { for: 'token' }, t.tokenLabel),
    h('p', { id: 'token-hint', class: 'hint' }, t.localIntro),
    input,
    error,
    h('button', { type: 'submit' }, t.signIn),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) {
      error.textContent = t.tokenMissing;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'token-hint token-error');
      input.focus();
      return;
    }
    d.auth.signIn(input.value).then(
      async () => {
        d.state.signInNotice = undefined;
        await showDashboard(d);
      },
      () => d.showSignIn('signInFailed'),
    );
  });
  return form;
}

/** Back to the sign-in form (and none of the figures kept), with the focus on its field. */
export function showSignIn(d: Dashboard, notice: SignInNotice | undefined): void {
  const { state, main } = d;
  state.view = 'signIn';
  state.signInNotice = notice;
  state.loaded = undefined;
  state.comments = undefined;
  state.identity = undefined;
  state.data = {};
  d.render();
  (main.querySelector<HTMLElement>('#token') ?? main.querySelector<HTMLElement>('h1'))?.focus();
}

/** Signed in: the dashboard view (the screens of the user's roles), the focus on its heading, its figures loading. */
async function showDashboard(d: Dashboard): Promise<void> {
  d.state.identity = await d.auth.identity();
  d.state.view = 'dashboard';
  d.render();
  d.main.querySelector<HTMLElement>('h1')?.focus();
  void d.load();
}
