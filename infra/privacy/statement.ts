import type { Category } from '../../shared/anonymizer/categories.ts';
import type { Language } from '../../shared/languages.ts';

/**
 * What the privacy statement says, taken from the configuration and the rule set by
 * `privacyFacts` (deployment) or the local runtime, never written by hand: the public text
 * cannot disagree with what the service does.
 */
export interface PrivacyFacts {
  siteName: string;
  /** The languages the site's widgets and chatbot speak. */
  languages: readonly Language[];
  chatRetentionDays: number;
  commentRetentionDays: number;
  /** A vote without a comment, and the day's salt of the keys that recognise a repeat. */
  voteKeptDays: number;
  auditRetentionDays: number;
  /** The functions' and the API's technical logs (none kept by the service when running locally). */
  logRetentionDays?: number | undefined;
  /** How often the job re-checks new questions with the current rules. */
  recheckHours: number;
  /** What the anonymizer masks, in the rule set's order. */
  categories: readonly Category[];
  where: { kind: 'aws'; region: string } | { kind: 'local' };
  staffSignIn: { kind: 'cognito' } | { kind: 'external'; issuer: string } | { kind: 'local' };
  /** AWS WAF counts requests per client IP at CloudFront's edge to stop floods (it keeps no log). */
  edgeRateLimits?: boolean | undefined;
}

type Words = Record<Category, string>;

interface Texts {
  title: (site: string) => string;
  languageNames: Record<Language, string>;
  list: (items: readonly string[]) => string;
  days: (n: number) => string;
  hours: (n: number) => string;
  categories: Words;
  regions: Record<string, string>;
  statement: (f: PrivacyFacts, t: Texts) => string[];
  record: (f: PrivacyFacts, t: Texts) => string[];
}

