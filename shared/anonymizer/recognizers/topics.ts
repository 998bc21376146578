import type { Category } from '../categories.ts';
import { spaced, type TextDocument, type Token } from '../document.ts';
import { KIN, MORE_KIN, PERSON_PRONOUNS, POSSESSIVES } from '../people.ts';
import type { Allowance, Recognizer } from '../recognizer.ts';

/**
 * A special-category word as the topic of a question, with no person it belongs to: "informasjon
 * om demens", "kurs i førstehjelp ved epilepsi", "tilbud til personer med autisme", "courses for
 * people with dementia". These frames are allowances. Words that a visitor uses for their own
 * need ("hjelp mot", "tilbud til sønnen min med") are not frames, so "sønnen min med autisme"
 * stays masked.
 */

const SPECIAL: readonly Category[] = [
  'health',
  'religion',
  'ethnicity',
  'gender',
  'orientation',
  'politics',
  'union',
];

/** Words that make what follows a topic: "informasjon om", "kurs i", "foredrag om". */
const TOPIC_NOUNS = new Set([
  ...[
    'informasjon',
    'info',
    'kurs',
    'kurset',
    'foredrag',
    'foredraget',
    'brosjyre',
    'brosjyren',
    'veiledning',
  ],
  ...[
    'rettleiing',
    'temakveld',
    'temakvelden',
    'forskning',
    'forsking',
    'statistikk',
    'artikkel',
    'artikkelen',
  ],
  ...[
    'nettside',
    'nettsida',
    'nettsiden',
    'skjema',
    'skjemaet',
    'rutiner',
    'rutinar',
    'kampanje',
    'kampanjen',
  ],
  ...['temauke', 'temaveke', 'information', 'course', 'courses', 'lecture', 'leaflet', 'undersøkelse'],
  ...['kartlegging', 'regler', 'reglane', 'reglene', 'policy', 'retningslinjer', 'retningslinjene'],
]);
const TOPIC_LINKS = new Set(['om', 'i', 'for', 'ved', 'mot', 'about', 'on', 'against']);
/** People in general: "personer med", "folk som har", "children with". */
const GENERIC_PEOPLE = new Set([
  ...[
    'personer',
    'folk',
    'barn',
    'eldre',
    'voksne',
    'vaksne',
    'familier',
    'familiar',
    'pasienter',
    'pasientar',
  ],
  ...['brukere', 'brukarar', 'innbyggere', 'innbyggjarar', 'alle', 'ungdom', 'ungdommer', 'elever', 'elevar'],
  ...[
    'pårørende',
    'pårørande',
    'mennesker',
    'menneske',
    'people',
    'children',
    'adults',
    'patients',
    'residents',
  ],
]);

/** Words that bring a person into the phrase: the allowance stops before them. */
const PERSONAL = new Set([
  ...PERSON_PRONOUNS,
  ...POSSESSIVES,
  ...KIN,
  ...MORE_KIN,
  'my',
  'our',
  'his',
  'her',
]);

/** The last token of the topic that starts at `i`: up to four words, to a comma or a person. */
function topicEnd(document: TextDocument, i: number): number {
  const { text, tokens } = document;
  let end = i;
  for (let j = i + 1; j < tokens.length && j - i < 4; j++) {
    const token = tokens[j] as Token;
    if (!spaced(text, tokens[j - 1] as Token, token) || PERSONAL.has(token.lower)) break;
    end = j;
  }
  return end;
}

/**
 * An adjective of a group before what the group does or has: "Skeive dager", "skeiv
 * ungdomsgruppe", "muslimsk gravfelt", "halal mat i kantina": an event or a service, not a
 * person's orientation or faith.
 */
const GROUP_ADJECTIVE_CATEGORIES: readonly Category[] = ['orientation', 'gender', 'religion', 'ethnicity'];
const GROUP_THINGS = new Set([
  ...['dager', 'dagar', 'dagene', 'dagane', 'uke', 'uka', 'veke', 'veka', 'festival', 'festivalen', 'parade'],
  ...['paraden', 'kveld', 'kvelden', 'treff', 'treffet', 'gruppe', 'gruppa', 'gruppen', 'ungdomsgruppe'],
  ...[
    'ungdomsgruppa',
    'ungdomsgruppen',
    'klubb',
    'klubben',
    'forening',
    'foreininga',
    'foreningen',
    'senter',
  ],
  ...['senteret', 'litteratur', 'litteraturen', 'kultur', 'kulturen', 'film', 'filmfestival', 'kor', 'koret'],
  ...[
    'organisasjon',
    'organisasjonen',
    'nettverk',
    'nettverket',
    'flagg',
    'flagget',
    'gravfelt',
    'gravfeltet',
  ],
  ...['gravplass', 'gravplassen', 'gravlund', 'kirkegård', 'kyrkjegard', 'mat', 'maten', 'kost', 'måltid'],
  ...['slakt', 'gravferd', 'gravferda', 'begravelse', 'begravelsen', 'seremoni', 'seremonien', 'høytid'],
  ...['høytider', 'høgtid', 'bønnerom', 'bønnerommet', 'friskole', 'skole', 'barnehage', 'bokhylle', 'hylle'],
  ...['days', 'week', 'festival', 'group', 'club', 'centre', 'center', 'film', 'food', 'meals', 'cemetery'],
  ...['burial', 'section', 'holidays', 'holiday'],
]);

/** A person named earlier in the sentence ("vi spiser halal mat") makes it theirs. */
function personBefore(document: TextDocument, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const token = document.tokens[j] as Token;
    if (PERSONAL.has(token.lower) && (token.lower !== 'i' || token.text === 'I')) return true;
    if (token.sentenceStart) return false;
  }
  return false;
}

export const topics: Recognizer = {
  name: 'special-category words as a topic with no person (allowances)',
  find(document) {
    const { text, tokens } = document;
    const allowances: Allowance[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const next = tokens[i + 1];
      if (
        next &&
        GROUP_THINGS.has(next.lower) &&
        spaced(text, tokens[i] as Token, next) &&
        !personBefore(document, i)
      ) {
        const token = tokens[i] as Token;
        allowances.push({ start: token.start, end: token.end, allow: GROUP_ADJECTIVE_CATEGORIES });
      }
      if (i < 2 || PERSONAL.has((tokens[i] as Token).lower)) continue;
      const link = tokens[i - 1] as Token;
      const head = tokens[i - 2] as Token;
      if (!spaced(text, head, link) || !spaced(text, link, tokens[i] as Token)) continue;
      const topical = TOPIC_NOUNS.has(head.lower) && TOPIC_LINKS.has(link.lower);
      const genericWith = GENERIC_PEOPLE.has(head.lower) && (link.lower === 'med' || link.lower === 'with');
      // "personer som har diabetes", "people who have diabetes"
      const genericWho =
        ['har', 'have', 'has'].includes(link.lower) &&
        ['som', 'who'].includes(head.lower) &&
        GENERIC_PEOPLE.has(tokens[i - 3]?.lower ?? '');
      if (!topical && !genericWith && !genericWho) continue;
      const end = topicEnd(document, i);
      allowances.push({ start: (tokens[i] as Token).start, end: (tokens[end] as Token).end, allow: SPECIAL });
    }
    return allowances;
  },
};
