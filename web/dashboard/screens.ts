import { h } from '../dom.ts';
import { AccessDeniedError, SignInRequiredError, StaffApiError } from './api.ts';
import type { StaffIdentity, StaffRole } from './auth.ts';
import { destroyCharts } from './blocks.ts';
import type { ScreenName } from './i18n.ts';
import type { Dashboard, Failure } from './state.ts';

/**
 * The dashboard's screens and the roles that see them: a screen whose role the user lacks is
 * not offered at all. The unanswered questions are for editors (the share per day) and for
 * reviewers (the masked questions themselves).
 */
const SCREENS: readonly { name: ScreenName; roles: readonly StaffRole[] }[] = [
  { name: 'stats', roles: ['stats'] },
  { name: 'unanswered', roles: ['stats', 'transcripts'] },
  { name: 'billing', roles: ['stats'] },
  { name: 'masking', roles: ['stats'] },
  { name: 'transcripts', roles: ['transcripts'] },
  { name: 'audit', roles: ['transcripts'] },
];

/** One screen: its introduction, its form (period, month or day), how it loads and draws its figures. */
export interface Screen {
  intro?: (d: Dashboard) => string;
  form: (d: Dashboard) => HTMLElement;
  load: (d: Dashboard) => Promise<void>;
  draw: (d: Dashboard) => void;
}

/** The screens the signed-in user may see, in the menu's order. */
export function allowedScreens(identity: StaffIdentity | undefined): ScreenName[] {
  if (!identity) return [];
  return SCREENS.filter((s) => s.roles.some((role) => identity.roles.has(role))).map((s) => s.name);
}

export const hasRole = (d: Dashboard, role: StaffRole) => d.state.identity?.roles.has(role) ?? false;

export const isScreenName = (value: string): value is ScreenName => SCREENS.some((s) => s.name === value);

/** The menu of screens: links (each to its `#screen`), the open one marked as the current page. */
export function screenNav(
  d: Dashboard,
  screens: ScreenName[],
  open: (screen: ScreenName) => void,
): HTMLElement {
  const { t, screen } = d.state;
  return h(
    'nav',
    { class: 'screens', 'aria-label': t.screensLabel },
    h(
      'ul',
      {},
      ...screens.map((name) => {
        const link = h('a', { href: `#${name}`, 'data-screen': name }, t.screens[name]);
        if (name === screen) link.setAttribute('aria-current', 'page');
        link.addEventListener('click', (event) => {
          event.preventDefault();
          open(name);
        });
        return h('li', {}, link);
      }),
    ),
  );
}

/** Why a load failed, as the notice says it. */
export function failureOf(error: unknown): Failure {
  if (error instanceof AccessDeniedError)
    return error.code === 'missing_role' ? 'forbiddenRole' : 'forbiddenSite';
  if (error instanceof StaffApiError && error.status === 404) return 'notFound';
  return 'loadError';
}

/**
 * Loads what a screen shows and draws it once it is there. Only the latest load is shown: an
 * answer to an earlier one (or one from before a sign-out) is dropped. `after` runs once the
 * answer is drawn (to move the focus to it).
 */
export async function loadInto<T>(
  d: Dashboard,
  fetch: () => Promise<T>,
  keep: (value: T) => void,
  draw: () => void,
  after?: () => void,
): Promise<void> {
  const { state } = d;
  const mine = ++state.sequence;
  state.loading = true;
  state.failure = undefined;
  draw();
  let ok = false;
  try {
    const value = await fetch();
    if (mine !== state.sequence) return;
    keep(value);
    ok = true;
  } catch (error) {
    if (mine !== state.sequence) return;
    if (error instanceof SignInRequiredError) {
      await d.signInAgain();
      return;
    }
    state.failure = failureOf(error);
  }
  state.loading = false;
  draw();
  if (ok) after?.();
}

/** The notice for a failed load; the reviewers' screens name their own role. */
export function failureNotice(d: Dashboard, failure: Failure, role: StaffRole = 'stats'): HTMLElement {
  const { t, site } = d.state;
  const message =
    failure === 'forbiddenSite'
      ? t.forbiddenSite(site.name)
      : failure === 'forbiddenRole'
        ? role === 'transcripts'
          ? t.forbiddenReview
          : t.forbiddenRole
        : failure === 'notFound'
          ? t.conversationGone
          : t.loadError;
  return h('p', { class: 'notice', role: 'alert' }, message);
}

/** The reviewer's name as the audit trail records it, or what the local token is called. */
export const readerName = (d: Dashboard) => d.state.identity?.who ?? d.state.t.localUser;

/** Before any masked text is shown: reading is logged, with the reader's name and the time. */
export function loggedNotice(d: Dashboard): HTMLElement {
  return h('p', { class: 'logged', 'data-notice': 'logged' }, d.state.t.loggedNotice(readerName(d)));
}

/**
 * Draws a screen's part under its form: the status line while loading (the last figures stay),
 * a notice when the load failed, else what `content` makes of the loaded figures.
 */
export function drawResults(
  d: Dashboard,
  screen: ScreenName,
  content: () => HTMLElement[] | undefined,
  role: 'stats' | 'transcripts' = 'stats',
): void {
  const { state } = d;
  const { results, statusLine } = state;
  if (state.view !== 'dashboard' || state.screen !== screen || !results || !statusLine) return;
  destroyCharts(state);
  results.setAttribute('aria-busy', String(state.loading));
  if (state.loading) {
    statusLine.textContent = state.t.loading;
    return;
  }
  statusLine.textContent = '';
  if (state.failure) {
    results.replaceChildren(failureNotice(d, state.failure, role));
    return;
  }
  const parts = content();
  if (parts) results.replaceChildren(...parts);
}

/** An error that must send the user to sign in again passes; any other becomes `fallback`. */
export const unlessSignIn =
  <T>(fallback: T) =>
  (error: unknown): T => {
    if (error instanceof SignInRequiredError) throw error;
    return fallback;
  };
