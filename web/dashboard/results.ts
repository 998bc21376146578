import { h } from '../dom.ts';
import { AccessDeniedError, SignInRequiredError } from './api.ts';
import { destroyCharts } from './blocks.ts';
import { chatSection } from './chat-section.ts';
import { commentsSection, loadComments } from './comments-section.ts';
import { feedbackSection } from './feedback-section.ts';
import { filtersForm } from './filters.ts';
import type { Dashboard } from './state.ts';
import { summarySection } from './summary-section.ts';

/** The signed-in view: the site's heading, the filters, a status line and the figures. */
export function renderDashboard(d: Dashboard): void {
  const { state } = d;
  const heading = h('h1', { tabindex: '-1' }, state.t.heading(state.site.name));
  state.statusLine = h('p', { class: 'status', role: 'status' });
  state.results = h('div', { class: 'results' });
  d.main.replaceChildren(
    h('div', { class: 'wrap' }, heading, filtersForm(d), state.statusLine, state.results),
  );
  renderResults(d);
}

/**
 * Loads the figures of the chosen site and period, then the comments. Only the latest load
 * is shown: an answer to an earlier one (or one from before a sign-out) is dropped.
 */
export async function loadFigures(d: Dashboard): Promise<void> {
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
    state.failure =
      error instanceof AccessDeniedError
        ? error.code === 'missing_role'
          ? 'forbiddenRole'
          : 'forbiddenSite'
        : 'loadError';
  }
  state.loading = false;
  renderResults(d);
  if (state.loaded) void loadComments(d, mine, false);
}

/** Shows what the latest load brought: «loading», a notice saying why there is nothing, or the sections. */
function renderResults(d: Dashboard): void {
  const { state } = d;
  const { t, fmt, results, statusLine, loaded } = state;
  if (state.view !== 'dashboard' || !results || !statusLine) return;
  destroyCharts(state);
  results.setAttribute('aria-busy', String(state.loading));
  if (state.loading) {
    statusLine.textContent = t.loading;
    return;
  }
  if (state.failure) {
    statusLine.textContent = '';
    const message =
      state.failure === 'forbiddenSite'
        ? t.forbiddenSite(state.site.name)
        : state.failure === 'forbiddenRole'
          ? t.forbiddenRole
          : t.loadError;
    results.replaceChildren(h('p', { class: 'notice', role: 'alert' }, message));
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
