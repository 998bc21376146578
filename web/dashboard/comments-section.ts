import { button, h } from '../dom.ts';
import { type FeedbackStats, SignInRequiredError } from './api.ts';
import { pageCell, panel, table } from './blocks.ts';
import type { Dashboard } from './state.ts';
import { pageLabel } from './stats.ts';

/** The visitors' comments (masked as stored), for all pages or one, newest first. */
export function commentsSection(d: Dashboard, feedback: FeedbackStats): HTMLElement {
  const { state } = d;
  const { t } = state;
  const withComments = feedback.pages.filter((page) => page.comments > 0);
  const select = h(
    'select',
    { id: 'comments-page' },
    h('option', { value: '' }, t.allPages),
    ...withComments.map((page) => {
      const option = h('option', { value: page.url }, pageLabel(page.url));
      option.selected = page.url === state.commentsUrl;
      return option;
    }),
  );
  select.addEventListener('change', () => {
    state.commentsUrl = select.value;
    state.comments = undefined;
    renderComments(d);
    void loadComments(d, state.sequence, false);
  });
  state.commentsBody = h('div', { class: 'comments', 'aria-live': 'polite' });
  renderComments(d);
  return panel(
    'comments',
    t.commentsHeading,
    h('p', {}, t.commentsIntro),
    h('div', { class: 'field' }, h('label', { for: 'comments-page' }, t.commentsPage), select),
    state.commentsBody,
  );
}

/**
 * Loads the first page of comments, or with `more` the next one. `mine` is the load it belongs
 * to: an answer that comes after another load (or sign-out), or for another page, is dropped.
 */
export async function loadComments(d: Dashboard, mine: number, more: boolean): Promise<void> {
  const { state } = d;
  const asked = {
    site: state.site.id,
    range: state.range,
    url: state.commentsUrl || undefined,
    cursor: more ? state.comments?.next : undefined,
  };
  try {
    const page = await d.api.comments(asked.site, asked.range, {
      ...(asked.url && { url: asked.url }),
      ...(asked.cursor && { cursor: asked.cursor }),
    });
    if (mine !== state.sequence || asked.url !== (state.commentsUrl || undefined)) return;
    const before = more ? (state.comments?.items.length ?? 0) : 0;
    state.comments = {
      items: [...(more ? (state.comments?.items ?? []) : []), ...page.items],
      next: page.next,
    };
    renderComments(d);
    // The focus goes to the first comment that came in, not back to the top of the page.
    if (more)
      state.commentsBody?.querySelectorAll<HTMLElement>('tbody tr')[before]?.querySelector('th')?.focus();
  } catch (error) {
    if (mine !== state.sequence) return;
    if (error instanceof SignInRequiredError) {
      await d.signInAgain();
      return;
    }
    state.comments = { items: state.comments?.items ?? [], failed: true };
    renderComments(d);
  }
}

/** Shows the comments loaded so far: the table, a notice if loading failed, and «more» if there are more. */
function renderComments(d: Dashboard): void {
  const { t, fmt, comments, commentsBody } = d.state;
  if (!commentsBody) return;
  if (!comments) {
    commentsBody.replaceChildren(h('p', { class: 'hint' }, t.loading));
    return;
  }
  const parts: HTMLElement[] = [];
  if (comments.items.length === 0 && !comments.failed) parts.push(h('p', { class: 'empty' }, t.noComments));
  if (comments.items.length > 0) {
    const rows = comments.items.map((c) => [
      fmt.moment(c.at),
      pageCell(c.url),
      c.found ? t.found : t.notFound,
      c.comment,
    ]);
    const commentsTable = table(t.commentsCaption, [t.time, t.page, t.answer, t.comment], rows, 'comments');
    for (const th of commentsTable.querySelectorAll('tbody th')) th.setAttribute('tabindex', '-1');
    parts.push(commentsTable);
  }
  if (comments.failed) parts.push(h('p', { class: 'notice', role: 'alert' }, t.loadError));
  if (comments.next) {
    const more = button(
      t.moreComments,
      () => {
        more.disabled = true;
        void loadComments(d, d.state.sequence, true);
      },
      { class: 'quiet' },
    );
    parts.push(more);
  }
  commentsBody.replaceChildren(...parts);
}
