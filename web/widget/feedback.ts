import { MAX_COMMENT_LENGTH } from '../../shared/feedback/limits.ts';
import { h, shadowWithStyles } from '../dom.ts';
import { sendFeedback } from './api.ts';
import type { WidgetConfig } from './config.ts';
import { FEEDBACK_TEXTS } from './i18n.ts';
import { pageVote } from './vote.ts';
import { browserStorage, hasVoted, osloDay, rememberVote } from './voted.ts';

/**
 * Styles live in the widget's shadow root, so the page's CSS cannot reach in and ours cannot
 * leak out. Sizes are in em from `medium`, the visitor's own default text size, so a page
 * that shrinks its root font (`html { font-size: 62.5% }`) does not shrink the widget. Custom properties do cross the boundary; a site sets them on the host element
 * (`[data-kommune-feedback]`) or on `:root`:
 *
 *   --kf-accent       button background and border (default #0b4f8a)
 *   --kf-accent-text  button text (default #fff)
 *   --kf-accent-hover button background on hover (default #083a66)
 *   --kf-text         text colour (default #1a1a1a)
 *   --kf-bg           panel background (default #f3f5f8)
 *   --kf-border       panel border (default #c6ccd5)
 *   --kf-focus        focus outline (default #1a1a1a)
 *   --kf-font         font family (default the system UI font)
 *   --kf-radius       panel corner radius (default 8px)
 *
 * Keep the contrast at WCAG AA (4.5:1 for text, 3:1 for borders and focus) when overriding.
 */
const CSS = `
:host{all:initial;display:block}
[hidden]{display:none!important}
.kf{box-sizing:border-box;max-width:40em;margin:2em 0 0;padding:1em 1.25em;font:medium/1.5 var(--kf-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--kf-text,#1a1a1a);background:var(--kf-bg,#f3f5f8);border:1px solid var(--kf-border,#c6ccd5);border-radius:var(--kf-radius,8px)}
h2{margin:0 0 .75em;font-size:1.125em;line-height:1.3}
p{margin:.25em 0}
.row{display:flex;flex-wrap:wrap;gap:.75em}
button{min-width:5.5em;min-height:44px;padding:.5em 1.25em;font:inherit;font-weight:600;color:var(--kf-accent-text,#fff);background:var(--kf-accent,#0b4f8a);border:2px solid var(--kf-accent,#0b4f8a);border-radius:6px;cursor:pointer}
button:hover{background:var(--kf-accent-hover,#083a66)}
:focus-visible{outline:3px solid var(--kf-focus,#1a1a1a);outline-offset:2px}
label{display:block;font-weight:600}
textarea{display:block;box-sizing:border-box;width:100%;margin:.5em 0 0;padding:.5em;font:inherit;color:#1a1a1a;background:#fff;border:1px solid #5f6b7a;border-radius:4px;resize:vertical}
.small{font-size:.875em}
form button{margin-top:.5em}
.msg{margin:0;font-weight:600}
.msg:not(:empty){margin-top:.75em}
.msg:not(:empty)+form{margin-top:.75em}
@media (prefers-reduced-motion:no-preference){button{transition:background-color .15s}}
`;

/**
 * "Fant du det du lette etter?": Ja and Nei are sent on the click; Nei then opens an optional
 * comment box, whose Send sends the Nei again with the comment (see vote.ts). Once a vote is
 * taken the buttons are gone for this page until the next day.
 */
export function mountFeedback(host: HTMLElement, config: WidgetConfig): void {
  if (host.shadowRoot) return; // Already mounted: the script is on the page twice.
  const t = FEEDBACK_TEXTS[config.lang];
  // Origin and path only: a query string or fragment may hold personal data.
  const page = location.origin + location.pathname;
  const day = osloDay();
  const storage = browserStorage();

  // The live region is in the page from the start, so screen readers announce what it gets.
  const status = h('p', { class: 'msg', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const panel = h('section', { class: 'kf', lang: config.lang, 'aria-labelledby': 'kf-q' });
  panel.append(h('h2', { id: 'kf-q' }, t.question));
  shadowWithStyles(host, CSS).append(panel);

  if (hasVoted(storage, page, day)) {
    status.textContent = t.thanks;
    panel.append(status);
    return;
  }

  const yes = h('button', { type: 'button' }, t.yes);
  const no = h('button', { type: 'button' }, t.no);
  const buttons = h('div', { class: 'row', role: 'group', 'aria-labelledby': 'kf-q' }, yes, no);
  const comment = h('textarea', {
    id: 'kf-c',
    rows: '4',
    maxlength: String(MAX_COMMENT_LENGTH),
    'aria-describedby': 'kf-n kf-k',
  });
  const count = h('p', { id: 'kf-k', class: 'small' }, t.count(0, MAX_COMMENT_LENGTH));
  const form = h(
    'form',
    { hidden: '' },
    h('label', { for: 'kf-c' }, t.label),
    h('p', { id: 'kf-n', class: 'small' }, t.notice),
    comment,
    count,
    h('button', { type: 'submit' }, t.send),
  );
  // The status comes before the form, so "Nei" is thanked above the comment box it opens.
  panel.append(buttons, status, form);

  const vote = pageVote((found, text) =>
    sendFeedback(config, { url: page, found, lang: config.lang, ...(text && { comment: text }) }),
  );
  let busy = false;
  async function submit(found: boolean, text = '') {
    if (busy) return;
    busy = true;
    status.textContent = '';
    const ok = await vote.finish(found, text);
    busy = false;
    if (!ok) {
      // The buttons and the comment stay, so the visitor can try again.
      status.textContent = t.error;
      return;
    }
    rememberVote(storage, page, day);
    buttons.remove();
    form.remove();
    status.textContent = t.thanks;
    // The focused button is gone; keep keyboard users in the widget rather than at the page top.
    status.focus();
  }

  yes.addEventListener('click', () => void submit(true));
  no.addEventListener('click', () => {
    buttons.hidden = true;
    form.hidden = false;
    comment.focus();
    void vote.no().then((ok) => {
      if (!ok) return; // Quietly: the comment's Send sends the Nei again.
      rememberVote(storage, page, day);
      if (!busy) status.textContent = t.noted;
    });
  });
  comment.addEventListener('input', () => {
    count.textContent = t.count(comment.value.length, MAX_COMMENT_LENGTH);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(false, comment.value.trim());
  });
}
