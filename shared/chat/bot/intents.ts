import type { Language } from '../../languages.ts';
import type { IntentSet, Localized } from './intent-set.ts';
import { FALLBACK_INTENT } from './ports.ts';

export type { Intent, IntentSet, Localized } from './intent-set.ts';

/**
 * The default set, used by every site without its own (such as the demo site, Demo kommune).
 * The answers are generic: they name no phone numbers, prices or dates, and point to the
 * service centre (servicetorget) and the site's own pages, which every municipality has.
 * Examples are written with æøå; the matcher also understands them typed without.
 */
export const DEFAULT_INTENTS: IntentSet = {
  minScore: 0.5,
  greeting: {
    nb: 'Hei! Jeg er kommunens chatbot og kan svare på enkle spørsmål om for eksempel åpningstider, avfall, barnehage, byggesak og eiendomsskatt. Ikke skriv personopplysninger som fødselsnummer eller helseopplysninger. Samtalen slettes automatisk etter høyst 21 dager.',
    nn: 'Hei! Eg er chatboten til kommunen og kan svare på enkle spørsmål om til dømes opningstider, avfall, barnehage, byggjesak og eigedomsskatt. Ikkje skriv personopplysningar som fødselsnummer eller helseopplysningar. Samtalen blir sletta automatisk etter høgst 21 dagar.',
    en: 'Hi! I am the municipality’s chatbot. I can answer simple questions about things like opening hours, waste collection, kindergartens, building permits and property tax. Please do not write personal information such as your national identity number or health details. The conversation is deleted automatically after 21 days at most.',
  },
  fallback: {
    nb: 'Beklager, det kan jeg ikke svare på. Ring eller besøk servicetorget, så hjelper de deg videre. Telefonnummer og åpningstider finner du på kommunens kontaktside.',
    nn: 'Orsak, det kan eg ikkje svare på. Ring eller kom innom servicetorget, så hjelper dei deg vidare. Telefonnummer og opningstider finn du på kontaktsida til kommunen.',
    en: 'Sorry, I cannot answer that. Please call or visit the service centre (servicetorget), who will help you further. You will find the phone number and opening hours on the municipality’s contact page.',
  },
  intents: [
    {
      name: 'greeting',
      title: { nb: 'Hilsen', nn: 'Helsing', en: 'Greeting' },
      weight: 0.6,
      examples: [
        'hei',
        'heisann',
        'heia',
        'hallo',
        'god dag',
        'goddag',
        'god morgen',
        'god kveld',
        'morn',
        'hello',
        'hi',
        'hey',
        'good morning',
        'good afternoon',
        'good evening',
      ],
      answer: {
        nb: 'Hei! Hva kan jeg hjelpe deg med?',
        nn: 'Hei! Kva kan eg hjelpe deg med?',
        en: 'Hello! How can I help you?',
      },
    },
    {
      name: 'waste_collection',
      title: { nb: 'Avfall og renovasjon', nn: 'Avfall og renovasjon', en: 'Waste collection' },
      weight: 1,
      examples: [
        // bokmål and nynorsk share most of these
        'søppel',
        'søpla',
        'søple',
        'renovasjon',
        'tømme',
        'tømming',
        'tømmedag',
        'avfall',
        'matavfall',
        'restavfall',
        'hageavfall',
        'spesialavfall',
        'farlig avfall',
        'boss',
        'bosshenting',
        'henting',
        'hentedag',
        'dunk',
        'gjenvinning',
        'kildesortering',
        'sorter',
        'plastemballasje',
        // English
        'rubbish',
        'garbage',
        'trash',
        'waste',
        'bin',
        'bins',
        'recycle',
        'recycling',
        'collection day',
      ],
      answer: {
        nb: 'Når avfallet hentes hos deg, står i tømmekalenderen på kommunens side om avfall og renovasjon. Der finner du også sorteringsguiden og hva du gjør med farlig avfall.',
        nn: 'Når avfallet blir henta hos deg, står i tømmekalenderen på sida til kommunen om avfall og renovasjon. Der finn du òg sorteringsrettleiinga og kva du gjer med farleg avfall.',
        en: 'The collection days for your address are in the collection calendar on the municipality’s waste and recycling page, which also has the sorting guide and what to do with hazardous waste.',
      },
    },
    {
      name: 'kindergarten',
      title: { nb: 'Barnehage', nn: 'Barnehage', en: 'Kindergarten' },
      weight: 1,
      examples: [
        'barnehage',
        'barnehageplass',
        'barnehageopptak',
        'hovedopptak',
        'hovudopptak',
        'foreldrebetaling',
        'kindergarten',
        'nursery',
        'daycare',
        'day care',
        'preschool',
      ],
      answer: {
        nb: 'Du søker om barnehageplass elektronisk via kommunens side om barnehage. Der står også søknadsfristen for hovedopptaket, hvilke barnehager som finnes og hva en plass koster.',
        nn: 'Du søkjer om barnehageplass elektronisk via kommunen si side om barnehage. Der står òg søknadsfristen for hovudopptaket, kva barnehagar som finst og kva ein plass kostar.',
        en: 'You apply for a kindergarten place online through the municipality’s kindergarten page, which also gives the deadline for the main admission, lists the kindergartens and says what a place costs.',
      },
    },
    {
      name: 'building_permit',
      title: { nb: 'Byggesak', nn: 'Byggjesak', en: 'Building permits' },
      weight: 1,
      examples: [
        // bokmål
        'byggesak',
        'byggesøknad',
        'byggetillatelse',
        'søke om å bygge',
        'søknadsplikt',
        'ferdigattest',
        'nabovarsel',
        'dispensasjon',
        'tilbygg',
        'påbygg',
        'garasje',
        'carport',
        'terrasse',
        // nynorsk
        'byggjesak',
        'byggjesøknad',
        'byggjeløyve',
        'søkje om å byggje',
        // English
        'building permit',
        'planning permission',
        'permission to build',
        'extension',
      ],
      answer: {
        nb: 'På kommunens side om byggesak ser du om tiltaket ditt krever søknad, og hvordan du søker. Mindre tiltak kan være unntatt fra søknadsplikt, men må likevel følge plan- og bygningsloven.',
        nn: 'På kommunen si side om byggjesak ser du om tiltaket ditt krev søknad, og korleis du søkjer. Mindre tiltak kan vere unnatekne frå søknadsplikt, men må likevel følgje plan- og bygningslova.',
        en: 'The municipality’s building permits page explains whether your project needs an application and how to apply. Smaller projects may be exempt, but must still follow the Planning and Building Act.',
      },
    },
    {
      name: 'property_tax',
      title: { nb: 'Eiendomsskatt', nn: 'Eigedomsskatt', en: 'Property tax' },
      weight: 1,
      examples: [
        'eiendomsskatt',
        'eigedomsskatt',
        'eigendomsskatt',
        'skattetakst',
        'skatt på huset',
        'skatt på bolig',
        'skatt på hytta',
        'skatt på hus',
        'property tax',
        'property taxes',
        'council tax',
      ],
      answer: {
        nb: 'Om kommunen har eiendomsskatt, står satsene, forfallsdatoene og hvordan du klager på skatteseddelen på kommunens side om eiendomsskatt.',
        nn: 'Om kommunen har eigedomsskatt, står satsane, forfallsdatoane og korleis du klagar på skattesetelen på kommunen si side om eigedomsskatt.',
        en: 'If the municipality levies property tax, the rates, due dates and how to appeal your tax bill are on the municipality’s property tax page.',
      },
    },
    {
      name: 'opening_hours',
      title: { nb: 'Åpningstider', nn: 'Opningstider', en: 'Opening hours' },
      weight: 1,
      examples: [
        // bokmål
        'åpningstid',
        'åpent',
        'åpne',
        'åpner',
        'stengt',
        'stenger',
        'når har dere åpent',
        // nynorsk
        'opningstid',
        'ope',
        'opne',
        'opnar',
        'stengjer',
        'kva tid opnar',
        // English
        'opening hours',
        'opening times',
        'when open',
        'are you open',
        'open today',
        'closing time',
        'closed',
        'hours',
      ],
      answer: {
        nb: 'Åpningstidene for servicetorget og kommunens andre tjenester står på kommunens kontaktside. Der finner du også endringer i ferier og høytider.',
        nn: 'Opningstidene for servicetorget og dei andre tenestene i kommunen står på kontaktsida til kommunen. Der finn du òg endringar i feriar og høgtider.',
        en: 'Opening hours for the service centre and the municipality’s other services are on the municipality’s contact page, along with any changes during holidays.',
      },
    },
    {
      name: 'contact',
      title: { nb: 'Kontakt med kommunen', nn: 'Kontakt med kommunen', en: 'Contacting the municipality' },
      // Slightly below a topic, so "Når har servicetorget åpent?" is about opening hours.
      weight: 0.9,
      examples: [
        // bokmål
        'kontakt',
        'telefon',
        'ringe',
        'e-post',
        'epost',
        'mail',
        'servicetorg',
        'sentralbord',
        'snakke med',
        'saksbehandler',
        'besøksadresse',
        // nynorsk
        'ringje',
        'sakshandsamar',
        'snakke med nokon',
        'kven kan eg',
        // English
        'contact',
        'phone',
        'email',
        'call',
        'speak to',
        'talk to',
        'service centre',
        'service center',
      ],
      answer: {
        nb: 'Du når kommunen gjennom servicetorget. Telefonnummer, e-postadresse og besøksadresse står på kommunens kontaktside. Ikke send personopplysninger i vanlig e-post.',
        nn: 'Du når kommunen gjennom servicetorget. Telefonnummer, e-postadresse og besøksadresse står på kontaktsida til kommunen. Ikkje send personopplysningar i vanleg e-post.',
        en: 'You can reach the municipality through the service centre (servicetorget). The phone number, e-mail address and visiting address are on the municipality’s contact page. Please do not send personal information by ordinary e-mail.',
      },
    },
    {
      name: 'thanks',
      title: { nb: 'Takk', nn: 'Takk', en: 'Thanks' },
      weight: 0.6,
      examples: ['takk', 'tusen takk', 'mange takk', 'takker', 'thanks', 'thank you', 'thx', 'cheers'],
      answer: {
        nb: 'Bare hyggelig! Er det noe mer jeg kan hjelpe deg med?',
        nn: 'Berre hyggeleg! Er det noko meir eg kan hjelpe deg med?',
        en: 'You’re welcome! Is there anything else I can help you with?',
      },
    },
  ],
};

/** What editors read for an answer that found no intent. */
const FALLBACK_TITLE: Localized = { nb: 'Uten svar', nn: 'Utan svar', en: 'No answer' };

/**
 * The display name of an intent in the editor's language: its title in the set, "Uten svar"
 * for the fallback, and the id itself for an intent the set no longer has (counters outlive
 * the intents they counted).
 */
export function intentTitle(intent: string, lang: Language, set: IntentSet = DEFAULT_INTENTS): string {
  if (intent === FALLBACK_INTENT) return FALLBACK_TITLE[lang];
  return set.intents.find((candidate) => candidate.name === intent)?.title[lang] ?? intent;
}
