import { LANGUAGES, type Language } from '../../shared/languages.ts';

/** The dashboard's languages: the service's, bokmål by default. */
export const DASHBOARD_LANGS = LANGUAGES;
export type DashboardLang = Language;

export function parseDashboardLang(value: string | null | undefined): DashboardLang {
  return DASHBOARD_LANGS.includes(value as DashboardLang) ? (value as DashboardLang) : 'nb';
}

/** Each language's name in itself, for the language switch (marked up with its own `lang`). */
export const LANG_NAMES: Record<DashboardLang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

export interface DashboardTexts {
  appName: string;
  skip: string;
  language: string;
  signOut: string;
  signIn: string;
  localIntro: string;
  tokenLabel: string;
  oidcIntro: string;
  tokenMissing: string;
  tokenRejected: string;
  sessionExpired: string;
  signInFailed: string;
  forbiddenRole: string;
  forbiddenSite: (site: string) => string;
  loadError: string;
  configError: string;
  heading: (site: string) => string;
  filters: string;
  site: string;
  from: string;
  to: string;
  show: string;
  quickRanges: string;
  lastDays: (days: number) => string;
  rangeInvalid: string;
  rangeOrder: string;
  rangeTooLong: (days: number) => string;
  loading: string;
  showing: (range: string) => string;
  summary: string;
  answers: string;
  found: string;
  notFound: string;
  foundShare: string;
  conversations: string;
  messages: string;
  fallback: string;
  fallbackShare: string;
  downloads: string;
  deletions: string;
  feedbackHeading: string;
  feedbackChart: string;
  feedbackChartAlt: (range: string, found: string, notFound: string) => string;
  chatChart: string;
  chatChartAlt: (range: string, conversations: string, messages: string, fallback: string) => string;
  figuresPerDay: string;
  date: string;
  pagesHeading: string;
  pagesCaption: string;
  pagesShown: (shown: number, total: number) => string;
  page: string;
  votes: string;
  comments: string;
  noAnswers: string;
  chatHeading: string;
  noConversations: string;
  intentsHeading: string;
  intentsCaption: string;
  intent: string;
  fallbackIntent: string;
  count: string;
  share: string;
  fallbackNote: (share: string) => string;
  devicesHeading: string;
  devicesCaption: string;
  device: string;
  platforms: { desktop: string; tablet: string; mobile: string; unknown: string };
  browsersHeading: string;
  browsersCaption: string;
  browser: string;
  commentsHeading: string;
  commentsIntro: string;
  commentsPage: string;
  allPages: string;
  commentsCaption: string;
  time: string;
  answer: string;
  comment: string;
  noComments: string;
  moreComments: string;
  downloadCsv: string;
  csv: {
    feedbackDaily: string;
    feedbackPages: string;
    chatDaily: string;
    chatIntents: string;
    chatPlatforms: string;
    chatBrowsers: string;
  };
  downloaded: (fileName: string) => string;
  downloadError: string;
}

