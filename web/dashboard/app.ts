import { h } from '../widget/dom.ts';
import {
  AccessDeniedError,
  type ChatStats,
  type CommentsPage,
  type CsvRequest,
  type FeedbackStats,
  SignInRequiredError,
  type StaffApi,
} from './api.ts';
import type { Auth } from './auth.ts';
import { type LineSeries, lineChart } from './chart.ts';
import type { DashboardConfig, DashboardSite } from './config.ts';
import {
  checkRange,
  type DayRange,
  DEFAULT_RANGE_DAYS,
  lastDays,
  MAX_RANGE_DAYS,
  osloToday,
  QUICK_RANGES,
  quickRangeOf,
} from './days.ts';
import {
  DASHBOARD_LANGS,
  DASHBOARD_TEXTS,
  type DashboardLang,
  type DashboardTexts,
  type Formatters,
  formatters,
  LANG_NAMES,
} from './i18n.ts';
import { chartSeries, pageLabel, platformRows, rankPages, share, summarize, withShares } from './stats.ts';

/** How many rows the ranked tables show; the CSV files hold them all. */
const TOP_PAGES = 20;
const TOP_ROWS = 10;

// Lines: at least 3:1 against white, and each with its own dash pattern.
const COLORS = {
  found: '#00703c',
  notFound: '#b3261e',
  conversations: '#0b4f8a',
  messages: '#6b3fa0',
  fallback: '#b3261e',
};

export interface DashboardDeps {
  root: HTMLElement;
  config: DashboardConfig;
  auth: Auth;
  api: StaffApi;
  lang: DashboardLang;
  /** Remembers the chosen language (not personal data). */
  saveLang: (lang: DashboardLang) => void;
  /** A notice for the sign-in form, e.g. when the issuer refused the sign-in. */
  notice?: 'signInFailed';
  today?: () => string;
  save?: (blob: Blob, fileName: string) => void;
}

type Loaded = { feedback: FeedbackStats; chat: ChatStats };
type Failure = 'forbiddenRole' | 'forbiddenSite' | 'loadError';

/**
 * The editorial staff's dashboard: sign-in, the period, and the figures of one site. Server
 * data is only ever set as text. Every re-render keeps the focus where the user left it.
 */
