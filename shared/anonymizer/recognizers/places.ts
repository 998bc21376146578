import {
  COUNTRY_NAMES,
  FIRST_NAME_SET,
  type Gazetteer,
  NORWEGIAN_PLACE_NAMES,
  ORDINARY_WORD_SET,
  vocabulary,
  wordSet,
} from '../data/word-sets.ts';
import { spaced, type TextDocument, type Token } from '../document.ts';
import { ownerWords, people } from '../people.ts';
import type { Finding, Recognizer } from '../recognizer.ts';
import { STREET_NAME } from './address.ts';
import { isInstitutionHead, isOrganisation } from './institutions.ts';

/**
 * Places that say where a person lives, is, works or comes from: "jeg bor på Fevik", "mora mi
 * bur i Kyrkjebakken", "vi er på hytta på Tjøme nå", "han kommer fra Eritrea", "på hjørnet av
 * Storgata og Kirkegata". A place is found by what stands before it (a verb of living or being
 * somewhere, a home noun, a person and "er", an origin verb) and is then a gazetteer place
 * (Norway's postal places and regions, countries in nb/nn/en), a street name or any
 * capitalised name. Without such a cue a place is the subject of a service question and stays
 * ("Når er biblioteket på Fevik åpent?").
 */

type Cue = 'residence' | 'origin';

const PREPOSITIONS = wordSet(() => vocabulary().places.prepositions);
/** "hos oss i Lerkelia", "with us in Tromsø". */
const AT_SOMEONES = wordSet(() => ['oss', 'meg', 'henne', 'ham', 'han', 'dem', 'dei', 'us', 'me', 'them']);
const ARTICLES = wordSet(() => ['a', 'an', 'the', 'en', 'ei', 'et', 'ein', 'eit']);
const ORIGIN_PREPOSITIONS = wordSet(() => ['fra', 'frå', 'from']);
/** "bor ute på", "står rett ved": the word before a preposition that belongs to it. */
const PREPOSITION_LEADS = wordSet(() => [
  'ute',
  'oppe',
  'nede',
  'inne',
  'borte',
  'rett',
  'like',
  'heilt',
  'helt',
]);
/** Adverbs between a verb and its place: "bor nå på", "bur framleis i". */
const ADVERBS = wordSet(() => vocabulary().places.adverbs);
const RESIDENCE_VERBS = wordSet(() => vocabulary().places.residenceVerbs);
/** Verbs of where someone or something is: a place of a person only with a person before them. */
const POSITION_VERBS = wordSet(() => vocabulary().places.positionVerbs);
/** The second word of a two-word verb: "vokste opp", "holder til", "befinner meg". */
const VERB_TAILS = new Map([
  ['opp', new Set(['vokste', 'voks', 'vokse', 'grew', 'growing'])],
  ['til', new Set(['holder', 'held', 'halde'])],
  ['meg', new Set(['befinner', 'befinn'])],
  ['up', new Set(['grew', 'growing', 'grow'])],
]);
const ORIGIN_VERBS = wordSet(() => vocabulary().places.originVerbs);
/** Where a person lives, named by what it is: "hytta vår på", "huset mitt i", "naboen i". */
const HOME_NOUNS = wordSet(() => vocabulary().places.homeNouns);
/** What a place of a person is called before its name: "på småbruket Søndre Tangen", "i bygda Vik". */
const PLACE_NOUNS = wordSet(() => vocabulary().places.placeNouns);
const STREET_WORDS = wordSet(() => vocabulary().places.streetWords);

const COPULAS = wordSet(() => people().copulaWords);
const SUBJECTS = wordSet(() => [...people().personPronouns, ...people().kin, ...people().moreKin]);
const OWN = wordSet(() => [...ownerWords(), 'my', 'our', 'his', 'her', 'their']);
const ADDRESS_WORDS = wordSet(() => vocabulary().places.addressWords);
const CORNERS = wordSet(() => ['hjørnet', 'krysset', 'corner', 'junction', 'crossing']);
const CORNER_LINKS = wordSet(() => ['og', 'and', '/']);

const previousToken = (document: TextDocument, j: number): Token | undefined => {
  const token = document.tokens[j];
  const before = document.tokens[j - 1];
  return token && before && spaced(document.text, before, token) ? before : undefined;
};

