import { z } from 'zod';

const localized = z.strictObject({ nb: z.string().min(1), nn: z.string().min(1), en: z.string().min(1) });

/**
 * A site's intents as data, so a municipality can bring its own as JSON. Example phrases are
 * matched by word stems; the answer is given in the conversation's language.
 */
export const intentSchema = z.strictObject({
  name: z.string().regex(/^[a-z_]{2,40}$/),
  examples: z.array(z.string().min(2)).min(1),
  answer: localized,
});
export const intentSetSchema = z.strictObject({
  greeting: localized,
  fallback: localized,
  intents: z.array(intentSchema).min(1),
});
export type Intent = z.infer<typeof intentSchema>;
export type IntentSet = z.infer<typeof intentSetSchema>;

/** The default set, for any site without its own. Generic answers that point to the site's own pages. */
export const DEFAULT_INTENTS: IntentSet = intentSetSchema.parse({
  greeting: {
    nb: 'Hei! Jeg er kommunens chatbot. Spør meg om for eksempel åpningstider, renovasjon, barnehage eller byggesak. Ikke skriv personopplysninger: samtalen lagres i 21 dager.',
    nn: 'Hei! Eg er chatboten til kommunen. Spør meg om til dømes opningstider, renovasjon, barnehage eller byggjesak. Ikkje skriv personopplysningar: samtalen blir lagra i 21 dagar.',
    en: 'Hi! I am the municipality’s chatbot. Ask me about opening hours, waste collection, kindergartens or building permits. Please do not share personal information: the conversation is kept for 21 days.',
  },
  fallback: {
    nb: 'Det kan jeg dessverre ikke svare på. Ta kontakt med servicetorget, så hjelper de deg videre. Du finner kontaktinformasjonen på kommunens kontaktside.',
    nn: 'Det kan eg dessverre ikkje svare på. Ta kontakt med servicetorget, så hjelper dei deg vidare. Du finn kontaktinformasjonen på kontaktsida til kommunen.',
    en: 'I am sorry, I cannot answer that. Please contact the service centre, who will help you further. You will find their details on the municipality’s contact page.',
  },
  intents: [
    {
      name: 'greeting',
      examples: [
        'hei',
        'hallo',
        'heisann',
        'god dag',
        'god morgen',
        'goddag',
        'hello',
        'good morning',
        'hi there',
      ],
      answer: {
        nb: 'Hei! Hva kan jeg hjelpe deg med?',
        nn: 'Hei! Kva kan eg hjelpe deg med?',
        en: 'Hello! How can I help you?',
      },
    },
    {
      name: 'opening_hours',
      examples: [
        'åpningstid',
        'åpent',
        'åpner',
        'stenger',
        'opningstid',
        'ope',
        'opnar',
        'stengjer',
        'opening hours',
        'when open',
        'closing time',
      ],
      answer: {
        nb: 'Servicetorget har åpent på hverdager. De nøyaktige åpningstidene og endringer i høytider står på kommunens kontaktside.',
        nn: 'Servicetorget har ope på kvardagar. Dei nøyaktige opningstidene og endringar i høgtider står på kontaktsida til kommunen.',
        en: 'The service centre is open on weekdays. Exact opening hours and holiday changes are on the municipality’s contact page.',
      },
    },
    {
      name: 'waste_collection',
      examples: [
        'søppel',
        'søpla',
        'renovasjon',
        'tømming',
        'tømmes',
        'tømmedag',
        'avfall',
        'boss',
        'bosshenting',
        'henting',
        'dunk',
        'rubbish',
        'garbage',
        'waste',
        'bin',
        'bins',
        'recycling',
      ],
      answer: {
        nb: 'Tømmedagene for adressen din finner du i tømmekalenderen på siden om renovasjon. Der står også hva som hører hjemme i hver dunk.',
        nn: 'Tømmedagane for adressa di finn du i tømmekalenderen på sida om renovasjon. Der står òg kva som høyrer heime i kvar dunk.',
        en: 'The collection days for your address are in the collection calendar on the waste page, which also explains what goes in each bin.',
      },
    },
    {
      name: 'kindergarten',
      examples: [
        'barnehage',
        'barnehageplass',
        'barnehageopptak',
        'hovudopptak',
        'hovedopptak',
        'kindergarten',
        'nursery',
        'daycare',
      ],
      answer: {
        nb: 'Du søker barnehageplass elektronisk på kommunens side om barnehage. Søknadsfristen for hovedopptaket er 1. mars.',
        nn: 'Du søkjer barnehageplass elektronisk på sida om barnehage. Søknadsfristen for hovudopptaket er 1. mars.',
        en: 'You apply for a kindergarten place online on the municipality’s kindergarten page. The deadline for the main admission is 1 March.',
      },
    },
    {
      name: 'building_permit',
      examples: [
        'byggesak',
        'byggesøknad',
        'byggetillatelse',
        'byggjesak',
        'byggjesøknad',
        'byggjeløyve',
        'søke om å bygge',
        'bygge garasje',
        'tilbygg',
        'building permit',
        'planning permission',
      ],
      answer: {
        nb: 'Om du må søke, og hvordan, står på siden om byggesak. Mindre tiltak kan være unntatt søknadsplikt.',
        nn: 'Om du må søkje, og korleis, står på sida om byggjesak. Mindre tiltak kan vere unnatekne frå søknadsplikt.',
        en: 'Whether you need to apply, and how, is explained on the building permits page. Small projects may be exempt.',
      },
    },
    {
      name: 'property_tax',
      examples: ['eiendomsskatt', 'eigedomsskatt', 'skatt på huset', 'property tax'],
      answer: {
        nb: 'Eiendomsskatten fastsettes av kommunestyret. Satser, forfall og klageadgang står på siden om eiendomsskatt.',
        nn: 'Eigedomsskatten blir fastsett av kommunestyret. Satsar, forfall og klagerett står på sida om eigedomsskatt.',
        en: 'Property tax is set by the municipal council. Rates, due dates and how to appeal are on the property tax page.',
      },
    },
    {
      name: 'contact',
      examples: [
        'kontakt',
        'kontakte',
        'telefon',
        'ringe',
        'e-post',
        'epost',
        'snakke med',
        'saksbehandler',
        'sakshandsamar',
        'contact',
        'phone',
        'email',
        'speak to',
      ],
      answer: {
        nb: 'Du når kommunen gjennom servicetorget. Telefon, e-post og besøksadresse står på kommunens kontaktside.',
        nn: 'Du når kommunen gjennom servicetorget. Telefon, e-post og besøksadresse står på kontaktsida til kommunen.',
        en: 'You can reach the municipality through the service centre. Phone, e-mail and address are on the contact page.',
      },
    },
    {
      name: 'thanks',
      examples: ['takk', 'tusen takk', 'takker', 'thanks', 'thank you'],
      answer: {
        nb: 'Bare hyggelig! Er det noe mer jeg kan hjelpe med?',
        nn: 'Berre hyggeleg! Er det noko meir eg kan hjelpe med?',
        en: 'You are welcome! Is there anything else I can help with?',
      },
    },
  ],
});
