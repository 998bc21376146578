import type {
  AuditTrail,
  Billing,
  ChatStats,
  CommentsPage,
  ConversationExport,
  FeedbackStats,
  MaskingStats,
  StaffApi,
  TranscriptsPage,
  UnansweredPage,
} from './api.ts';
import type { Auth, StaffIdentity } from './auth.ts';
import type { DashboardConfig, DashboardSite } from './config.ts';
import { type DayRange, DEFAULT_RANGE_DAYS, lastDays } from './days.ts';
import {
  DASHBOARD_TEXTS,
  type DashboardLang,
  type DashboardTexts,
  type Formatters,
  formatters,
  type ScreenName,
} from './i18n.ts';

/** What the page gives the dashboard: where to draw it, its settings, the sign-in and the API. */
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
  /** The screen to open first (from the address's `#fragment`), if the user has its role. */
  screen?: ScreenName;
  /** Keeps the open screen in the address (`#audit`), so a reload comes back to it. */
  showScreen?: (screen: ScreenName) => void;
}

/** The figures of one site and period, as the service gave them. */
export type Loaded = { feedback: FeedbackStats; chat: ChatStats };

/** Why there are no figures to show; `notFound` is a conversation that is gone. */
export type Failure = 'forbiddenRole' | 'forbiddenSite' | 'loadError' | 'notFound';

/** A list loaded a page at a time: the items so far and the cursor of the next page. */
export interface Paged<T> {
  date: string;
  items: T[];
  next?: string | undefined;
}

/** What the screens besides the statistics loaded, each kept until the next load of its screen. */
export interface ScreenData {
  billing?: Billing;
  masking?: MaskingStats;
  audit?: AuditTrail;
  unanswered?: ChatStats;
  questions?: Paged<UnansweredPage['items'][number]> | 'failed';
  transcripts?: Paged<TranscriptsPage['items'][number]>;
  /** The conversation open for reading, and when the read was made (it is on the audit trail). */
  conversation?: { doc: ConversationExport; readAt: string };
}

/** Why the sign-in form is shown (again). */
export type SignInNotice = 'tokenRejected' | 'sessionExpired' | 'signInFailed';

/** The comments shown so far; `next` is the cursor of the next page, `failed` that the last load failed. */
export interface LoadedComments {
  items: CommentsPage['items'];
  next?: string | undefined;
  failed?: boolean;
}

/**
 * Everything the dashboard shows and remembers between renders, in one object that its
 * sections (sign-in, filters, figures, comments) read and change.
 */
export interface DashboardState {
  lang: DashboardLang;
  t: DashboardTexts;
  fmt: Formatters;
  site: DashboardSite;
  range: DayRange;
  view: 'signIn' | 'dashboard';
  screen: ScreenName;
  /** Who is signed in and with which roles: the screens on offer. */
  identity: StaffIdentity | undefined;
  /** The billing screen's month (`YYYY-MM`), and the day of the transcripts and unanswered questions. */
  month: string;
  day: string;
  data: ScreenData;
  signInNotice: SignInNotice | undefined;
  loaded: Loaded | undefined;
  failure: Failure | undefined;
  loading: boolean;
  /** The page whose comments are shown; empty for all pages. */
  commentsUrl: string;
  comments: LoadedComments | undefined;
  /** Counts the loads (and sign-outs), so that an answer to an earlier one is dropped. */
  sequence: number;
  /** The charts on screen, destroyed before they are drawn again. */
  charts: { destroy(): void }[];
  /** The status line and the figures of the dashboard view, once it is drawn. */
  statusLine: HTMLElement | undefined;
  results: HTMLElement | undefined;
  /** The list of comments, once the figures are drawn. */
  commentsBody: HTMLElement | undefined;
}

/**
 * The dashboard as its sections see it: what the page gave it, the one state object, the
 * <main> element the views are drawn in, and the actions that go from one section to another.
 */
export interface Dashboard {
  root: HTMLElement;
  config: DashboardConfig;
  auth: Auth;
  api: StaffApi;
  saveLang: (lang: DashboardLang) => void;
  today: () => string;
  save: (blob: Blob, fileName: string) => void;
  state: DashboardState;
  main: HTMLElement;
  /** Draws the whole page again: the header and the current view. */
  render(): void;
  /** Loads and shows the figures of the chosen site and period, then their comments. */
  load(): Promise<void>;
  /** Keeps the open screen in the address. */
  showScreen: (screen: ScreenName) => void;
  /** Shows the sign-in form, with a notice saying why if there is one. */
  showSignIn(notice: SignInNotice | undefined): void;
  /** The service no longer takes the sign-in: signs out and asks to sign in again. */
  signInAgain(): Promise<void>;
}

/** The state the dashboard starts with: the first site, the default period, the sign-in form. */
export function createDashboardState(deps: DashboardDeps, today: string): DashboardState {
  return {
    lang: deps.lang,
    t: DASHBOARD_TEXTS[deps.lang],
    fmt: formatters(deps.lang),
    site: deps.config.sites[0] as DashboardSite,
    range: lastDays(DEFAULT_RANGE_DAYS, today),
    view: 'signIn',
    screen: deps.screen ?? 'stats',
    identity: undefined,
    month: today.slice(0, 7),
    day: today,
    data: {},
    signInNotice: deps.notice,
    loaded: undefined,
    failure: undefined,
    loading: false,
    commentsUrl: '',
    comments: undefined,
    sequence: 0,
    charts: [],
    statusLine: undefined,
    results: undefined,
    commentsBody: undefined,
  };
}