/** Is token `j` a person subject ("jeg", "mora mi", "my mother")? */
function personAt(document: TextDocument, j: number): boolean {
  const token = document.tokens[j];
  if (!token) return false;
  // English "I" only as written: "i" is the Norwegian preposition.
  if (token.lower === 'i') return token.text === 'I';
  // A person by name: "Datteren min Emma er på leirskole på Lygra".
  if (token.capitalised && !token.sentenceStart && FIRST_NAME_SET.has(token.lower)) return true;
  if (SUBJECTS.holds(token)) return true;
  const before = previousToken(document, j);
  return OWN.holds(token) && before !== undefined && SUBJECTS.holds(before);
}

/**
 * What the words before token `i` say about the place that starts there, if anything: a cue
 * right before it, or one phrase further back ("jobbar på fiskemottaket på Myre", "vi er på
 * stølen i Hemsedal"), or before a place noun ("bor på småbruket Søndre Tangen").
 */
function cueBefore(document: TextDocument, i: number): Cue | undefined {
  const direct = directCueBefore(document, i);
  if (direct) return direct;
  const { tokens } = document;
  const noun = tokens[i - 1];
  if (noun && PLACE_NOUNS.holds(noun) && previousToken(document, i)) return directCueBefore(document, i - 1);
  // One hop: "<cue> på <noun> på <Place>", the noun lower case and not a person.
  const preposition = tokens[i - 1];
  const hopNoun = tokens[i - 2];
  if (!preposition || !hopNoun || !PREPOSITIONS.holds(preposition) || hopNoun.capitalised) return undefined;
  if (!previousToken(document, i) || !previousToken(document, i - 1) || SUBJECTS.holds(hopNoun))
    return undefined;
  // "staying at a cabin near Beitostølen": an article before the noun is part of the hop.
  const article = tokens[i - 3];
  if (article && ARTICLES.holds(article) && previousToken(document, i - 2))
    return directCueBefore(document, i - 3) ?? directCueBefore(document, i - 2);
  return directCueBefore(document, i - 2);
}

function directCueBefore(document: TextDocument, i: number): Cue | undefined {
  const { text, tokens } = document;
  const target = tokens[i] as Token;
  let j = i - 1;
  const preposition = tokens[j];
  if (!preposition) return undefined;
  // Most words are neither: no need to look at what stands between.
  const address = ADDRESS_WORDS.holds(preposition);
  const isPreposition = PREPOSITIONS.holds(preposition);
  if (!address && !isPreposition) return undefined;
  const gap = text.slice(preposition.end, target.start);
  if (address && /^\s*:?\s*$/.test(gap) && gap.length > 0) return 'residence';
  if (!isPreposition || !/^[ \t]+$/.test(gap)) return undefined;
  const origin = ORIGIN_PREPOSITIONS.holds(preposition);
  if (previousToken(document, j) && PREPOSITION_LEADS.holds(tokens[j - 1] as Token)) j--;
  for (let k = 0; k < 2 && previousToken(document, j) && ADVERBS.holds(tokens[j - 1] as Token); k++) j--;
  const word = previousToken(document, j);
  if (!word) return undefined;
  const w = j - 1;
  if (ORIGIN_VERBS.holds(word)) return 'origin';
  // "jeg står ved Torget", "han kom fra Eritrea"; not "postkassen står ved Torget", "pakken kom fra Kina".
  if (POSITION_VERBS.holds(word)) {
    if (!personAt(document, w - 1)) return undefined;
    return origin ? 'origin' : 'residence';
  }
  if (RESIDENCE_VERBS.holds(word)) return origin ? 'origin' : 'residence';
  const tail = VERB_TAILS.get(word.lower);
  const beforeWord = previousToken(document, w);
  if (tail && beforeWord && tail.has(beforeWord.lower)) return 'residence';
  if (HOME_NOUNS.holds(word)) return 'residence';
  if (AT_SOMEONES.holds(word) && beforeWord && ['hos', 'with', 'at'].includes(beforeWord.lower))
    return 'residence';
  // "Vi i Fjæreheia har ...", "oss på Lygra": a person and where they are.
  if (['vi', 'me', 'oss', 'we', 'us'].includes(word.lower) && ['i', 'på', 'in'].includes(preposition.lower))
    return 'residence';
  if (OWN.holds(word) && beforeWord && HOME_NOUNS.holds(beforeWord)) return 'residence';
  if (COPULAS.holds(word) && (word.lower.includes("'") || personAt(document, w - 1)))
    return origin ? 'origin' : 'residence';
  return undefined;
}

