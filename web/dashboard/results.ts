import { h } from '../dom.ts';
import { SignInRequiredError } from './api.ts';
import { auditScreen } from './audit-section.ts';
import { billingScreen } from './billing-section.ts';
import { destroyCharts } from './blocks.ts';
import { chatSection } from './chat-section.ts';
import { commentsSection, loadComments } from './comments-section.ts';
import { feedbackSection } from './feedback-section.ts';
import { filtersForm, screenHeading } from './filters.ts';
import type { ScreenName } from './i18n.ts';
import { maskingScreen } from './masking-section.ts';
import { transcriptsScreen } from './review-section.ts';
import { allowedScreens, failureNotice, failureOf, type Screen, screenNav } from './screens.ts';
import type { Dashboard } from './state.ts';
import { summarySection } from './summary-section.ts';
import { unansweredScreen } from './unanswered-section.ts';

const statsScreen: Screen = { form: filtersForm, load: loadFigures, draw: renderResults };

const SCREEN_VIEWS: Record<ScreenName, Screen> = {
  stats: statsScreen,
  unanswered: unansweredScreen,
  billing: billingScreen,
  masking: maskingScreen,
  transcripts: transcriptsScreen,
  audit: auditScreen,
};

/**
 * The signed-in view: the heading, the menu of the screens the user has the roles for, the
 * open screen's form, a status line and its figures.
 */
export function renderDashboard(d: Dashboard): void {
  const { state } = d;
  const screens = allowedScreens(state.identity);
  if (!screens.includes(state.screen)) state.screen = screens[0] ?? 'stats';
  const heading = h('h1', { tabindex: '-1' }, screenHeading(d));
  state.statusLine = h('p', { class: 'status', role: 'status' });
  state.results = h('div', { class: 'results' });
  if (screens.length === 0) {
    d.main.replaceChildren(
      h('div', { class: 'wrap' }, heading, h('p', { class: 'notice', role: 'alert' }, state.t.forbiddenRole)),
    );
    return;
  }
  const view = SCREEN_VIEWS[state.screen];
  d.main.replaceChildren(
    h(
      'div',
      { class: 'wrap' },
      ...(screens.length > 1 ? [screenNav(d, screens, (name) => openScreen(d, name))] : []),
      heading,
      ...(view.intro ? [h('p', { class: 'intro' }, view.intro(d))] : []),
      view.form(d),
      state.statusLine,
      state.results,
    ),
  );
  view.draw(d);
}

/** Loads the open screen's figures (the statistics, by default); nothing for a user without any role. */
export function loadScreen(d: Dashboard): Promise<void> {
  if (allowedScreens(d.state.identity).length === 0) return Promise.resolve();
  return SCREEN_VIEWS[d.state.screen].load(d);
}

/** Opens another screen: drawn at once, its heading focused, its figures loading. */
function openScreen(d: Dashboard, screen: ScreenName): void {
  const { state } = d;
  if (screen === state.screen) return;
  state.sequence++;
  state.screen = screen;
  state.loading = false;
  state.failure = undefined;
  state.data = {};
  d.showScreen(screen);
  d.render();
  d.main.querySelector<HTMLElement>('h1')?.focus();
  void loadScreen(d);
}

/**
 * Loads the figures of the chosen site and period, then the comments. Only the latest load
 * is shown: an answer to an earlier one (or one from before a sign-out) is dropped.
 */
async function loadFigures(d: Dashboard): Promise<void> {
  const { state } = d;
  const mine = ++state.sequence;
  const asked = { site: state.site.id, range: state.range };
  state.loading = true;
  state.failure = undefined;
  state.comments = undefined;
  renderResults(d);
  try {
    const [feedback, chat] = await Promise.all([
      d.api.feedbackStats(asked.site, asked.range),
      d.api.chatStats(asked.site, asked.range),
    ]);
    if (mine !== state.sequence) return;
    state.loaded = { feedback, chat };
    if (state.commentsUrl && !feedback.pages.some((p) => p.url === state.commentsUrl)) state.commentsUrl = '';
  } catch (error) {
    if (mine !== state.sequence) return;
    if (error instanceof SignInRequiredError) {
      await d.signInAgain();
      return;
    }
    state.loaded = undefined;
    state.failure = failureOf(error);
  }
  state.loading = false;
  renderResults(d);
  if (state.loaded) void loadComments(d, mine, false);
}

/** Shows what the latest load brought: «loading», a notice saying why there is nothing, or the sections. */
function renderResults(d: Dashboard): void {
  const { state } = d;
  const { t, fmt, results, statusLine, loaded } = state;
  if (state.view !== 'dashboard' || state.screen !== 'stats' || !results || !statusLine) return;
  destroyCharts(state);
  results.setAttribute('aria-busy', String(state.loading));
  if (state.loading) {
    statusLine.textContent = t.loading;
    return;
  }
  if (state.failure) {
    statusLine.textContent = '';
    results.replaceChildren(failureNotice(d, state.failure));
    return;
  }
  if (!loaded) return;
  statusLine.textContent = t.showing(fmt.range(loaded.feedback.from, loaded.feedback.to));
  results.replaceChildren(
    summarySection(d, loaded),
    feedbackSection(d, loaded.feedback),
    chatSection(d, loaded.chat),
    commentsSection(d, loaded.feedback),
  );
}