// Nynorsk is written as nynorsk, not bokmål with a few words swapped.
export const DASHBOARD_TEXTS: Record<DashboardLang, DashboardTexts> = {
  nb: {
    appName: 'Tilbakemeldinger og chat',
    skip: 'Hopp til hovedinnholdet',
    language: 'Språk',
    signOut: 'Logg ut',
    signIn: 'Logg inn',
    localIntro:
      'Skriv inn tilgangsnøkkelen som npm start skrev ut i terminalen. Den blir bare husket i denne fanen.',
    tokenLabel: 'Tilgangsnøkkel',
    oidcIntro: 'Logg inn med brukerkontoen din i kommunen for å se statistikken.',
    tokenMissing: 'Skriv inn tilgangsnøkkelen.',
    tokenRejected: 'Du er ikke logget inn, eller tilgangsnøkkelen ble ikke godtatt. Logg inn på nytt.',
    sessionExpired: 'Du er logget ut. Logg inn igjen for å fortsette.',
    signInFailed: 'Innloggingen mislyktes. Prøv igjen.',
    forbiddenRole: 'Brukeren din har ikke tilgang til statistikken. Be en administrator om rollen «stats».',
    forbiddenSite: (site) => `Du har ikke tilgang til statistikken for ${site}.`,
    loadError: 'Vi kunne ikke hente statistikken akkurat nå. Prøv igjen senere.',
    configError: 'Oppsettet for dashbordet kunne ikke leses. Kontakt den som drifter tjenesten.',
    heading: (site) => `Statistikk for ${site}`,
    filters: 'Velg periode',
    site: 'Nettsted',
    from: 'Fra',
    to: 'Til',
    show: 'Vis',
    quickRanges: 'Hurtigvalg',
    lastDays: (days) => `Siste ${days} dager`,
    rangeInvalid: 'Velg en gyldig dato i begge feltene.',
    rangeOrder: '«Fra» kan ikke være etter «Til».',
    rangeTooLong: (days) => `Velg høyst ${days} dager om gangen.`,
    loading: 'Henter tall …',
    showing: (range) => `Viser ${range}.`,
    summary: 'Oppsummering',
    answers: 'Svar på «Fant du det du lette etter?»',
    found: 'Fant det',
    notFound: 'Fant det ikke',
    foundShare: 'Andel som fant det',
    conversations: 'Samtaler',
    messages: 'Spørsmål til chatboten',
    fallback: 'Spørsmål uten svar',
    fallbackShare: 'Andel spørsmål uten svar',
    downloads: 'Nedlastede samtaler',
    deletions: 'Slettet med «Glem meg»',
    feedbackHeading: 'Fant du det du lette etter?',
    feedbackChart: 'Svar per dag',
    feedbackChartAlt: (range, found, notFound) =>
      `Linjediagram over svar per dag, ${range}: ${found} fant det og ${notFound} fant det ikke. Tallene per dag står i tabellen under.`,
    chatChart: 'Samtaler og spørsmål per dag',
    chatChartAlt: (range, conversations, messages, fallback) =>
      `Linjediagram over chatbruk per dag, ${range}: ${conversations} samtaler, ${messages} spørsmål og ${fallback} spørsmål uten svar. Tallene per dag står i tabellen under.`,
    figuresPerDay: 'Vis tallene per dag',
    date: 'Dato',
    pagesHeading: 'Sidene der færrest fant det de lette etter',
    pagesCaption: 'Sider rangert etter lavest andel som fant det de lette etter',
    pagesShown: (shown, total) => `Viser ${shown} av ${total} sider.`,
    page: 'Side',
    votes: 'Svar',
    comments: 'Kommentarer',
    noAnswers: 'Ingen svar i perioden.',
    chatHeading: 'Chatboten',
    noConversations: 'Ingen samtaler i perioden.',
    intentsHeading: 'Mest spurte temaer',
    intentsCaption: 'Temaer (intensjoner) etter antall spørsmål',
    intent: 'Tema',
    fallbackIntent: 'Uten svar (reservesvar)',
    count: 'Antall',
    share: 'Andel',
    fallbackNote: (share) => `${share} av spørsmålene fikk ikke noe svar (reservesvar).`,
    devicesHeading: 'Enheter og nettlesere',
    devicesCaption: 'Samtaler per type enhet',
    device: 'Enhet',
    platforms: { desktop: 'Datamaskin', tablet: 'Nettbrett', mobile: 'Mobil', unknown: 'Ukjent' },
    browsersHeading: 'Nettlesere',
    browsersCaption: 'Samtaler per nettleser',
    browser: 'Nettleser',
    commentsHeading: 'Kommentarer',
    commentsIntro: 'Kommentarene vises slik de er lagret: personopplysninger er skjult.',
    commentsPage: 'Vis kommentarer for',
    allPages: 'Alle sider',
    commentsCaption: 'Kommentarer, nyeste først',
    time: 'Tidspunkt',
    answer: 'Svar',
    comment: 'Kommentar',
    noComments: 'Ingen kommentarer i perioden.',
    moreComments: 'Vis flere kommentarer',
    downloadCsv: 'Last ned som CSV',
    csv: {
      feedbackDaily: 'Svar per dag (CSV)',
      feedbackPages: 'Svar per side (CSV)',
      chatDaily: 'Chat per dag (CSV)',
      chatIntents: 'Temaer (CSV)',
      chatPlatforms: 'Enheter (CSV)',
      chatBrowsers: 'Nettlesere (CSV)',
    },
    downloaded: (fileName) => `Lastet ned ${fileName}.`,
    downloadError: 'Filen kunne ikke lastes ned. Prøv igjen.',
  },
  nn: {
    appName: 'Tilbakemeldingar og chat',
    skip: 'Hopp til hovudinnhaldet',
    language: 'Språk',
    signOut: 'Logg ut',
    signIn: 'Logg inn',
    localIntro:
      'Skriv inn tilgangsnøkkelen som npm start skreiv ut i terminalen. Han blir berre hugsa i denne fana.',
    tokenLabel: 'Tilgangsnøkkel',
    oidcIntro: 'Logg inn med brukarkontoen din i kommunen for å sjå statistikken.',
    tokenMissing: 'Skriv inn tilgangsnøkkelen.',
    tokenRejected: 'Du er ikkje logga inn, eller tilgangsnøkkelen vart ikkje godteken. Logg inn på nytt.',
    sessionExpired: 'Du er logga ut. Logg inn att for å halde fram.',
    signInFailed: 'Innlogginga gjekk ikkje. Prøv igjen.',
    forbiddenRole: 'Brukaren din har ikkje tilgang til statistikken. Be ein administrator om rolla «stats».',
    forbiddenSite: (site) => `Du har ikkje tilgang til statistikken for ${site}.`,
    loadError: 'Vi kunne ikkje hente statistikken akkurat no. Prøv igjen seinare.',
    configError: 'Oppsettet for dashbordet kunne ikkje lesast. Kontakt den som driftar tenesta.',
    heading: (site) => `Statistikk for ${site}`,
    filters: 'Vel periode',
    site: 'Nettstad',
    from: 'Frå',
    to: 'Til',
    show: 'Vis',
    quickRanges: 'Snøggval',
    lastDays: (days) => `Siste ${days} dagar`,
    rangeInvalid: 'Vel ein gyldig dato i begge felta.',
    rangeOrder: '«Frå» kan ikkje vere etter «Til».',
    rangeTooLong: (days) => `Vel høgst ${days} dagar om gongen.`,
    loading: 'Hentar tal …',
    showing: (range) => `Viser ${range}.`,
    summary: 'Samandrag',
    answers: 'Svar på «Fann du det du leita etter?»',
    found: 'Fann det',
    notFound: 'Fann det ikkje',
    foundShare: 'Delen som fann det',
    conversations: 'Samtalar',
    messages: 'Spørsmål til chatboten',
    fallback: 'Spørsmål utan svar',
    fallbackShare: 'Delen spørsmål utan svar',
    downloads: 'Nedlasta samtalar',
    deletions: 'Sletta med «Gløym meg»',
    feedbackHeading: 'Fann du det du leita etter?',
    feedbackChart: 'Svar per dag',
    feedbackChartAlt: (range, found, notFound) =>
      `Linjediagram over svar per dag, ${range}: ${found} fann det og ${notFound} fann det ikkje. Tala per dag står i tabellen under.`,
    chatChart: 'Samtalar og spørsmål per dag',
    chatChartAlt: (range, conversations, messages, fallback) =>
      `Linjediagram over chatbruk per dag, ${range}: ${conversations} samtalar, ${messages} spørsmål og ${fallback} spørsmål utan svar. Tala per dag står i tabellen under.`,
    figuresPerDay: 'Vis tala per dag',
    date: 'Dato',
    pagesHeading: 'Sidene der færrast fann det dei leita etter',
    pagesCaption: 'Sider rangerte etter lågast del som fann det dei leita etter',
    pagesShown: (shown, total) => `Viser ${shown} av ${total} sider.`,
    page: 'Side',
    votes: 'Svar',
    comments: 'Kommentarar',
    noAnswers: 'Ingen svar i perioden.',
    chatHeading: 'Chatboten',
    noConversations: 'Ingen samtalar i perioden.',
    intentsHeading: 'Mest spurde tema',
    intentsCaption: 'Tema (intensjonar) etter talet på spørsmål',
    intent: 'Tema',
    fallbackIntent: 'Utan svar (reservesvar)',
    count: 'Tal',
    share: 'Del',
    fallbackNote: (share) => `${share} av spørsmåla fekk ikkje noko svar (reservesvar).`,
    devicesHeading: 'Einingar og nettlesarar',
    devicesCaption: 'Samtalar per type eining',
    device: 'Eining',
    platforms: { desktop: 'Datamaskin', tablet: 'Nettbrett', mobile: 'Mobil', unknown: 'Ukjend' },
    browsersHeading: 'Nettlesarar',
    browsersCaption: 'Samtalar per nettlesar',
    browser: 'Nettlesar',
    commentsHeading: 'Kommentarar',
    commentsIntro: 'Kommentarane blir viste slik dei er lagra: personopplysningar er skjulte.',
    commentsPage: 'Vis kommentarar for',
    allPages: 'Alle sider',
    commentsCaption: 'Kommentarar, nyaste først',
    time: 'Tidspunkt',
    answer: 'Svar',
    comment: 'Kommentar',
    noComments: 'Ingen kommentarar i perioden.',
    moreComments: 'Vis fleire kommentarar',
    downloadCsv: 'Last ned som CSV',
    csv: {
      feedbackDaily: 'Svar per dag (CSV)',
      feedbackPages: 'Svar per side (CSV)',
      chatDaily: 'Chat per dag (CSV)',
      chatIntents: 'Tema (CSV)',
      chatPlatforms: 'Einingar (CSV)',
      chatBrowsers: 'Nettlesarar (CSV)',
    },
    downloaded: (fileName) => `Lasta ned ${fileName}.`,
    downloadError: 'Fila kunne ikkje lastast ned. Prøv igjen.',
  },
  en: {
    appName: 'Feedback and chat',
    skip: 'Skip to main content',
    language: 'Language',
    signOut: 'Sign out',
    signIn: 'Sign in',
    localIntro: 'Enter the staff token that npm start printed in the terminal. It is only kept in this tab.',
    tokenLabel: 'Staff token',
    oidcIntro: 'Sign in with your municipal account to see the statistics.',
    tokenMissing: 'Enter the staff token.',
    tokenRejected: 'You are not signed in, or the token was not accepted. Please sign in again.',
    sessionExpired: 'You have been signed out. Sign in again to continue.',
    signInFailed: 'Signing in failed. Please try again.',
    forbiddenRole: 'Your account has no access to the statistics. Ask an administrator for the "stats" role.',
    forbiddenSite: (site) => `You have no access to the statistics for ${site}.`,
    loadError: 'We could not load the statistics right now. Please try again later.',
    configError: 'The dashboard configuration could not be read. Contact whoever runs the service.',
    heading: (site) => `Statistics for ${site}`,
    filters: 'Choose a period',
    site: 'Website',
    from: 'From',
    to: 'To',
    show: 'Show',
    quickRanges: 'Quick ranges',
    lastDays: (days) => `Last ${days} days`,
    rangeInvalid: 'Choose a valid date in both fields.',
    rangeOrder: '"From" cannot be after "To".',
    rangeTooLong: (days) => `Choose at most ${days} days at a time.`,
    loading: 'Loading figures …',
    showing: (range) => `Showing ${range}.`,
    summary: 'Summary',
    answers: 'Answers to "Did you find what you were looking for?"',
    found: 'Found it',
    notFound: 'Did not find it',
    foundShare: 'Share who found it',
    conversations: 'Conversations',
    messages: 'Questions to the chatbot',
    fallback: 'Unanswered questions',
    fallbackShare: 'Share of questions unanswered',
    downloads: 'Conversations downloaded',
    deletions: 'Deleted with "Forget me"',
    feedbackHeading: 'Did you find what you were looking for?',
    feedbackChart: 'Answers per day',
    feedbackChartAlt: (range, found, notFound) =>
      `Line chart of answers per day, ${range}: ${found} found it and ${notFound} did not. The figures per day are in the table below.`,
    chatChart: 'Conversations and questions per day',
    chatChartAlt: (range, conversations, messages, fallback) =>
      `Line chart of chat use per day, ${range}: ${conversations} conversations, ${messages} questions and ${fallback} unanswered questions. The figures per day are in the table below.`,
    figuresPerDay: 'Show the figures per day',
    date: 'Date',
    pagesHeading: 'Pages where the fewest found what they were looking for',
    pagesCaption: 'Pages ranked by the lowest share who found what they were looking for',
    pagesShown: (shown, total) => `Showing ${shown} of ${total} pages.`,
    page: 'Page',
    votes: 'Answers',
    comments: 'Comments',
    noAnswers: 'No answers in this period.',
    chatHeading: 'The chatbot',
    noConversations: 'No conversations in this period.',
    intentsHeading: 'Top intents',
    intentsCaption: 'Intents by number of questions',
    intent: 'Intent',
    fallbackIntent: 'No answer (fallback)',
    count: 'Count',
    share: 'Share',
    fallbackNote: (share) => `${share} of the questions got no answer (fallback).`,
    devicesHeading: 'Devices and browsers',
    devicesCaption: 'Conversations per type of device',
    device: 'Device',
    platforms: { desktop: 'Desktop', tablet: 'Tablet', mobile: 'Mobile', unknown: 'Unknown' },
    browsersHeading: 'Browsers',
    browsersCaption: 'Conversations per browser',
    browser: 'Browser',
    commentsHeading: 'Comments',
    commentsIntro: 'Comments are shown as stored: personal data is masked.',
    commentsPage: 'Show comments for',
    allPages: 'All pages',
    commentsCaption: 'Comments, newest first',
    time: 'Time',
    answer: 'Answer',
    comment: 'Comment',
    noComments: 'No comments in this period.',
    moreComments: 'Show more comments',
    downloadCsv: 'Download as CSV',
    csv: {
      feedbackDaily: 'Answers per day (CSV)',
      feedbackPages: 'Answers per page (CSV)',
      chatDaily: 'Chat per day (CSV)',
      chatIntents: 'Intents (CSV)',
      chatPlatforms: 'Devices (CSV)',
      chatBrowsers: 'Browsers (CSV)',
    },
    downloaded: (fileName) => `Downloaded ${fileName}.`,
    downloadError: 'The file could not be downloaded. Please try again.',
  },
};

