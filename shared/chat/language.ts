import type { Language } from '../languages.ts';
import { tokenize } from './bot/normalize.ts';

const words = (list: string) => list.trim().split(/\s+/);

/**
 * Words that tell bokmål, nynorsk and English apart, written as people write them. `strong`:
 * the standard's own form of a word that most questions have (I, not, what, how, she, they),
 * which the others write differently. `typical`: a form the others do not use, but that says
 * less on its own (also, only, some, weeks, a few topic words of the bot).
 *
 * Left out on purpose: words both Norwegian standards write alike (`du`, `det`, `når`, `kan`,
 * `søke`, `blir`); `de` (nynorsk's "you" to several people) and `vi` (nynorsk has `vi` and
 * `me`); words that fold into another language's word, because matching folds æøå and "oe":
 * `no`, `òg`, `frå`, `då`, `noe`, `måndag` (English `no`, Norwegian `og`, `fra`, `da`, `no`,
 * `mandag`); and English `i`, `to`, `at`, `for`, `by`, `be`, `as`, `so`, `her`, `just` and
 * `open`, which are Norwegian words too.
 */
export const LANGUAGE_MARKERS: Readonly<Record<Language, { strong: string[]; typical: string[] }>> = {
  nb: {
    strong: words('jeg ikke hva hvordan hvor hvem hvorfor hvilken hvilke hvilket hun'),
    typical: words(`
      dem deres hennes bare kun noen mye hvis hver hvert hverandre også nå en et mer flere siden
      uten hjem hjemme sammen selv egen eget egne fortsatt ennå mulig uke uka uker dager ganger måneder
      vet fikk gikk kommer synes gjør gjøre være vært ble trenger finnes koster betaler spørre skole
      skolen tjeneste tjenester åpningstid åpningstider åpningstidene eiendom eiendomsskatt
      eiendomsskatten åpen åpent åpner stenger hentet hentes tømmes hverdager tirsdag lørdag`),
  },
  nn: {
    strong: words('eg ikkje kva korleis kvar kven kvifor ho dei'),
    typical: words(`
      kor kvart kvarandre deira dykk dykkar hennar me berre noko nokon nokre mykje viss ein eit eitt
      meir fleire sidan utan difor elles heim heime saman sjølv eigen eige eigne framleis enno mogleg
      veke veka veker dagar dagane gong gonger månader veit fekk gjekk kjem kome synest tykkjer gjer
      gjere vere vore vart vorte vert treng finst kostar betalar spørje sjå søkje søkjer hjå seie gjev
      skule skulen teneste tenester opningstid opningstider opningstidene eigedom eigedomsskatt
      eigedomsskatten byggjesak byggjesaka ope opne opnar stengjer henta hentast tømast kvardagar
      tysdag laurdag sundag`),
  },
  en: {
    strong: [],
    typical: words(`
      the what how where when who why which is are was were been do does did can could would should
      will my your you our we they she he it its this that these those with from have has had not there
      here about please thanks thank hello hi an am if but get need want find much many any some than
      then also only very into out up or on in of and apply opening hours closed waste
      rubbish bin bins property tax building permit help know tell`),
  },
};

const STRONG = 2;
const TYPICAL = 1;
/** What a language needs to be chosen: one strong word, or two typical ones. */
const MIN_SCORE = 2;
/** And at least this many times the runner-up's score, so that a stray word does not decide. */
const MIN_LEAD = 2;

const ORDER = ['nb', 'nn', 'en'] as const satisfies readonly Language[];

/** What one word of a message adds to one language's score. */
interface Marker {
  /** Index in `ORDER`. */
  lang: 0 | 1 | 2;
  weight: number;
}

/**
 * Every marker as the word `tokenize` makes of it, built once at import. A word that two
 * languages' lists share after folding says nothing, so it counts for neither.
 */
const MARKERS = (() => {
  const markers = new Map<string, Marker>();
  const shared = new Set<string>();
  ORDER.forEach((lang, index) => {
    const { strong, typical } = LANGUAGE_MARKERS[lang];
    for (const [list, weight] of [
      [strong, STRONG],
      [typical, TYPICAL],
    ] as const) {
      for (const [key] of list.map(tokenize)) {
        if (key === undefined) continue;
        const known = markers.get(key);
        if (known && known.lang !== index) shared.add(key);
        else if (!known) markers.set(key, { lang: index as Marker['lang'], weight });
      }
    }
  });
  for (const key of shared) markers.delete(key);
  return markers;
})();

/** Longer words are not looked up at all. */
const LONGEST_MARKER = Math.max(...[...MARKERS.keys()].map((key) => key.length));

/**
 * The language a message is written in, from its words as `tokenize` writes them, or
 * `undefined` when they do not tell: too few telling words (a greeting, a thank-you, a topic
 * word, a text of masked labels, which `tokenize` drops) or no clear lead. It runs on every
 * question, so it is one Map lookup per word and three sums; nothing is built per call.
 */
export function detectLanguage(words: readonly string[]): Language | undefined {
  let nb = 0;
  let nn = 0;
  let en = 0;
  for (const word of words) {
    if (word.length > LONGEST_MARKER) continue;
    const marker = MARKERS.get(word);
    if (marker === undefined) continue;
    if (marker.lang === 0) nb += marker.weight;
    else if (marker.lang === 1) nn += marker.weight;
    else en += marker.weight;
  }
  const best = Math.max(nb, nn, en);
  const runnerUp = nb + nn + en - best - Math.min(nb, nn, en);
  if (best < MIN_SCORE || best < MIN_LEAD * runnerUp) return undefined;
  return best === nb ? 'nb' : best === nn ? 'nn' : 'en';
}
