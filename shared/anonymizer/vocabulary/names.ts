/**
 * The longer word lists of `recognizers/names.ts` (person names), whose
 * comments there say what each is for. Packed into `data/packed.ts` by `npm run
 * build:anonymizer-data` and read from there on first use; every list is only looked up in
 * (as a set), so it is packed sorted.
 */
export const NAMES = {
  /** Said by the visitor of themselves: what follows is a name in any case ("jeg heter kari"). */
  selfIntroductions: [
    ...[
      'jeg heter',
      'eg heiter',
      'jeg heiter',
      'eg heter',
      'navnet mitt er',
      'namnet mitt er',
      'mitt navn er',
    ],
    ...['mitt namn er', 'my name is', 'i am called', "i'm called", 'call me', 'kall meg', 'kallar meg'],
    ...['kaller meg', 'fullt navn', 'fullt namn', 'undertegnede', 'undertegnende', 'underteikna'],
    ...['etternavnet mitt', 'etternamnet mitt', 'fornavnet mitt', 'fornamnet mitt', 'mellomnavnet mitt'],
    ...['etternavnet mitt er', 'fornavnet mitt er', 'my surname is', 'my last name is', 'my first name is'],
  ],
  /** Naming someone: what follows is a name when capitalised or a known name ("sonen heiter Ola"). */
  introductions: [
    ...['heter', 'heiter', 'navnet er', 'namnet er', 'navn', 'namn', 'name is', 'name', 'named', 'called'],
    ...[
      'kalles',
      'blir kalt',
      'vert kalla',
      'kalt',
      'kalla',
      'signert',
      'navnet hans er',
      'navnet hennes er',
    ],
    // Nicknames: "som alle kaller Bamsen", "som vi kallar Tuppen".
    ...[
      'kaller',
      'kallar',
      'kalte',
      'kalla',
      'calls',
      'call',
      'called him',
      'called her',
      'kallenavn',
      'kallenamn',
      // "Vi kaller ham «Tuppen»", "vi kallar henne Veslemøy".
      ...['kaller ham', 'kaller han', 'kaller henne', 'kallar han', 'kallar ho', 'kallar henne', 'call him'],
      ...['call her', 'takk til', 'tusen takk til', 'thanks to', 'thank you to', 'ros til', 'skryt til'],
    ],
    // Greeting someone by name: "Hei Kari", "Kjære Ola", "Dear Mr Smith".
    ...['hei', 'hallo', 'heisann', 'god morgen', 'god dag', 'kjære', 'dear', 'hi', 'hello', 'att', 'attn'],
  ],
  signatures: [
    ...['hilsen', 'helsing', 'mvh', 'm v h', 'vh', 'vennlig hilsen', 'vennleg helsing', 'venleg helsing'],
    ...['beste hilsen', 'beste helsing', 'med vennlig hilsen', 'med venleg helsing', 'hilsen fra'],
    ...['helsing frå', 'hilsning', 'helsingar', 'regards', 'best regards', 'kind regards', 'cheers'],
    ...['sincerely', 'best wishes', 'thanks', 'thank you', 'takk', 'tusen takk', 'mange takk', 'hilsen oss'],
    ...['klem', 'klem fra', 'klem frå', 'sendt av', 'skrevet av', 'skrive av', 'written by', 'from'],
  ],
  /** Words that are capitalised for other reasons than being a name. */
  neverNames: [
    ...['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober'],
    ...['november', 'desember', 'january', 'february', 'march', 'may', 'june', 'july', 'october'],
    ...['december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    ...['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'tysdag', 'laurdag'],
    ...['sundag', 'jul', 'julaften', 'påske', 'pinse', 'gud', 'god', 'jesus', 'allah', 'herren', 'kristi'],
    ...['himmelfartsdag', 'sankthans', 'olsok', 'allehelgensdag'],
    ...['i', 'hei', 'hallo', 'hi', 'hello', 'dear', 'kjære', 'ok', 'okay', 'takk', 'thanks'],
  ],
  institutionWords: [
    ...['museet', 'museum', 'tunet', 'huset', 'senteret', 'skolen', 'skulen', 'hallen', 'parken', 'stadion'],
    ...['kirke', 'kirken', 'kyrkja', 'festivalen', 'dagene', 'prisen', 'stiftelsen', 'fondet', 'instituttet'],
    ...['biblioteket', 'samlingen', 'senter', 'plassen', 'gården', 'garden', 'bua', 'butikken'],
  ],
  /** Shops and firms named after their owner: "Anton Sport", "Hansen Bygg", "Berg Regnskap". */
  businessWords: [
    ...['sport', 'bil', 'bygg', 'rør', 'elektro', 'eiendom', 'regnskap', 'transport', 'maskin', 'service'],
    ...[
      'handel',
      'frisør',
      'blomster',
      'bakeri',
      'data',
      'media',
      'consult',
      'invest',
      'holding',
      'entreprenør',
    ],
    ...[
      'malerservice',
      'snekkerservice',
      'taxi',
      'auto',
      'trafikkskole',
      'optikk',
      'gull',
      'sko',
      'interiør',
    ],
  ],
  /** A street named after a person is a street: "Kari Nordmanns vei", "Kong Oscars gate". */
  streetWords: [
    'vei',
    'veien',
    'veg',
    'vegen',
    'gate',
    'gata',
    'gaten',
    'allé',
    'alle',
    'plass',
    'plassen',
    'street',
    'road',
  ],
  placePrepositions: ['på', 'i', 'til', 'fra', 'frå', 'ved', 'mot', 'for', 'om', 'in', 'at', 'to', 'from'],
};