const listWith = (and: string) => (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

const where = (f: PrivacyFacts, t: Texts, aws: (region: string) => string, local: string) =>
  f.where.kind === 'aws' ? aws(t.regions[f.where.region] ?? f.where.region) : local;

const signIn = (f: PrivacyFacts, cognito: string, external: (host: string) => string, local: string) =>
  f.staffSignIn.kind === 'external'
    ? external(new URL(f.staffSignIn.issuer).host)
    : f.staffSignIn.kind === 'cognito'
      ? cognito
      : local;

/** A title inside a sentence: only its first letter changes, never the site's name. */
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

const masked = (f: PrivacyFacts, t: Texts) => t.list(f.categories.map((c) => t.categories[c]));
const spoken = (f: PrivacyFacts, t: Texts) => t.list(f.languages.map((l) => t.languageNames[l]));

/** Where the AWS regions are, in bokmål and nynorsk alike. */
const NORWEGIAN_REGIONS: Record<string, string> = {
  'eu-north-1': 'Stockholm i Sverige',
  'eu-west-1': 'Irland',
  'eu-west-3': 'Paris i Frankrike',
  'eu-central-1': 'Frankfurt i Tyskland',
  'eu-south-1': 'Milano i Italia',
  'eu-south-2': 'Aragón i Spania',
};

const nb: Texts = {
  title: (site) => `Tilbakemeldingsknappen og chatboten på nettstedet til ${site}`,
  languageNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  list: listWith('og'),
  days: (n) => (n === 1 ? '1 dag' : `${n} dager`),
  hours: (n) => (n === 1 ? 'hver time' : `hver ${n}. time`),
  categories: {
    identity: 'fødselsnummer og D-nummer',
    email: 'e-postadresser',
    ip: 'IP-adresser',
    coordinates: 'koordinater',
    address: 'adresser',
    number: 'lange tall (mer enn seks sifre, for eksempel telefon- og kontonummer)',
    health: 'helseopplysninger',
    gender: 'kjønn',
    orientation: 'seksuell orientering',
    politics: 'politisk oppfatning',
    religion: 'religion og livssyn',
    ethnicity: 'etnisk opprinnelse',
    union: 'fagforeningsmedlemskap',
    name: 'navn',
    location: 'steder der noen bor eller oppholder seg',
  },
  regions: NORWEGIAN_REGIONS,
  statement: (f, t) => [
    `## ${t.title(f.siteName)}`,
    `Nederst på sidene kan du svare på «Fant du det du lette etter?», og du kan stille spørsmål til chatboten vår. Begge deler fungerer på ${spoken(f, t)}, uten innlogging og uten informasjonskapsler (cookies).`,
    '### Hva vi lagrer',
    '- **Tilbakemelding:** om du fant det du lette etter (ja eller nei), hvilken side det gjaldt (adressen uten søkeparametere, og med tall og andre kjennetegn i adressen fjernet), tidspunktet, språket og kommentaren din hvis du skriver en.',
    '- **Chat:** spørsmålene dine og svarene fra chatboten med temaet for svaret, tidspunktene, språket, siden samtalen startet på, typen enhet (PC, nettbrett eller mobil) og navnet og hovedversjonen til nettleseren din.',
    '### Hva vi aldri lagrer',
    '- IP-adressen din og den fullstendige beskrivelsen nettleseren sender av seg selv (User-Agent).',
    ...(f.edgeRateLimits
      ? [
          '- For å stoppe misbruk teller brannmuren foran tjenesten (AWS WAF) forespørsler per IP-adresse i fem minutter om gangen. Den fører ingen logg over IP-adressene.',
        ]
      : []),
    `- For at en ny stemme fra deg på samme side samme dag skal erstatte den første, lages en kode av IP-adressen og nettleseren din med en enveisfunksjon og et tilfeldig salt for dagen. Bare koden lagres, og saltet slettes etter ${t.days(f.voteKeptDays)}. Da kan koden ikke lenger knyttes til noen.`,
    '- Samtalen din hører til en tilfeldig nøkkel som bare nettleseren din har. Vi lagrer bare en enveiskode av nøkkelen.',
    '### Hva som skjules, og når',
    `Før noe lagres, erstattes personopplysninger i kommentarer og spørsmål med en merkelapp, for eksempel [navn]. Det gjelder ${masked(f, t)}. En jobb går ${t.hours(f.recheckHours)} gjennom nye spørsmål på nytt med de nyeste reglene. Maskeringen er automatisk og kan overse noe, så ikke skriv personopplysninger i chatten eller i kommentaren.`,
    '### Hvor lenge vi lagrer',
    `- Chatsamtaler slettes automatisk etter ${t.days(f.chatRetentionDays)}. Etter det er bare tall igjen (antall samtaler og spørsmål, hvilke temaer som ble besvart, typer enheter og nettlesere), og de inneholder ingen tekst.`,
    `- En tilbakemelding uten kommentar slettes etter ${t.days(f.voteKeptDays)}, en med kommentar etter ${t.days(f.commentRetentionDays)}. Antall ja og nei per side og dag beholdes.`,
    `- Loggen over hvem i kommunen som har lest hvilke samtaler, og når, slettes etter ${t.days(f.auditRetentionDays)}.`,
    `- Tekniske logger inneholder ingen personopplysninger${f.logRetentionDays ? ` og slettes etter ${t.days(f.logRetentionDays)}` : ''}.`,
    '### Rettighetene dine',
    '- Du kan når som helst laste ned hele samtalen fra menyen i chatvinduet, som tekst eller som JSON (innsyn og dataportabilitet).',
    '- Du kan når som helst slette samtalen med «Glem meg» i samme meny. Da er den borte for alle, også for kommunen.',
    '- En tilbakemelding kan ikke knyttes til deg, så vi kan ikke finne eller slette en bestemt tilbakemelding etterpå. Skriv derfor ikke personopplysninger i kommentaren.',
    `- Du kan klage til Datatilsynet. Spørsmål om personvern kan du stille til personvernombudet i ${f.siteName}.`,
    '### Hvor dataene ligger',
    where(
      f,
      t,
      (region) =>
        `Dataene ligger i kommunens egen konto hos Amazon Web Services (AWS), i datasenterregionen ${region}, innenfor EU/EØS. AWS er databehandler og får ikke bruke dataene til egne formål.`,
      'Dette er en lokal demo: dataene ligger bare i minnet på maskinen som kjører den, og forsvinner når den stopper.',
    ),
    '### Hvem som kan lese hva',
    '- Redaksjonen ser bare tall (tilbakemeldinger og chatbruk per dag, side og tema) og de maskerte kommentarene.',
    '- Noen få ansatte som kvalitetssikrer chatboten, kan lese maskerte samtaler. Hver gang de gjør det, logges hvem, når og hvilken samtale.',
    signIn(
      f,
      '- Ansatte logger inn med en egen brukerkonto for tjenesten.',
      (host) => `- Ansatte logger inn med kommunens egen pålogging (${host}).`,
      '- I den lokale demoen har den som kjører den, alle tilganger.',
    ),
  ],
  record: (f, t) => [
    `## Protokoll over behandlingsaktiviteter (GDPR art. 30): ${lowerFirst(t.title(f.siteName))}`,
    `- **Behandlingsansvarlig:** ${f.siteName}`,
    '- **Formål:** svare innbyggerne på enkle spørsmål, forbedre nettsidene og chatboten, statistikk og fakturering av chatboten.',
    '- **Behandlingsgrunnlag:** fastsettes av kommunen (vanligvis GDPR art. 6 nr. 1 bokstav e).',
    '- **Registrerte:** besøkende på nettstedet; ansatte som leser statistikk eller samtaler.',
    `- **Personopplysninger:** tilbakemelding (ja/nei, side, tidspunkt, språk, maskert kommentar); chat (maskerte spørsmål, svar, tidspunkter, språk, startside, enhetstype, nettleser og hovedversjon); kode for gjentatt stemme (enveisfunksjon med dagsalt); enveiskode av samtalenøkkelen; revisjonslogg (ansatts identitet, tidspunkt, samtale). Maskeres før lagring: ${masked(f, t)}.`,
    '- **Særlige kategorier (art. 9):** maskeres før lagring og sjekkes på nytt; kan forekomme umaskert der maskeringen overser noe.',
    `- **Mottakere:** ${where(f, t, (region) => `Amazon Web Services som databehandler (${region})`, 'ingen (lokal demo)')}; ingen andre.`,
    `- **Overføring til tredjeland:** ingen. ${where(f, t, () => 'Tjenesten kan bare settes opp i regioner innenfor EU/EØS.', '')}`.trim(),
    `- **Sletting:** chat ${t.days(f.chatRetentionDays)}; tilbakemelding uten kommentar ${t.days(f.voteKeptDays)}, med kommentar ${t.days(f.commentRetentionDays)}; revisjonslogg ${t.days(f.auditRetentionDays)}; ${f.logRetentionDays ? `tekniske logger ${t.days(f.logRetentionDays)}; ` : ''}tall uten tekst beholdes.`,
    `- **Sikkerhet:** automatisk maskering før lagring og ny sjekk ${t.hours(f.recheckHours)}; IP-adresse og User-Agent lagres aldri; nøkler lagres bare som enveiskoder; ${where(f, t, () => 'kryptert overføring (TLS) og lagring; ', '')}tilgang per rolle, og hver lesing av samtaler logges; hver funksjon får bare tilgang til de tabellene den trenger.`,
  ],
};

const nn: Texts = {
  title: (site) => `Tilbakemeldingsknappen og chatboten på nettstaden til ${site}`,
  languageNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  list: listWith('og'),
  days: (n) => (n === 1 ? '1 dag' : `${n} dagar`),
  hours: (n) => (n === 1 ? 'kvar time' : `kvar ${n}. time`),
  categories: {
    identity: 'fødselsnummer og D-nummer',
    email: 'e-postadresser',
    ip: 'IP-adresser',
    coordinates: 'koordinatar',
    address: 'adresser',
    number: 'lange tal (meir enn seks siffer, til dømes telefon- og kontonummer)',
    health: 'helseopplysningar',
    gender: 'kjønn',
    orientation: 'seksuell legning',
    politics: 'politisk oppfatning',
    religion: 'religion og livssyn',
    ethnicity: 'etnisk opphav',
    union: 'medlemskap i fagforeining',
    name: 'namn',
    location: 'stader der nokon bur eller oppheld seg',
  },
  regions: NORWEGIAN_REGIONS,
  statement: (f, t) => [
    `## ${t.title(f.siteName)}`,
    `Nedst på sidene kan du svare på «Fann du det du leitte etter?», og du kan stille spørsmål til chatboten vår. Begge delar fungerer på ${spoken(f, t)}, utan innlogging og utan informasjonskapslar (cookies).`,
    '### Kva vi lagrar',
    '- **Tilbakemelding:** om du fann det du leitte etter (ja eller nei), kva side det galdt (adressa utan søkjeparametrar, og med tal og andre kjenneteikn i adressa fjerna), tidspunktet, språket og kommentaren din om du skriv ein.',
    '- **Chat:** spørsmåla dine og svara frå chatboten med temaet for svaret, tidspunkta, språket, sida samtalen starta på, typen eining (PC, nettbrett eller mobil) og namnet og hovudversjonen til nettlesaren din.',
    '### Kva vi aldri lagrar',
    '- IP-adressa di og den fullstendige skildringa nettlesaren sender av seg sjølv (User-Agent).',
    ...(f.edgeRateLimits
      ? [
          '- For å stoppe misbruk tel brannmuren framfor tenesta (AWS WAF) førespurnader per IP-adresse i fem minutt om gongen. Han fører ingen logg over IP-adressene.',
        ]
      : []),
    `- For at ei ny røyst frå deg på same side same dag skal erstatte den første, blir det laga ein kode av IP-adressa og nettlesaren din med ein einvegsfunksjon og eit tilfeldig salt for dagen. Berre koden blir lagra, og saltet blir sletta etter ${t.days(f.voteKeptDays)}. Då kan koden ikkje lenger knytast til nokon.`,
    '- Samtalen din høyrer til ein tilfeldig nøkkel som berre nettlesaren din har. Vi lagrar berre ein einvegskode av nøkkelen.',
    '### Kva som blir skjult, og når',
    `Før noko blir lagra, blir personopplysningar i kommentarar og spørsmål bytte ut med ein merkelapp, til dømes [navn]. Det gjeld ${masked(f, t)}. Ein jobb går ${t.hours(f.recheckHours)} gjennom nye spørsmål på nytt med dei nyaste reglane. Maskeringa er automatisk og kan oversjå noko, så ikkje skriv personopplysningar i chatten eller i kommentaren.`,
    '### Kor lenge vi lagrar',
    `- Chatsamtalar blir sletta automatisk etter ${t.days(f.chatRetentionDays)}. Etter det er berre tal att (talet på samtalar og spørsmål, kva tema som vart svara på, typar einingar og nettlesarar), og dei inneheld ingen tekst.`,
    `- Ei tilbakemelding utan kommentar blir sletta etter ${t.days(f.voteKeptDays)}, ei med kommentar etter ${t.days(f.commentRetentionDays)}. Talet på ja og nei per side og dag blir teke vare på.`,
    `- Loggen over kven i kommunen som har lese kva samtalar, og når, blir sletta etter ${t.days(f.auditRetentionDays)}.`,
    `- Tekniske loggar inneheld ingen personopplysningar${f.logRetentionDays ? ` og blir sletta etter ${t.days(f.logRetentionDays)}` : ''}.`,
    '### Rettane dine',
    '- Du kan når som helst laste ned heile samtalen frå menyen i chatvindauget, som tekst eller som JSON (innsyn og dataportabilitet).',
    '- Du kan når som helst slette samtalen med «Gløym meg» i same meny. Då er han borte for alle, også for kommunen.',
    '- Ei tilbakemelding kan ikkje knytast til deg, så vi kan ikkje finne eller slette ei bestemt tilbakemelding etterpå. Skriv difor ikkje personopplysningar i kommentaren.',
    `- Du kan klage til Datatilsynet. Spørsmål om personvern kan du stille til personvernombodet i ${f.siteName}.`,
    '### Kvar dataa ligg',
    where(
      f,
      t,
      (region) =>
        `Dataa ligg i kommunen sin eigen konto hos Amazon Web Services (AWS), i datasenterregionen ${region}, innanfor EU/EØS. AWS er databehandlar og får ikkje bruke dataa til eigne formål.`,
      'Dette er ein lokal demo: dataa ligg berre i minnet på maskina som køyrer han, og forsvinn når han stoppar.',
    ),
    '### Kven som kan lese kva',
    '- Redaksjonen ser berre tal (tilbakemeldingar og chatbruk per dag, side og tema) og dei maskerte kommentarane.',
    '- Nokre få tilsette som kvalitetssikrar chatboten, kan lese maskerte samtalar. Kvar gong dei gjer det, blir det logga kven, når og kva samtale.',
    signIn(
      f,
      '- Tilsette loggar inn med ein eigen brukarkonto for tenesta.',
      (host) => `- Tilsette loggar inn med kommunen si eiga pålogging (${host}).`,
      '- I den lokale demoen har den som køyrer han, alle tilgangar.',
    ),
  ],
  record: (f, t) => [
    `## Protokoll over behandlingsaktivitetar (GDPR art. 30): ${lowerFirst(t.title(f.siteName))}`,
    `- **Behandlingsansvarleg:** ${f.siteName}`,
    '- **Formål:** svare innbyggjarane på enkle spørsmål, betre nettsidene og chatboten, statistikk og fakturering av chatboten.',
    '- **Behandlingsgrunnlag:** blir fastsett av kommunen (vanlegvis GDPR art. 6 nr. 1 bokstav e).',
    '- **Registrerte:** besøkjande på nettstaden; tilsette som les statistikk eller samtalar.',
    `- **Personopplysningar:** tilbakemelding (ja/nei, side, tidspunkt, språk, maskert kommentar); chat (maskerte spørsmål, svar, tidspunkt, språk, startside, einingstype, nettlesar og hovudversjon); kode for gjenteken røyst (einvegsfunksjon med dagsalt); einvegskode av samtalenøkkelen; revisjonslogg (identiteten til den tilsette, tidspunkt, samtale). Blir maskert før lagring: ${masked(f, t)}.`,
    '- **Særlege kategoriar (art. 9):** blir maskerte før lagring og sjekka på nytt; kan finnast umaskerte der maskeringa oversår noko.',
    `- **Mottakarar:** ${where(f, t, (region) => `Amazon Web Services som databehandlar (${region})`, 'ingen (lokal demo)')}; ingen andre.`,
    `- **Overføring til tredjeland:** ingen. ${where(f, t, () => 'Tenesta kan berre setjast opp i regionar innanfor EU/EØS.', '')}`.trim(),
    `- **Sletting:** chat ${t.days(f.chatRetentionDays)}; tilbakemelding utan kommentar ${t.days(f.voteKeptDays)}, med kommentar ${t.days(f.commentRetentionDays)}; revisjonslogg ${t.days(f.auditRetentionDays)}; ${f.logRetentionDays ? `tekniske loggar ${t.days(f.logRetentionDays)}; ` : ''}tal utan tekst blir tekne vare på.`,
    `- **Tryggleik:** automatisk maskering før lagring og ny sjekk ${t.hours(f.recheckHours)}; IP-adresse og User-Agent blir aldri lagra; nøklar blir berre lagra som einvegskodar; ${where(f, t, () => 'kryptert overføring (TLS) og lagring; ', '')}tilgang per rolle, og kvar lesing av samtalar blir logga; kvar funksjon får berre tilgang til dei tabellane han treng.`,
  ],
};

const en: Texts = {
  title: (site) => `The feedback button and the chatbot on the website of ${site}`,
  languageNames: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' },
  list: listWith('and'),
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  hours: (n) => (n === 1 ? 'every hour' : `every ${n} hours`),
  categories: {
    identity: 'national identity and D numbers',
    email: 'e-mail addresses',
    ip: 'IP addresses',
    coordinates: 'coordinates',
    address: 'addresses',
    number: 'long numbers (more than six digits, such as phone and account numbers)',
    health: 'health information',
    gender: 'gender',
    orientation: 'sexual orientation',
    politics: 'political opinions',
    religion: 'religion and beliefs',
    ethnicity: 'ethnic origin',
    union: 'trade union membership',
    name: 'names',
    location: 'places where someone lives or stays',
  },
  regions: {
    'eu-north-1': 'Stockholm, Sweden',
    'eu-west-1': 'Ireland',
    'eu-west-3': 'Paris, France',
    'eu-central-1': 'Frankfurt, Germany',
    'eu-south-1': 'Milan, Italy',
    'eu-south-2': 'Aragón, Spain',
  },
  statement: (f, t) => [
    `## ${t.title(f.siteName)}`,
    `At the bottom of our pages you can answer "Did you find what you were looking for?", and you can ask our chatbot questions. Both work in ${spoken(f, t)}, without signing in and without cookies.`,
    '### What we store',
    '- **Feedback:** whether you found what you were looking for (yes or no), which page it was about (its address without query parameters, and with numbers and other identifiers in the address removed), the time, the language and your comment if you write one.',
    '- **Chat:** your questions and the chatbot’s answers with the topic of each answer, the times, the language, the page the conversation started on, the kind of device (computer, tablet or phone) and the name and major version of your browser.',
    '### What we never store',
    '- Your IP address and the full description your browser sends of itself (User-Agent).',
    ...(f.edgeRateLimits
      ? [
          '- To stop abuse, the firewall in front of the service (AWS WAF) counts requests per IP address, five minutes at a time. It keeps no log of the addresses.',
        ]
      : []),
    `- So that a new vote from you on the same page on the same day replaces the first, a code is made from your IP address and browser with a one-way function and a random salt for the day. Only the code is stored, and the salt is deleted after ${t.days(f.voteKeptDays)}. After that, the code can no longer be linked to anyone.`,
    '- Your conversation belongs to a random key that only your browser has. We store only a one-way code of that key.',
    '### What is hidden, and when',
    `Before anything is stored, personal data in comments and questions is replaced by a label such as [navn]. This applies to ${masked(f, t)}. A job goes through new questions again ${t.hours(f.recheckHours)} with the latest rules. Masking is automatic and can miss something, so please do not write personal data in the chat or in your comment.`,
    '### How long we keep it',
    `- Chat conversations are deleted automatically after ${t.days(f.chatRetentionDays)}. After that only numbers remain (how many conversations and questions, which topics were answered, kinds of devices and browsers), and they contain no text.`,
    `- Feedback without a comment is deleted after ${t.days(f.voteKeptDays)}, feedback with a comment after ${t.days(f.commentRetentionDays)}. The number of yes and no answers per page and day is kept.`,
    `- The log of who at the municipality read which conversations, and when, is deleted after ${t.days(f.auditRetentionDays)}.`,
    `- Technical logs contain no personal data${f.logRetentionDays ? ` and are deleted after ${t.days(f.logRetentionDays)}` : ''}.`,
    '### Your rights',
    '- At any time you can download the whole conversation from the chat window’s menu, as text or as JSON (access and data portability).',
    '- At any time you can delete the conversation with "Forget me" in the same menu. It is then gone for everyone, the municipality included.',
    '- Feedback cannot be linked to you, so we cannot find or delete a particular piece of feedback afterwards. Please do not write personal data in your comment.',
    `- You can complain to the Norwegian Data Protection Authority (Datatilsynet). Questions about privacy can go to the data protection officer of ${f.siteName}.`,
    '### Where the data is',
    where(
      f,
      t,
      (region) =>
        `The data is in the municipality’s own account with Amazon Web Services (AWS), in the data centre region ${region}, within the EU/EEA. AWS is a data processor and may not use the data for its own purposes.`,
      'This is a local demo: the data is only in the memory of the machine running it, and disappears when it stops.',
    ),
    '### Who can read what',
    '- The editorial team sees only numbers (feedback and chat use per day, page and topic) and the masked comments.',
    '- A few staff members who check the chatbot’s quality can read masked conversations. Each time they do, who, when and which conversation is logged.',
    signIn(
      f,
      '- Staff sign in with a user account of the service’s own.',
      (host) => `- Staff sign in with the municipality’s own sign-in (${host}).`,
      '- In the local demo, whoever runs it has every role.',
    ),
  ],
  record: (f, t) => [
    `## Record of processing activities (GDPR Art. 30): ${lowerFirst(t.title(f.siteName))}`,
    `- **Controller:** ${f.siteName}`,
    '- **Purposes:** answering residents’ simple questions, improving the website and the chatbot, statistics and billing of the chatbot.',
    '- **Legal basis:** set by the municipality (usually GDPR Art. 6(1)(e)).',
    '- **Data subjects:** visitors to the website; staff who read statistics or conversations.',
    `- **Personal data:** feedback (yes/no, page, time, language, masked comment); chat (masked questions, answers, times, language, start page, device type, browser and major version); repeat-vote code (one-way function with a daily salt); one-way code of the conversation key; audit trail (staff identity, time, conversation). Masked before storage: ${masked(f, t)}.`,
    '- **Special categories (Art. 9):** masked before storage and checked again; may occur unmasked where masking misses something.',
    `- **Recipients:** ${where(f, t, (region) => `Amazon Web Services as data processor (${region})`, 'none (local demo)')}; no one else.`,
    `- **Transfers to third countries:** none. ${where(f, t, () => 'The service can only be set up in regions within the EU/EEA.', '')}`.trim(),
    `- **Erasure:** chat ${t.days(f.chatRetentionDays)}; feedback without a comment ${t.days(f.voteKeptDays)}, with a comment ${t.days(f.commentRetentionDays)}; audit trail ${t.days(f.auditRetentionDays)}; ${f.logRetentionDays ? `technical logs ${t.days(f.logRetentionDays)}; ` : ''}numbers without text are kept.`,
    `- **Security:** automatic masking before storage and a new check ${t.hours(f.recheckHours)}; IP address and User-Agent never stored; keys stored only as one-way codes; ${where(f, t, () => 'encrypted transfer (TLS) and storage; ', '')}access per role, and every read of a conversation is logged; each function can reach only the tables it needs.`,
  ],
};

const TEXTS: Record<Language, Texts> = { nb, nn, en };

/** Markdown from headings, paragraphs and list items ("- …"): a list's items on consecutive lines. */
function markdown(blocks: readonly string[]): string {
  let out = '';
  blocks.forEach((block, index) => {
    const inList = block.startsWith('- ') && blocks[index - 1]?.startsWith('- ');
    out += (index === 0 ? '' : inList ? '\n' : '\n\n') + block;
  });
  return `${out}\n`;
}

/** The section for the municipality's privacy statement, in Markdown. */
export function privacyStatement(facts: PrivacyFacts, lang: Language): string {
  const t = TEXTS[lang];
  return markdown(t.statement(facts, t));
}

/** The entry for the record of processing activities (GDPR Art. 30), in Markdown. */
export function processingRecord(facts: PrivacyFacts, lang: Language): string {
  const t = TEXTS[lang];
  return markdown(t.record(facts, t));
}
