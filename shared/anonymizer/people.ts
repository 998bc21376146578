/**
 * Who a text is about, shared by the recognizers: kin and household, roles of the people a
 * municipality puts visitors in touch with, titles, possessives and person pronouns. A
 * special-category word, a name or a place is personal when it is said of one of these.
 */
import { KIN, POSSESSIVES } from './lexicons/people.ts';

export { KIN, POSSESSIVES };

/** Possessives with the reflexive and plural ones: "sønnen sin", "huset deres". */
export const OWNER_WORDS = [...POSSESSIVES, 'sin', 'si', 'sitt', 'deres', 'dykkar'];

/** Kin, friends and household beyond the lexicons' KIN (which they are used with). */
export const MORE_KIN = [
  ...['mamma', 'mammaen', 'mammaer', 'pappa', 'pappaen', 'pappaer', 'gutten', 'guten', 'jenta'],
  ...[
    'jenten',
    'ungen',
    'ungane',
    'ungene',
    'veslejenta',
    'veslegutten',
    'svigermor',
    'svigerfar',
    'svigerdatter',
  ],
  ...[
    'svigersønn',
    'svoger',
    'svigerinne',
    'stesønn',
    'stedatter',
    'stedotter',
    'stefar',
    'stemor',
    'fosterbarn',
  ],
  ...[
    'fostersønn',
    'fosterdatter',
    'barnebarn',
    'barnebarnet',
    'oldebarn',
    'nevø',
    'niese',
    'fetter',
    'kusine',
  ],
  ...['tremenning', 'venn', 'venninne', 'venninnen', 'kamerat', 'kameraten', 'kompis', 'ven', 'venen'],
  ...['veninne', 'veninna', 'venene', 'medmor', 'medmora', 'medfar', 'medforelder', 'kompisen', 'kollega'],
  ...['kollegaen', 'kollegen', 'nabo', 'naboene', 'naboane', 'ektemann', 'ektemannen', 'kone', 'konen'],
  ...['kjærest', 'partner', 'partneren', 'samboer', 'sambuar', 'ekskona', 'eksmannen', 'barn', 'eldste'],
  ...[
    'yngste',
    'tvillingen',
    'tvillingane',
    'brorson',
    'søsterdatter',
    'besten',
    'bestemora',
    'gudmor',
    'gudfar',
  ],
  ...['dottra'],
];

/** People a visitor deals with, named by their role: "saksbehandler Lise Berg". */
export const ROLES = [
  ...['saksbehandler', 'saksbehandleren', 'saksbehandlar', 'saksbehandlaren', 'lærer', 'læreren'],
  ...['sakshandsamar', 'sakshandsamaren', 'sakshandsamarar', 'handsamar', 'handsamaren'],
  ...['lærar', 'læraren', 'kontaktlærer', 'kontaktlæreren', 'kontaktlærar', 'kontaktlæraren'],
  ...['rektor', 'rektoren', 'inspektør', 'inspektøren', 'fastlege', 'fastlegen', 'lege', 'legen'],
  ...['sykepleier', 'sykepleieren', 'sjukepleiar', 'sjukepleiaren', 'helsesykepleier'],
  ...['helsesykepleieren', 'helsesøster', 'helsesøsteren', 'helsesjukepleiar', 'assistent'],
  ...['assistenten', 'pedagog', 'pedagogen', 'barnehagelærer', 'barnehagelæreren', 'styrer'],
  ...['styreren', 'styrar', 'styraren', 'leder', 'lederen', 'leiar', 'leiaren', 'avdelingsleder'],
  ...['avdelingslederen', 'konsulent', 'konsulenten', 'rådgiver', 'rådgiveren', 'rådgjevar'],
  ...['rådgjevaren', 'miljøarbeider', 'miljøarbeideren', 'miljøterapeut', 'miljøterapeuten'],
  ...['vaktmester', 'vaktmesteren', 'vaktmeister', 'vaktmeisteren', 'sjåfør', 'sjåføren'],
  ...['trener', 'treneren', 'trenar', 'trenaren', 'advokat', 'advokaten', 'verge', 'vergen'],
  ...['hjelpeverge', 'tolk', 'tolken', 'fysioterapeut', 'fysioterapeuten', 'ergoterapeut'],
  ...['ergoterapeuten', 'psykolog', 'psykologen', 'terapeut', 'terapeuten', 'kontaktperson'],
  ...['kontaktpersonen', 'primærkontakt', 'primærkontakten', 'støttekontakt', 'støttekontakten'],
  ...['avlaster', 'avlasteren', 'koordinator', 'koordinatoren', 'tannlege', 'tannlegen'],
  ...['jordmor', 'jordmora', 'hjemmehjelp', 'hjemmehjelpen', 'heimehjelp', 'heimehjelpa'],
  ...['elev', 'eleven', 'eleven', 'student', 'studenten', 'pasient', 'pasienten', 'bruker'],
  ...['brukeren', 'beboer', 'beboeren', 'bebuar', 'bebuaren', 'leietaker', 'leietakeren'],
  ...['utleier', 'utleieren', 'huseier', 'huseieren', 'eier', 'eieren', 'sjef', 'sjefen'],
  ...['kommunedirektør', 'rådmann', 'rådmannen', 'ordfører', 'ordføreren', 'varaordfører'],
  ...['politibetjent', 'betjent', 'betjenten', 'prest', 'presten', 'diakon', 'diakonen', 'imam'],
];

/** Titles before a name, which may then be a surname alone: "fru Dahl", "Mr Smith". */
export const TITLES = [
  'fru',
  'herr',
  'frk',
  'frøken',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'doktor',
  'professor',
];

export const ENGLISH_KIN = [
  ...['son', 'daughter', 'wife', 'husband', 'partner', 'boyfriend', 'girlfriend', 'mother', 'father'],
  ...['mom', 'mum', 'dad', 'brother', 'sister', 'child', 'kid', 'boy', 'girl', 'neighbour', 'neighbor'],
  ...['friend', 'colleague', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle'],
  ...['cousin', 'teacher', 'doctor', 'nurse', 'caseworker', 'case', 'worker', 'landlord', 'tenant'],
  ...['stepson', 'stepdaughter', 'baby', 'toddler', 'niece', 'nephew', 'fiancé', 'fiance', 'fiancée'],
];

export const ENGLISH_POSSESSIVES = ['my', 'our', 'his', 'her', 'their'];

export const PERSON_PRONOUNS = [
  ...['jeg', 'eg', 'vi', 'me', 'han', 'hun', 'ho', 'de', 'dei', 'meg', 'oss', 'henne', 'ham', 'honom'],
  ...['i', "i'm", 'im', 'we', "we're", 'he', 'she', 'they', 'me', 'us', 'him'],
];

/** Present and past of "to be", which say what a person is: "han er polsk", "I'm Ukrainian". */
export const COPULA_WORDS = [
  ...['er', 'var', 'e', 'ble', 'blei', 'vart', 'blir', 'vert', 'is', 'am', 'are', 'was', 'were'],
  ...["i'm", "we're", "he's", "she's", "they're", 'im'],
];