/** The last token of a gazetteer name that starts at token `i`, or -1. */
function gazetteerRun(document: TextDocument, i: number, gazetteer: Gazetteer): number {
  const { text, tokens } = document;
  const first = tokens[i] as Token;
  for (const words of gazetteer.byFirstWord.get(first.lower) ?? []) {
    let k = 1;
    while (k < words.length) {
      const token = tokens[i + k];
      if (!token || token.lower !== words[k] || !spaced(text, tokens[i + k - 1] as Token, token)) break;
      k++;
    }
    if (k === words.length) {
      // A one-word place written in lower case that is also an ordinary word ("sand") is that word.
      if (k === 1 && !first.capitalised && ORDINARY_WORD_SET.has(first.lower)) continue;
      return i + k - 1;
    }
  }
  return -1;
}

const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
/** Three lower-case letters or more, nothing else (a module constant: see test/unit/anonymizer-bundle.test.ts). */
const LOWER_CASE_WORD = /^\p{Ll}{3,}$/u;

/** Capitalised for other reasons: "our house in May". */
const NOT_PLACES = wordSet(() => vocabulary().places.notPlaces);

const DWELLINGS =
  /(?:bolig|boligen|heim|heimen|hjem|hjemmet|leilighet|leiligheten|hus|huset|hybel|hybelen|senter|avdeling|institusjon|vogn|brakke|telt|båt|bobil|kollektiv|fellesskap)$/;

/**
 * "bor på sjøholt": after "bor" and its preposition a lower-case word that is no ordinary word
 * (and no kind of dwelling: "bor i omsorgsbolig") is the name of a place written in lower case.
 */
function lowerPlace(document: TextDocument, i: number): boolean {
  const { tokens } = document;
  const token = tokens[i] as Token;
  const verb = tokens[i - 2];
  if (token.capitalised || !LOWER_CASE_WORD.test(token.text) || ORDINARY_WORD_SET.has(token.lower))
    return false;
  // A kind of dwelling ("bor i omsorgsbolig", "bur i campingvogn"), or a noun in the definite
  // form ("bor på småbruket"), is not a place's name.
  if (DWELLINGS.test(token.lower) || /(?:en|et|a|ene|ane)$/.test(token.lower)) return false;
  if (PLACE_NOUNS.holds(token) || HOME_NOUNS.holds(token)) return false;
  return verb !== undefined && ['bor', 'bur', 'bodde', 'budde', 'bodd', 'budd'].includes(verb.lower);
}

/** The last token of a place that starts at token `i` (a gazetteer name, a street, a capitalised name). */
function placeRun(document: TextDocument, i: number): { last: number; country: boolean } | undefined {
  const { text, tokens } = document;
  const first = tokens[i];
  if (!first || isOrganisation(first) || NOT_PLACES.holds(first)) return undefined;
  const country = gazetteerRun(document, i, COUNTRY_NAMES);
  if (country >= 0) return { last: country, country: true };
  let last = gazetteerRun(document, i, NORWEGIAN_PLACE_NAMES);
  if (last < 0 && lowerPlace(document, i)) last = i;
  if (last < 0 && (CAPITALISED.test(first.text) || STREET_NAME.test(first.text))) {
    last = i;
    // "Nedre Eiker", "Sankt Hanshaugen": up to three capitalised words; "Prinsens gate" too.
    while (last - i < 2) {
      const next = tokens[last + 1];
      if (!next || !spaced(text, tokens[last] as Token, next)) break;
      if (STREET_WORDS.holds(next)) {
        last++;
        break;
      }
      if (!CAPITALISED.test(next.text) || isOrganisation(next)) break;
      last++;
    }
  }
  if (last < 0) return undefined;
  const after = tokens[last + 1];
  if (after && spaced(text, tokens[last] as Token, after) && isInstitutionHead(after)) {
    // "Fevik skole" is an institution; "Grimstad kommune" an area, whose name is the place.
    if (!['kommune', 'kommunes', 'sentrum', 'bydel', 'fylke'].includes(after.lower)) return undefined;
  }
  return { last, country: false };
}

