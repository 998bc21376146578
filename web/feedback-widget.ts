/**
 * The embeddable widget, one script tag per page:
 *
 *   <script src="https://…/widget.js" data-site="demo" data-lang="nb" defer></script>
 *
 * data-site     the site id (required)
 * data-api      the service's base URL (default: where this script was loaded from)
 * data-lang     nb | nn | en (default nb)
 * data-feedback "off" leaves out "Fant du det du lette etter?"
 *
 * Each feature is its own module under `widget/`, mounted from here; the script never throws
 * into the host page and never blocks it.
 */
import { readConfig } from './widget/config.ts';
import { widgetHost } from './widget/dom.ts';
import { mountFeedback } from './widget/feedback.ts';

// Only set while this script runs for the first time, so read it now.
const script = (document.currentScript ??
  document.querySelector('script[data-site]')) as HTMLScriptElement | null;

function start() {
  try {
    const config = readConfig(script, location.origin);
    if (!config) return;
    if (config.feedback) mountFeedback(widgetHost('data-kommune-feedback'), config);
  } catch (error) {
    // A broken widget must never break the municipality's page.
    console.warn('kommune-feedback:', error);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