export function mountDashboard(deps: DashboardDeps): void {
  const { root, config, auth, api } = deps;
  const today = deps.today ?? (() => osloToday());
  const save = deps.save ?? saveFile;
  let lang = deps.lang;
  let t: DashboardTexts = DASHBOARD_TEXTS[lang];
  let fmt: Formatters = formatters(lang);
  let site: DashboardSite = config.sites[0] as DashboardSite;
  let range: DayRange = lastDays(DEFAULT_RANGE_DAYS, today());
  let view: 'signIn' | 'dashboard' = 'signIn';
  let signInNotice: 'tokenRejected' | 'sessionExpired' | 'signInFailed' | undefined = deps.notice;
  let loaded: Loaded | undefined;
  let failure: Failure | undefined;
  let loading = false;
  let commentsUrl = '';
  let comments: { items: CommentsPage['items']; next?: string | undefined; failed?: boolean } | undefined;
  let sequence = 0;
  let charts: { destroy(): void }[] = [];

  const main = h('main', { id: 'main', tabindex: '-1' });

  // ---- shell: skip link, header with language switch and sign-out ----

  function renderShell() {
    document.documentElement.lang = lang;
    document.title = `${t.appName} – ${site.name}`;
    const langGroup = h(
      'div',
      { class: 'langs', role: 'group', 'aria-label': t.language },
      ...DASHBOARD_LANGS.map((code) => {
        const button = h(
          'button',
          { type: 'button', lang: code, 'data-lang': code, 'aria-pressed': String(code === lang) },
          LANG_NAMES[code],
        );
        button.addEventListener('click', () => setLang(code));
        return button;
      }),
    );
    const header = h(
      'header',
      { class: 'top' },
      h('div', { class: 'wrap bar' }, h('p', { class: 'brand' }, t.appName), langGroup),
    );
    if (view === 'dashboard') {
      const signOut = h('button', { type: 'button', class: 'quiet', 'data-action': 'sign-out' }, t.signOut);
      signOut.addEventListener('click', () => void doSignOut());
      header.firstElementChild?.append(signOut);
    }
    root.replaceChildren(h('a', { class: 'skip', href: '#main' }, t.skip), header, main);
  }

  function setLang(code: DashboardLang) {
    if (code === lang) return;
    lang = code;
    t = DASHBOARD_TEXTS[lang];
    fmt = formatters(lang);
    deps.saveLang(lang);
    render();
    root.querySelector<HTMLElement>(`[data-lang="${code}"]`)?.focus();
  }

  function render() {
    for (const chart of charts) chart.destroy();
    charts = [];
    renderShell();
    if (view === 'signIn') renderSignIn();
    else renderDashboard();
  }

  // ---- sign-in ----

  function renderSignIn() {
    const heading = h('h1', { tabindex: '-1' }, t.signIn);
    const notice = signInNotice ? h('p', { class: 'notice', role: 'alert' }, t[signInNotice]) : undefined;
    if (auth.mode === 'oidc') {
      const button = h('button', { type: 'button' }, t.signIn);
      button.addEventListener('click', () => {
        auth.signIn().catch(() => {
          signInNotice = 'signInFailed';
          render();
        });
      });
      main.replaceChildren(
        h(
          'div',
          { class: 'wrap narrow' },
          heading,
          ...(notice ? [notice] : []),
          h('p', {}, t.oidcIntro),
          button,
        ),
      );
      return;
    }
    const error = h('p', { id: 'token-error', class: 'field-error' });
    const input = h('input', {
      id: 'token',
      name: 'token',
      type: 'password',
      autocomplete: 'off',
      spellcheck: 'false',
      required: '',
      'aria-describedby': 'token-hint',
    });
    const form = h(
      'form',
      { class: 'signin', novalidate: '' },
      h('label', { for: 'token' }, t.tokenLabel),
      h('p', { id: 'token-hint', class: 'hint' }, t.localIntro),
      input,
      error,
      h('button', { type: 'submit' }, t.signIn),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!input.value.trim()) {
        error.textContent = t.tokenMissing;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', 'token-hint token-error');
        input.focus();
        return;
      }
      auth.signIn(input.value).then(
        () => {
          signInNotice = undefined;
          showDashboard();
        },
        () => showSignIn('signInFailed'),
      );
    });
    main.replaceChildren(h('div', { class: 'wrap narrow' }, heading, ...(notice ? [notice] : []), form));
  }

  function showSignIn(notice: typeof signInNotice) {
    view = 'signIn';
    signInNotice = notice;
    loaded = undefined;
    comments = undefined;
    render();
    (main.querySelector<HTMLElement>('#token') ?? main.querySelector<HTMLElement>('h1'))?.focus();
  }

  async function doSignOut() {
    sequence++;
    await auth.signOut();
    showSignIn(undefined);
  }

  function showDashboard() {
    view = 'dashboard';
    render();
    main.querySelector<HTMLElement>('h1')?.focus();
    void load();
  }

  // ---- the dashboard ----

  let statusLine: HTMLElement;
  let results: HTMLElement;

  function renderDashboard() {
    const heading = h('h1', { tabindex: '-1' }, t.heading(site.name));
    statusLine = h('p', { class: 'status', role: 'status' });
    results = h('div', { class: 'results' });
    main.replaceChildren(h('div', { class: 'wrap' }, heading, filtersForm(), statusLine, results));
    renderResults();
  }

  function filtersForm(): HTMLFormElement {
    const max = today();
    const from = h('input', { id: 'from', name: 'from', type: 'date', value: range.from, max, required: '' });
    const to = h('input', { id: 'to', name: 'to', type: 'date', value: range.to, max, required: '' });
    const error = h('p', { id: 'range-error', class: 'field-error' });
    const fields: HTMLElement[] = [];
    if (config.sites.length > 1) {
      const select = h(
        'select',
        { id: 'site', name: 'site' },
        ...config.sites.map((s) => {
          const option = h('option', { value: s.id }, s.name);
          option.selected = s.id === site.id;
          return option;
        }),
      );
      select.addEventListener('change', () => {
        site = config.sites.find((s) => s.id === select.value) ?? site;
        document.title = `${t.appName} – ${site.name}`;
        const heading = main.querySelector('h1');
        if (heading) heading.textContent = t.heading(site.name);
        commentsUrl = '';
        void load();
      });
      fields.push(h('div', { class: 'field' }, h('label', { for: 'site' }, t.site), select));
    }
    fields.push(
      h('div', { class: 'field' }, h('label', { for: 'from' }, t.from), from),
      h('div', { class: 'field' }, h('label', { for: 'to' }, t.to), to),
      h('button', { type: 'submit' }, t.show),
    );
    const quick = h(
      'div',
      { class: 'quick', role: 'group', 'aria-label': t.quickRanges },
      ...QUICK_RANGES.map((days) => {
        const button = h(
          'button',
          { type: 'button', class: 'quiet', 'data-days': String(days), 'aria-pressed': 'false' },
          t.lastDays(days),
        );
        button.addEventListener('click', () => {
          const next = lastDays(days, today());
          from.value = next.from;
          to.value = next.to;
          setRange(next);
        });
        return button;
      }),
    );
    const form = h(
      'form',
      { class: 'filters', 'aria-label': t.filters, novalidate: '' },
      h('div', { class: 'row' }, ...fields),
      error,
      quick,
    );
    const markQuick = () => {
      const current = quickRangeOf(range, today());
      for (const button of quick.querySelectorAll('button')) {
        button.setAttribute('aria-pressed', String(Number(button.dataset.days) === current));
      }
    };
    markQuick();
    const clearError = () => {
      error.textContent = '';
      for (const input of [from, to]) {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    };
    const setRange = (next: DayRange) => {
      clearError();
      range = next;
      markQuick();
      void load();
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const checked = checkRange(from.value, to.value);
      if (!checked.ok) {
        clearError();
        error.textContent =
          checked.problem === 'invalid'
            ? t.rangeInvalid
            : checked.problem === 'order'
              ? t.rangeOrder
              : t.rangeTooLong(MAX_RANGE_DAYS);
        const field = checked.field === 'from' ? from : to;
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', 'range-error');
        field.focus();
        return;
      }
      setRange(checked.range);
    });
    return form;
  }

  async function load() {
    const mine = ++sequence;
    const asked = { site: site.id, range };
    loading = true;
    failure = undefined;
    comments = undefined;
    renderResults();
    try {
      const [feedback, chat] = await Promise.all([
        api.feedbackStats(asked.site, asked.range),
        api.chatStats(asked.site, asked.range),
      ]);
      if (mine !== sequence) return;
      loaded = { feedback, chat };
      if (commentsUrl && !feedback.pages.some((p) => p.url === commentsUrl)) commentsUrl = '';
    } catch (error) {
      if (mine !== sequence) return;
      if (error instanceof SignInRequiredError) {
        await auth.signOut();
        showSignIn(auth.mode === 'local' ? 'tokenRejected' : 'sessionExpired');
        return;
      }
      loaded = undefined;
      failure =
        error instanceof AccessDeniedError
          ? error.code === 'missing_role'
            ? 'forbiddenRole'
            : 'forbiddenSite'
          : 'loadError';
    }
    loading = false;
    renderResults();
    if (loaded) void loadComments(mine, false);
  }

  function renderResults() {
    if (view !== 'dashboard' || !results) return;
    for (const chart of charts) chart.destroy();
    charts = [];
    results.setAttribute('aria-busy', String(loading));
    if (loading) {
      statusLine.textContent = t.loading;
      return;
    }
    if (failure) {
      statusLine.textContent = '';
      const message =
        failure === 'forbiddenSite'
          ? t.forbiddenSite(site.name)
          : failure === 'forbiddenRole'
            ? t.forbiddenRole
            : t.loadError;
      results.replaceChildren(h('p', { class: 'notice', role: 'alert' }, message));
      return;
    }
    if (!loaded) return;
    statusLine.textContent = t.showing(fmt.range(loaded.feedback.from, loaded.feedback.to));
    results.replaceChildren(
      summarySection(loaded),
      feedbackSection(loaded.feedback),
      chatSection(loaded.chat),
      commentsSection(loaded.feedback),
    );
  }

  // ---- sections ----

  function summarySection({ feedback, chat }: Loaded) {
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

  function feedbackSection(feedback: FeedbackStats) {
    const { days, series } = chartSeries(feedback.daily, ['found', 'notFound'] as const);
    const lines: LineSeries[] = [
      { label: t.found, values: series.found, color: COLORS.found },
      { label: t.notFound, values: series.notFound, color: COLORS.notFound, dash: [8, 4] },
    ];
    const alt = t.feedbackChartAlt(
      fmt.range(feedback.from, feedback.to),
      fmt.integer(feedback.totals.found),
      fmt.integer(feedback.totals.notFound),
    );
    const ranked = rankPages(feedback.pages);
    const answered = feedback.totals.found + feedback.totals.notFound > 0;
    return h(
      'section',
      { 'aria-labelledby': 'feedback-h', class: 'panel' },
      h('h2', { id: 'feedback-h' }, t.feedbackHeading),
      chartBlock('feedback-chart', t.feedbackChart, alt, days, lines),
      ...(answered ? [] : [h('p', { class: 'empty' }, t.noAnswers)]),
      h('h3', {}, t.pagesHeading),
      ...(ranked.length === 0
        ? [h('p', { class: 'empty' }, t.noAnswers)]
        : [
            table(
              t.pagesCaption,
              [t.page, t.votes, t.found, t.notFound, t.foundShare, t.comments],
              ranked
                .slice(0, TOP_PAGES)
                .map((page) => [
                  pageCell(page.url),
                  fmt.integer(page.answers),
                  fmt.integer(page.found),
                  fmt.integer(page.notFound),
                  fmt.percent(page.foundShare),
                  fmt.integer(page.comments),
                ]),
              'pages',
            ),
            h('p', { class: 'hint' }, t.pagesShown(Math.min(TOP_PAGES, ranked.length), ranked.length)),
          ]),
      csvButtons([
        [t.csv.feedbackDaily, { stats: 'feedback', table: 'daily' }],
        [t.csv.feedbackPages, { stats: 'feedback', table: 'pages' }],
      ]),
    );
  }

  function chatSection(chat: ChatStats) {
    const { days, series } = chartSeries(chat.daily, ['conversations', 'messages', 'fallback'] as const);
    const lines: LineSeries[] = [
      { label: t.conversations, values: series.conversations, color: COLORS.conversations },
      { label: t.messages, values: series.messages, color: COLORS.messages, dash: [2, 3] },
      { label: t.fallback, values: series.fallback, color: COLORS.fallback, dash: [8, 4] },
    ];
    const alt = t.chatChartAlt(
      fmt.range(chat.from, chat.to),
      fmt.integer(chat.totals.conversations),
      fmt.integer(chat.totals.messages),
      fmt.integer(chat.totals.fallback),
    );
    const intents = withShares(chat.intents).slice(0, TOP_ROWS);
    const browsers = withShares(chat.browsers).slice(0, TOP_ROWS);
    const any = chat.totals.conversations + chat.totals.messages > 0;
    return h(
      'section',
      { 'aria-labelledby': 'chat-h', class: 'panel' },
      h('h2', { id: 'chat-h' }, t.chatHeading),
      chartBlock('chat-chart', t.chatChart, alt, days, lines),
      ...(any
        ? [
            h(
              'p',
              { 'data-figure': 'fallbackNote' },
              t.fallbackNote(fmt.percent(share(chat.totals.fallback, chat.totals.messages))),
            ),
          ]
        : [h('p', { class: 'empty' }, t.noConversations)]),
      h('h3', {}, t.intentsHeading),
      intents.length === 0
        ? h('p', { class: 'empty' }, t.noConversations)
        : table(
            t.intentsCaption,
            [t.intent, t.count, t.share],
            intents.map((row) => [
              row.intent === 'fallback' ? t.fallbackIntent : row.intent,
              fmt.integer(row.count),
              fmt.percent(row.share),
            ]),
            'intents',
          ),
      h('h3', {}, t.devicesHeading),
      h(
        'div',
        { class: 'pair' },
        table(
          t.devicesCaption,
          [t.device, t.count, t.share],
          platformRows(chat.platforms).map((row) => [
            t.platforms[row.platform],
            fmt.integer(row.count),
            fmt.percent(row.share),
          ]),
          'platforms',
        ),
        browsers.length === 0
          ? h('p', { class: 'empty' }, t.noConversations)
          : table(
              t.browsersCaption,
              [t.browser, t.count, t.share],
              browsers.map((row) => [row.name, fmt.integer(row.count), fmt.percent(row.share)]),
              'browsers',
            ),
      ),
      csvButtons([
        [t.csv.chatDaily, { stats: 'chat', table: 'daily' }],
        [t.csv.chatIntents, { stats: 'chat', table: 'intents' }],
        [t.csv.chatPlatforms, { stats: 'chat', table: 'platforms' }],
        [t.csv.chatBrowsers, { stats: 'chat', table: 'browsers' }],
      ]),
    );
  }

  let commentsBody: HTMLElement;

  function commentsSection(feedback: FeedbackStats) {
    const withComments = feedback.pages.filter((page) => page.comments > 0);
    const select = h(
      'select',
      { id: 'comments-page' },
      h('option', { value: '' }, t.allPages),
      ...withComments.map((page) => {
        const option = h('option', { value: page.url }, pageLabel(page.url));
        option.selected = page.url === commentsUrl;
        return option;
      }),
    );
    select.addEventListener('change', () => {
      commentsUrl = select.value;
      comments = undefined;
      renderComments();
      void loadComments(sequence, false);
    });
    commentsBody = h('div', { class: 'comments', 'aria-live': 'polite' });
    renderComments();
    return h(
      'section',
      { 'aria-labelledby': 'comments-h', class: 'panel' },
      h('h2', { id: 'comments-h' }, t.commentsHeading),
      h('p', {}, t.commentsIntro),
      h('div', { class: 'field' }, h('label', { for: 'comments-page' }, t.commentsPage), select),
      commentsBody,
    );
  }

  async function loadComments(mine: number, more: boolean) {
    const asked = {
      site: site.id,
      range,
      url: commentsUrl || undefined,
      cursor: more ? comments?.next : undefined,
    };
    try {
      const page = await api.comments(asked.site, asked.range, {
        ...(asked.url && { url: asked.url }),
        ...(asked.cursor && { cursor: asked.cursor }),
      });
      if (mine !== sequence || asked.url !== (commentsUrl || undefined)) return;
      const before = more ? (comments?.items.length ?? 0) : 0;
      comments = { items: [...(more ? (comments?.items ?? []) : []), ...page.items], next: page.next };
      renderComments();
      if (more) commentsBody.querySelectorAll<HTMLElement>('tbody tr')[before]?.querySelector('th')?.focus();
    } catch (error) {
      if (mine !== sequence) return;
      if (error instanceof SignInRequiredError) {
        await auth.signOut();
        showSignIn(auth.mode === 'local' ? 'tokenRejected' : 'sessionExpired');
        return;
      }
      comments = { items: comments?.items ?? [], failed: true };
      renderComments();
    }
  }

  function renderComments() {
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
      const more = h('button', { type: 'button', class: 'quiet' }, t.moreComments);
      more.addEventListener('click', () => {
        more.disabled = true;
        void loadComments(sequence, true);
      });
      parts.push(more);
    }
    commentsBody.replaceChildren(...parts);
  }

  // ---- building blocks ----

  function chartBlock(id: string, title: string, alt: string, days: string[], lines: LineSeries[]) {
    const plot = h('div', { class: 'plot', role: 'img', 'aria-label': alt, id });
    const legend = h(
      'ul',
      { class: 'legend' },
      ...lines.map((line) => {
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.borderTopColor = line.color;
        swatch.style.borderTopStyle = line.dash ? (line.dash[0] === 2 ? 'dotted' : 'dashed') : 'solid';
        return h('li', {}, swatch, line.label);
      }),
    );
    const dayTable = table(
      title,
      [t.date, ...lines.map((line) => line.label)],
      days.map((day, index) => [fmt.day(day), ...lines.map((line) => fmt.integer(line.values[index] ?? 0))]),
      `${id}-table`,
    );
    const block = h(
      'div',
      { class: 'chart' },
      h('h3', {}, title),
      legend,
      plot,
      h('details', {}, h('summary', {}, t.figuresPerDay), dayTable),
    );
    // uPlot measures its container, so it is drawn once the block is in the page.
    queueMicrotask(() => {
      if (!plot.isConnected) return;
      charts.push(lineChart(plot, { days, series: lines, dayLabel: fmt.shortDay, integer: fmt.integer }));
    });
    return block;
  }

  function csvButtons(items: [string, CsvRequest][]) {
    const note = h('p', { class: 'hint', role: 'status' });
    return h(
      'div',
      { class: 'csv', role: 'group', 'aria-label': t.downloadCsv },
      h('p', { class: 'csv-title', 'aria-hidden': 'true' }, t.downloadCsv),
      h(
        'div',
        { class: 'row' },
        ...items.map(([label, request]) => {
          const button = h(
            'button',
            { type: 'button', class: 'quiet', 'data-csv': `${request.stats}-${request.table}` },
            label,
          );
          button.addEventListener('click', async () => {
            button.disabled = true;
            note.textContent = '';
            try {
              const file = await api.csv(site.id, range, request);
              save(file.blob, file.fileName);
              note.textContent = t.downloaded(file.fileName);
            } catch (error) {
              if (error instanceof SignInRequiredError) {
                await auth.signOut();
                showSignIn(auth.mode === 'local' ? 'tokenRejected' : 'sessionExpired');
                return;
              }
              note.textContent = t.downloadError;
            } finally {
              button.disabled = false;
            }
          });
          return button;
        }),
      ),
      note,
    );
  }

  /** A table with a caption, column headers and the first cell of each row as its row header. */
  function table(caption: string, headers: string[], rows: (string | Node)[][], name: string) {
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { 'data-table': name },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
        h(
          'tbody',
          {},
          ...rows.map((cells) =>
            h(
              'tr',
              {},
              ...cells.map((cell, index) =>
                index === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function pageCell(url: string): Node {
    // Only http(s) pages become links; anything else is shown as text.
    if (/^https?:\/\//i.test(url)) return h('a', { href: url }, pageLabel(url));
    return document.createTextNode(url);
  }

  // ---- start ----

  const start = async () => {
    view = (await auth.token()) ? 'dashboard' : 'signIn';
    if (view === 'dashboard') {
      render();
      void load();
    } else {
      render();
    }
  };
  void start();
}

/** Saves a downloaded file: a temporary object URL and link, as a plain link cannot carry the token. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