/** "på Vågsbygd i Kristiansand", "i Bjørkeveien, Jessheim": a place right after a place. */
function extendPlace(document: TextDocument, last: number): number {
  const { text, tokens } = document;
  const link = tokens[last + 1];
  const next = tokens[last + 2];
  // "på Vågsbygd i Kristiansand", "fra Bergen til Jessheim".
  if (!link || !next || !['i', 'på', 'ved', 'in', 'til', 'to'].includes(link.lower)) {
    if (link && /^,\s*$/.test(text.slice((tokens[last] as Token).end, link.start))) {
      const run = CAPITALISED.test(link.text) ? placeRun(document, last + 1) : undefined;
      return run && gazetteerRun(document, last + 1, NORWEGIAN_PLACE_NAMES) >= 0 ? run.last : last;
    }
    return last;
  }
  if (!spaced(text, tokens[last] as Token, link) || !spaced(text, link, next)) return last;
  if (!CAPITALISED.test(next.text) && gazetteerRun(document, last + 2, NORWEGIAN_PLACE_NAMES) < 0)
    return last;
  return placeRun(document, last + 2)?.last ?? last;
}

/** Is a person named in the sentence of token `i` ("jeg står på hjørnet av ...", "..., der jeg venter")? */
function personInSentence(document: TextDocument, i: number): boolean {
  const { tokens } = document;
  for (let j = i - 1; j >= 0; j--) {
    if (personAt(document, j)) return true;
    if ((tokens[j] as Token).sentenceStart) break;
  }
  for (let j = i + 1; j < tokens.length && !(tokens[j] as Token).sentenceStart; j++) {
    if (personAt(document, j)) return true;
  }
  return false;
}

/** "hjørnet av Storgata og Kirkegata", "krysset Storgata/Kirkegata", "corner of X and Y". */
function cornerFindings(document: TextDocument, i: number): Finding[] {
  const { tokens } = document;
  const corner = tokens[i] as Token;
  if (!CORNERS.holds(corner) || !personInSentence(document, i)) return [];
  let j = i + 1;
  if (['av', 'mellom', 'of', 'between'].includes(tokens[j]?.lower ?? '')) j++;
  const firstStreet = placeRun(document, j);
  if (!firstStreet) return [];
  const findings: Finding[] = [
    { start: (tokens[j] as Token).start, end: (tokens[firstStreet.last] as Token).end, category: 'location' },
  ];
  const link = tokens[firstStreet.last + 1];
  const between = document.text.slice((tokens[firstStreet.last] as Token).end, link?.start ?? 0).trim();
  const secondAt = link && CORNER_LINKS.holds(link) ? firstStreet.last + 2 : firstStreet.last + 1;
  if (between === '/' || (link && CORNER_LINKS.holds(link))) {
    const second = placeRun(document, secondAt);
    if (second)
      findings.push({
        start: (tokens[secondAt] as Token).start,
        end: (tokens[second.last] as Token).end,
        category: 'location',
      });
  }
  return findings;
}

export const personalPlaces: Recognizer = {
  name: 'places of a person (where they live, are, work or come from)',
  categories: ['location', 'ethnicity'],
  find(document) {
    const { tokens } = document;
    const findings: Finding[] = [];
    for (let i = 1; i < tokens.length; i++) {
      if (CORNERS.holds(tokens[i] as Token)) findings.push(...cornerFindings(document, i));
      const cue = cueBefore(document, i);
      if (!cue) continue;
      const run = placeRun(document, i);
      if (!run) continue;
      const last = run.country ? run.last : extendPlace(document, run.last);
      findings.push({
        start: (tokens[i] as Token).start,
        end: (tokens[last] as Token).end,
        category: cue === 'origin' && run.country ? 'ethnicity' : 'location',
      });
      i = last;
    }
    return findings;
  },
};
