import { h } from '../dom.ts';
import { destroyCharts } from './blocks.ts';
import { osloToday } from './days.ts';
import { loadScreen, renderDashboard } from './results.ts';
import { renderShell } from './shell.ts';
import { renderSignIn, showSignIn } from './sign-in.ts';
import { createDashboardState, type Dashboard, type DashboardDeps } from './state.ts';

/**
 * The editorial staff's dashboard: sign-in, the period, and the figures of one site. Server
 * data is only ever set as text. Every re-render keeps the focus where the user left it.
 * The views and sections are modules of their own that share one state object (state.ts).
 */
export function mountDashboard(deps: DashboardDeps): void {
  const { auth } = deps;
  const today = deps.today ?? (() => osloToday());
  const d: Dashboard = {
    root: deps.root,
    config: deps.config,
    auth,
    api: deps.api,
    saveLang: deps.saveLang,
    today,
    save: deps.save ?? saveFile,
    state: createDashboardState(deps, today()),
    main: h('main', { id: 'main', tabindex: '-1' }),
    showScreen: deps.showScreen ?? (() => undefined),
    render: () => render(d),
    load: () => loadScreen(d),
    showSignIn: (notice) => showSignIn(d, notice),
    signInAgain: async () => {
      await auth.signOut();
      showSignIn(d, auth.mode === 'local' ? 'tokenRejected' : 'sessionExpired');
    },
  };
  const start = async () => {
    d.state.identity = await auth.identity();
    d.state.view = d.state.identity ? 'dashboard' : 'signIn';
    render(d);
    if (d.state.view === 'dashboard') void loadScreen(d);
  };
  void start();
}

/** Draws the whole page for the current view, after removing the charts of the last one. */
function render(d: Dashboard): void {
  destroyCharts(d.state);
  renderShell(d);
  if (d.state.view === 'signIn') renderSignIn(d);
  else renderDashboard(d);
}

/** Saves a downloaded file: a temporary object URL and link, as a plain link cannot carry the token. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
