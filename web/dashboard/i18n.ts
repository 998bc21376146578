import type { Category } from '../../shared/anonymizer/categories.ts';
import { LANGUAGES, type Language } from '../../shared/languages.ts';

/** The dashboard's screens, each shown only to staff with its role (screens.ts). */
export type ScreenName = 'stats' | 'unanswered' | 'billing' | 'transcripts' | 'audit' | 'masking';

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
  browserOther: string;
  screensLabel: string;
  screens: Record<ScreenName, string>;
  forbiddenReview: string;
  day: string;
  month: string;
  monthInvalid: string;
  dayInvalid: string;
  billingIntro: string;
  answeredMessages: string;
  billingCaption: (month: string) => string;
  transcriptsIntro: string;
  /** Before reading: that reading is logged with the reader's name (or the local token) and the time. */
  loggedNotice: (who: string) => string;
  /** While reading: this read is on record. */
  readLogged: (who: string, time: string) => string;
  localUser: string;
  conversationsCaption: (day: string) => string;
  started: string;
  questions: string;
  openConversation: (time: string) => string;
  openColumn: string;
  noTranscripts: string;
  moreTranscripts: string;
  conversationHeading: (time: string) => string;
  visitor: string;
  bot: string;
  backToList: string;
  conversationGone: string;
  auditIntro: string;
  auditCaption: string;
  who: string;
  what: string;
  auditList: (day: string, count: string) => string;
  auditRead: (ids: string) => string;
  auditUnanswered: (day: string, count: string) => string;
  auditOther: (count: string) => string;
  noAudit: string;
  maskingIntro: string;
  category: string;
  maskingTotalsCaption: string;
  maskingWeeksCaption: string;
  week: (week: string, start: string) => string;
  weekColumn: string;
  total: string;
  maskedWhat: string;
  noMasking: string;
  categories: Record<Category, string>;
  unansweredIntro: string;
  unansweredChart: string;
  unansweredChartAlt: (range: string, share: string) => string;
  unansweredCaption: string;
  unansweredCount: string;
  daysWithQuestions: string;
  questionsOfDay: string;
  questionsCaption: (day: string) => string;
  question: string;
  times: string;
  lastAsked: string;
  noUnanswered: string;
  moreQuestions: string;
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
    intentsCaption: 'Temaer etter antall spørsmål',
    intent: 'Tema',
    fallbackIntent: 'Uten svar',
    count: 'Antall',
    share: 'Andel',
    fallbackNote: (share) => `${share} av spørsmålene fikk ikke noe svar.`,
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
    browserOther: 'Annen nettleser',
    screensLabel: 'Sider i dashbordet',
    screens: {
      stats: 'Statistikk',
      unanswered: 'Spørsmål uten svar',
      billing: 'Bruk per måned',
      transcripts: 'Samtaler',
      audit: 'Innsynslogg',
      masking: 'Skjulte personopplysninger',
    },
    forbiddenReview:
      'Brukeren din har ikke tilgang til samtalene. Be en administrator om rollen «transcripts».',
    day: 'Dag',
    month: 'Måned',
    monthInvalid: 'Velg en måned, for eksempel 2026-11.',
    dayInvalid: 'Velg en gyldig dato.',
    billingIntro:
      'Dette er tallene bruken av chatboten faktureres etter: hvor mange samtaler som ble startet i måneden, og hvor mange spørsmål chatboten hadde svar på.',
    answeredMessages: 'Spørsmål med svar',
    billingCaption: (month) => `Bruk i ${month}`,
    transcriptsIntro:
      'Her leser du samtalene fra én dag slik de er lagret: personopplysninger er skjult. Bruk det til å gjøre svarene bedre.',
    loggedNotice: (who) =>
      `Det du leser her, blir logget med navnet ditt (${who}) og tidspunktet. Loggen finner du under «Innsynslogg».`,
    readLogged: (who, time) => `Denne lesingen er logget: ${who}, ${time}.`,
    localUser: 'lokal tilgangsnøkkel',
    conversationsCaption: (day) => `Samtaler ${day}`,
    started: 'Startet',
    questions: 'Spørsmål',
    openConversation: (time) => `Les samtalen fra ${time}`,
    openColumn: 'Les',
    noTranscripts: 'Ingen samtaler denne dagen.',
    moreTranscripts: 'Vis flere samtaler',
    conversationHeading: (time) => `Samtalen fra ${time}`,
    visitor: 'Innbygger',
    bot: 'Chatboten',
    backToList: 'Tilbake til listen',
    conversationGone: 'Samtalen finnes ikke lenger. Den kan være slettet.',
    auditIntro:
      'Hvem som har lest samtaler eller spørsmål uten svar, hva de leste og når. Selve teksten står ikke i loggen.',
    auditCaption: 'Lesinger, nyeste først',
    who: 'Hvem',
    what: 'Hva',
    auditList: (day, count) => `Listen over samtaler ${day} (${count})`,
    auditRead: (ids) => `Samtalen ${ids}`,
    auditUnanswered: (day, count) => `Spørsmål uten svar ${day}, fra ${count} samtaler`,
    auditOther: (count) => `${count} samtaler`,
    noAudit: 'Ingen lesinger i perioden.',
    maskingIntro:
      'Hver time går tjenesten gjennom de lagrede spørsmålene på nytt og skjuler personopplysninger som ble oversett første gang. Her ser du hvor mange den skjulte, per type og uke. Bare antall, aldri selve teksten.',
    category: 'Type opplysning',
    maskingTotalsCaption: 'Skjulte opplysninger per type i perioden',
    maskingWeeksCaption: 'Skjult per uke',
    week: (week, start) => `Uke ${week} (fra ${start})`,
    weekColumn: 'Uke',
    total: 'Totalt',
    maskedWhat: 'Hva som ble skjult',
    noMasking: 'Ingenting ble skjult i perioden.',
    categories: {
      identity: 'fødselsnummer',
      email: 'e-postadresse',
      ip: 'IP-adresse',
      coordinates: 'koordinater',
      address: 'adresse',
      number: 'telefonnummer og andre nummer',
      health: 'helse',
      gender: 'kjønn',
      orientation: 'seksuell legning',
      politics: 'politisk syn',
      religion: 'religion',
      ethnicity: 'etnisk bakgrunn',
      union: 'fagforening',
      name: 'navn',
      location: 'sted',
    },
    unansweredIntro:
      'Hvor stor andel av spørsmålene chatboten ikke hadde svar på, dag for dag. Mange like spørsmål uten svar viser ofte hva som mangler på nettsidene.',
    unansweredChart: 'Spørsmål og spørsmål uten svar per dag',
    unansweredChartAlt: (range, share) =>
      `Linjediagram over spørsmål per dag, ${range}: ${share} fikk ikke svar. Tallene per dag står i tabellen under.`,
    unansweredCaption: 'Andel spørsmål uten svar per dag',
    unansweredCount: 'Uten svar',
    daysWithQuestions: 'Bare dager med spørsmål er med i tabellen.',
    questionsOfDay: 'Spørsmålene uten svar en dag',
    questionsCaption: (day) => `Spørsmål uten svar ${day}, de vanligste først`,
    question: 'Spørsmål',
    times: 'Ganger',
    lastAsked: 'Sist spurt',
    noUnanswered: 'Ingen spørsmål uten svar denne dagen.',
    moreQuestions: 'Vis flere spørsmål',
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
    intentsCaption: 'Tema etter talet på spørsmål',
    intent: 'Tema',
    fallbackIntent: 'Utan svar',
    count: 'Tal',
    share: 'Del',
    fallbackNote: (share) => `${share} av spørsmåla fekk ikkje noko svar.`,
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
    browserOther: 'Annan nettlesar',
    screensLabel: 'Sider i dashbordet',
    screens: {
      stats: 'Statistikk',
      unanswered: 'Spørsmål utan svar',
      billing: 'Bruk per månad',
      transcripts: 'Samtalar',
      audit: 'Innsynslogg',
      masking: 'Skjulte personopplysningar',
    },
    forbiddenReview:
      'Brukaren din har ikkje tilgang til samtalane. Be ein administrator om rolla «transcripts».',
    day: 'Dag',
    month: 'Månad',
    monthInvalid: 'Vel ein månad, til dømes 2026-11.',
    dayInvalid: 'Vel ein gyldig dato.',
    billingIntro:
      'Dette er tala bruken av chatboten blir fakturert etter: kor mange samtalar som vart starta i månaden, og kor mange spørsmål chatboten hadde svar på.',
    answeredMessages: 'Spørsmål med svar',
    billingCaption: (month) => `Bruk i ${month}`,
    transcriptsIntro:
      'Her les du samtalane frå éin dag slik dei er lagra: personopplysningar er skjulte. Bruk det til å gjere svara betre.',
    loggedNotice: (who) =>
      `Det du les her, blir logga med namnet ditt (${who}) og tidspunktet. Loggen finn du under «Innsynslogg».`,
    readLogged: (who, time) => `Denne lesinga er logga: ${who}, ${time}.`,
    localUser: 'lokal tilgangsnøkkel',
    conversationsCaption: (day) => `Samtalar ${day}`,
    started: 'Starta',
    questions: 'Spørsmål',
    openConversation: (time) => `Les samtalen frå ${time}`,
    openColumn: 'Les',
    noTranscripts: 'Ingen samtalar denne dagen.',
    moreTranscripts: 'Vis fleire samtalar',
    conversationHeading: (time) => `Samtalen frå ${time}`,
    visitor: 'Innbyggjar',
    bot: 'Chatboten',
    backToList: 'Tilbake til lista',
    conversationGone: 'Samtalen finst ikkje lenger. Han kan vere sletta.',
    auditIntro:
      'Kven som har lese samtalar eller spørsmål utan svar, kva dei las og når. Sjølve teksten står ikkje i loggen.',
    auditCaption: 'Lesingar, nyaste først',
    who: 'Kven',
    what: 'Kva',
    auditList: (day, count) => `Lista over samtalar ${day} (${count})`,
    auditRead: (ids) => `Samtalen ${ids}`,
    auditUnanswered: (day, count) => `Spørsmål utan svar ${day}, frå ${count} samtalar`,
    auditOther: (count) => `${count} samtalar`,
    noAudit: 'Ingen lesingar i perioden.',
    maskingIntro:
      'Kvar time går tenesta gjennom dei lagra spørsmåla på nytt og skjuler personopplysningar som vart oversette første gongen. Her ser du kor mange ho skjulte, per type og veke. Berre tal, aldri sjølve teksten.',
    category: 'Type opplysning',
    maskingTotalsCaption: 'Skjulte opplysningar per type i perioden',
    maskingWeeksCaption: 'Skjult per veke',
    week: (week, start) => `Veke ${week} (frå ${start})`,
    weekColumn: 'Veke',
    total: 'Totalt',
    maskedWhat: 'Kva som vart skjult',
    noMasking: 'Ingenting vart skjult i perioden.',
    categories: {
      identity: 'fødselsnummer',
      email: 'e-postadresse',
      ip: 'IP-adresse',
      coordinates: 'koordinatar',
      address: 'adresse',
      number: 'telefonnummer og andre nummer',
      health: 'helse',
      gender: 'kjønn',
      orientation: 'seksuell legning',
      politics: 'politisk syn',
      religion: 'religion',
      ethnicity: 'etnisk bakgrunn',
      union: 'fagforeining',
      name: 'namn',
      location: 'stad',
    },
    unansweredIntro:
      'Kor stor del av spørsmåla chatboten ikkje hadde svar på, dag for dag. Mange like spørsmål utan svar viser ofte kva som manglar på nettsidene.',
    unansweredChart: 'Spørsmål og spørsmål utan svar per dag',
    unansweredChartAlt: (range, share) =>
      `Linjediagram over spørsmål per dag, ${range}: ${share} fekk ikkje svar. Tala per dag står i tabellen under.`,
    unansweredCaption: 'Delen spørsmål utan svar per dag',
    unansweredCount: 'Utan svar',
    daysWithQuestions: 'Berre dagar med spørsmål er med i tabellen.',
    questionsOfDay: 'Spørsmåla utan svar ein dag',
    questionsCaption: (day) => `Spørsmål utan svar ${day}, dei vanlegaste først`,
    question: 'Spørsmål',
    times: 'Gonger',
    lastAsked: 'Sist spurt',
    noUnanswered: 'Ingen spørsmål utan svar denne dagen.',
    moreQuestions: 'Vis fleire spørsmål',
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
    intentsHeading: 'Most asked topics',
    intentsCaption: 'Topics by number of questions',
    intent: 'Topic',
    fallbackIntent: 'No answer',
    count: 'Count',
    share: 'Share',
    fallbackNote: (share) => `${share} of the questions got no answer.`,
    devicesHeading: 'Devices and browsers',
    devicesCaption: 'Conversations per type of device',
    device: 'Device',
    platforms: { desktop: 'Computer', tablet: 'Tablet', mobile: 'Mobile', unknown: 'Unknown' },
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
      chatIntents: 'Topics (CSV)',
      chatPlatforms: 'Devices (CSV)',
      chatBrowsers: 'Browsers (CSV)',
    },
    downloaded: (fileName) => `Downloaded ${fileName}.`,
    downloadError: 'The file could not be downloaded. Please try again.',
    browserOther: 'Other browser',
    screensLabel: 'Dashboard pages',
    screens: {
      stats: 'Statistics',
      unanswered: 'Unanswered questions',
      billing: 'Use per month',
      transcripts: 'Conversations',
      audit: 'Access log',
      masking: 'Masked personal data',
    },
    forbiddenReview:
      'Your account has no access to the conversations. Ask an administrator for the "transcripts" role.',
    day: 'Day',
    month: 'Month',
    monthInvalid: 'Choose a month, for example 2026-11.',
    dayInvalid: 'Choose a valid date.',
    billingIntro:
      'These are the figures the chatbot is billed by: how many conversations were started in the month, and how many questions the chatbot had an answer to.',
    answeredMessages: 'Questions answered',
    billingCaption: (month) => `Use in ${month}`,
    transcriptsIntro:
      'Here you read the conversations of one day as they are stored: personal data is masked. Use it to make the answers better.',
    loggedNotice: (who) =>
      `What you read here is logged with your name (${who}) and the time. You find the log under "Access log".`,
    readLogged: (who, time) => `This read is logged: ${who}, ${time}.`,
    localUser: 'local staff token',
    conversationsCaption: (day) => `Conversations on ${day}`,
    started: 'Started',
    questions: 'Questions',
    openConversation: (time) => `Read the conversation from ${time}`,
    openColumn: 'Read',
    noTranscripts: 'No conversations on this day.',
    moreTranscripts: 'Show more conversations',
    conversationHeading: (time) => `The conversation from ${time}`,
    visitor: 'Resident',
    bot: 'The chatbot',
    backToList: 'Back to the list',
    conversationGone: 'The conversation no longer exists. It may have been deleted.',
    auditIntro:
      'Who has read conversations or unanswered questions, what they read and when. The text itself is not in the log.',
    auditCaption: 'Reads, newest first',
    who: 'Who',
    what: 'What',
    auditList: (day, count) => `The list of conversations on ${day} (${count})`,
    auditRead: (ids) => `The conversation ${ids}`,
    auditUnanswered: (day, count) => `Unanswered questions on ${day}, from ${count} conversations`,
    auditOther: (count) => `${count} conversations`,
    noAudit: 'No reads in this period.',
    maskingIntro:
      'Every hour the service checks the stored questions again and masks personal data that was missed the first time. Here you see how many it masked, by type and week. Counts only, never the text itself.',
    category: 'Type of data',
    maskingTotalsCaption: 'Masked by type in the period',
    maskingWeeksCaption: 'Masked per week',
    week: (week, start) => `Week ${week} (from ${start})`,
    weekColumn: 'Week',
    total: 'Total',
    maskedWhat: 'What was masked',
    noMasking: 'Nothing was masked in this period.',
    categories: {
      identity: 'national identity number',
      email: 'email address',
      ip: 'IP address',
      coordinates: 'coordinates',
      address: 'address',
      number: 'phone and other numbers',
      health: 'health',
      gender: 'gender',
      orientation: 'sexual orientation',
      politics: 'political views',
      religion: 'religion',
      ethnicity: 'ethnic background',
      union: 'trade union',
      name: 'name',
      location: 'place',
    },
    unansweredIntro:
      'The share of questions the chatbot had no answer to, day by day. Many similar unanswered questions often show what the website is missing.',
    unansweredChart: 'Questions and unanswered questions per day',
    unansweredChartAlt: (range, share) =>
      `Line chart of questions per day, ${range}: ${share} got no answer. The figures per day are in the table below.`,
    unansweredCaption: 'Share of questions unanswered per day',
    unansweredCount: 'Unanswered',
    daysWithQuestions: 'Only days with questions are in the table.',
    questionsOfDay: 'The unanswered questions of a day',
    questionsCaption: (day) => `Unanswered questions on ${day}, most frequent first`,
    question: 'Question',
    times: 'Times',
    lastAsked: 'Last asked',
    noUnanswered: 'No unanswered questions on this day.',
    moreQuestions: 'Show more questions',
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
  const month = new Intl.DateTimeFormat(locales, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(locales, { timeStyle: 'short', timeZone: 'Europe/Oslo' });
  const noon = (date: string) => new Date(`${date}T12:00:00Z`);
  return {
    integer: (value: number) => integer.format(value),
    /** A share 0..1, or a dash when there is nothing to divide. */
    percent: (value: number | undefined) => (value === undefined ? '–' : percent.format(value)),
    day: (date: string) => day.format(noon(date)),
    shortDay: (date: string) => shortDay.format(noon(date)),
    /** A month `YYYY-MM` ("november 2026"). */
    month: (yearMonth: string) => month.format(noon(`${yearMonth}-15`)),
    range: (from: string, to: string) =>
      from === to ? day.format(noon(from)) : day.formatRange(noon(from), noon(to)),
    /** The time of day of a stored moment, in Oslo ("14:05"). */
    clock: (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : clock.format(date);
    },
    moment: (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : moment.format(date);
    },
  };
}

export type Formatters = ReturnType<typeof formatters>;
