import { h } from '../dom.ts';
import type { Dashboard, Loaded } from './state.ts';
import { summarize } from './stats.ts';

/** The key figures of the period at a glance, feedback and chat together. */
export function summarySection(d: Dashboard, { feedback, chat }: Loaded): HTMLElement {
  const { t, fmt } = d.state;
  const s = summarize(feedback, chat);
  const figure = (key: string, label: string, value: string) =>
    h('div', { class: 'figure' }, h('dt', {}, label), h('dd', { 'data-figure': key }, value));
  return h(
    'section',
    { 'aria-labelledby': 'summary-h' },
    h('h2', { id: 'summary-h' }, t.summary),
    h(
      'dl',
      { class: 'figures' },
      figure('answers', t.answers, fmt.integer(s.answers)),
      figure('found', t.found, fmt.integer(s.found)),
      figure('notFound', t.notFound, fmt.integer(s.notFound)),
      figure('foundShare', t.foundShare, fmt.percent(s.foundShare)),
      figure('conversations', t.conversations, fmt.integer(s.conversations)),
      figure('messages', t.messages, fmt.integer(s.messages)),
      figure('fallbackShare', t.fallbackShare, fmt.percent(s.fallbackShare)),
      figure('downloads', t.downloads, fmt.integer(s.downloads)),
      figure('deletions', t.deletions, fmt.integer(s.deletions)),
    ),
  );
}
