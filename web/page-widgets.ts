/**
 * widget.js: what one script tag puts on a municipality's page, the feedback question
 * («Fant du det du lette etter?») and the chat's launcher (the chat window itself is chat.js,
 * loaded on the launcher's first click). One script tag per page:
 *
 *   <script src="https://…/widget.js" data-site="demo" data-lang="nb" data-chat="on" defer></script>
 *
 * data-site        the site id (required)
 * data-api         the service's base URL (default: where this script was loaded from)
 * data-lang        nb | nn | en (default nb)
 * data-langs       the languages the chat window offers, the site's (default "nb nn en")
 * data-feedback    "off" leaves out "Fant du det du lette etter?"
 * data-chat        "on" adds the chat: a launcher here, the window from chat.js on first click
 * data-privacy-url the site's privacy page, linked from the chat window
 *
 * Each feature is its own module under `widget/`, mounted from here; the script never throws
 * into the host page and never blocks it.
 */

import { widgetHost } from './dom.ts';
import { readConfig } from './widget/config.ts';
import { mountFeedback } from './widget/feedback.ts';
import { mountLauncher } from './widget/launcher.ts';

// Only set while this script runs for the first time, so read it now.
const script = (document.currentScript ??
  document.querySelector('script[data-site]')) as HTMLScriptElement | null;

/** Runs one widget; a broken widget must never break the municipality's page, nor the other widget. */
function safely(name: string, mount: () => void) {
  try {
    mount();
  } catch (error) {
    console.warn(`kommune-feedback ${name}:`, error);
  }
}

function start() {
  safely('setup', () => {
    const config = readConfig(script, location.origin);
    if (!config) return;
    if (config.feedback) safely('feedback', () => mountFeedback(widgetHost('data-kommune-feedback'), config));
    if (config.chat) safely('chat', () => mountLauncher(config, script?.nonce));
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
