/**
 * The editorial staff's dashboard (`/dashboard/`): statistics of page feedback and chat, per
 * site and period. Deployed as static files with `config.json` next to them, which names the
 * sites and how staff sign in (see config.ts).
 */
import { h } from '../dom.ts';
import { staffApi } from './api.ts';
import { mountDashboard } from './app.ts';
import { createAuth, SignInFailedError } from './auth.ts';
import { loadDashboardConfig } from './config.ts';
import { DASHBOARD_TEXTS, type DashboardLang, parseDashboardLang } from './i18n.ts';
import { isScreenName } from './screens.ts';

const LANG_KEY = 'kommune-dashboard:lang';
// Read while the script runs: config.json is next to the script, wherever the page is served.
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

function storedLang(): DashboardLang {
  try {
    return parseDashboardLang(localStorage.getItem(LANG_KEY));
  } catch {
    return 'nb';
  }
}

function saveLang(lang: DashboardLang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // The choice then lasts as long as the page.
  }
}

async function boot() {
  const root = document.getElementById('app') ?? document.body;
  const lang = storedLang();
  let config: Awaited<ReturnType<typeof loadDashboardConfig>>;
  try {
    config = await loadDashboardConfig(new URL('config.json', scriptSrc).href);
  } catch {
    const message = h('p', { class: 'notice wrap', role: 'alert' }, DASHBOARD_TEXTS[lang].configError);
    document.getElementById('main')?.replaceChildren(message);
    return;
  }
  const auth = createAuth(config.auth, scriptSrc);
  let notice: 'signInFailed' | undefined;
  try {
    await auth.completeSignIn();
  } catch (error) {
    if (!(error instanceof SignInFailedError)) throw error;
    notice = 'signInFailed';
  }
  const screen = location.hash.slice(1);
  mountDashboard({
    root,
    config,
    auth,
    api: staffApi({ token: () => auth.token() }),
    lang,
    saveLang,
    ...(notice && { notice }),
    ...(isScreenName(screen) && { screen }),
    showScreen: (screen) => history.replaceState(null, '', `#${screen}`),
  });
}

void boot();