const LOCALES: Record<DashboardLang, string[]> = {
  nb: ['nb-NO', 'no'],
  nn: ['nn-NO', 'nb-NO', 'no'],
  en: ['en-GB'],
};

/** Numbers, shares and dates in the chosen language, Norwegian style (1 234, 12,5 %, 3. mai 2026). */
export function formatters(lang: DashboardLang) {
  const locales = LOCALES[lang];
  const integer = new Intl.NumberFormat(locales, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locales, { style: 'percent', maximumFractionDigits: 1 });
  // Calendar days are written as noon UTC and formatted in UTC, so no time zone moves them.
  const day = new Intl.DateTimeFormat(locales, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortDay = new Intl.DateTimeFormat(locales, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locales, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  });
  const noon = (date: string) => new Date(`${date}T12:00:00Z`);
  return {
    integer: (value: number) => integer.format(value),
    /** A share 0..1, or a dash when there is nothing to divide. */
    percent: (value: number | undefined) => (value === undefined ? '–' : percent.format(value)),
    day: (date: string) => day.format(noon(date)),
    shortDay: (date: string) => shortDay.format(noon(date)),
    range: (from: string, to: string) =>
      from === to ? day.format(noon(from)) : day.formatRange(noon(from), noon(to)),
    moment: (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : moment.format(date);
    },
  };
}

export type Formatters = ReturnType<typeof formatters>;
