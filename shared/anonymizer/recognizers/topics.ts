import type { Category } from '../categories.ts';
import { vocabulary, wordSet } from '../data/word-sets.ts';
import { spaced, type TextDocument, type Token } from '../document.ts';
import { people } from '../people.ts';
import type { Allowance, AllowanceRecognizer } from '../recognizer.ts';

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
const TOPIC_NOUNS = wordSet(() => vocabulary().topics.topicNouns);
const TOPIC_LINKS = wordSet(() => ['om', 'i', 'for', 'ved', 'mot', 'about', 'on', 'against']);
/** People in general: "personer med", "folk som har", "children with". */
const GENERIC_PEOPLE = wordSet(() => vocabulary().topics.genericPeople);

/** Words that bring a person into the phrase: the allowance stops before them. */
const PERSONAL = wordSet(() => {
  const { personPronouns, possessives, kin, moreKin } = people();
  return [...personPronouns, ...possessives, ...kin, ...moreKin, 'my', 'our', 'his', 'her'];
});

/** The last token of the topic that starts at `i`: up to four words, to a comma or a person. */
function topicEnd(document: TextDocument, i: number): number {
  const { text, tokens } = document;
  let end = i;
  for (let j = i + 1; j < tokens.length && j - i < 4; j++) {
    const token = tokens[j] as Token;
    if (!spaced(text, tokens[j - 1] as Token, token) || PERSONAL.holds(token)) break;
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
const GROUP_THINGS = wordSet(() => vocabulary().topics.groupThings);

/** A person named earlier in the sentence ("vi spiser halal mat") makes it theirs. */
function personBefore(document: TextDocument, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const token = document.tokens[j] as Token;
    if (PERSONAL.holds(token) && (token.lower !== 'i' || token.text === 'I')) return true;
    if (token.sentenceStart) return false;
  }
  return false;
}

/** Genders named as options or as everyone: "valgene mann og kvinne", "boy or girl". */
const GENDER_WORDS = wordSet(() => vocabulary().topics.genderWords);
const PAIR_LINKS = wordSet(() => ['og', 'eller', 'and', 'or', 'el']);
/** "kvinner oppfordres til å søke": a group addressed, not a person described. */
const ADDRESSED = wordSet(() => vocabulary().topics.addressed);
/** "lese om", "read about": what follows is what the visitor wants to know about. */
const READING = wordSet(() => vocabulary().topics.reading);
/** Plural nouns for people in general after a group adjective: "skeive ungdommer". */
const GENERIC_PLURALS = wordSet(() => vocabulary().topics.genericPlurals);
const COPULA_BEFORE = wordSet(() => [...people().copulaWords, 'som', 'as']);

export const topics: AllowanceRecognizer = {
  name: 'special-category words as a topic with no person (allowances)',
  allowancesOnly: true,
  categories: ['health', 'gender', 'orientation', 'politics', 'religion', 'ethnicity', 'union'],
  find(document) {
    const { text, tokens } = document;
    const allowances: Allowance[] = [];
    const allow = (from: Token, to: Token, categories: readonly Category[]) =>
      allowances.push({ start: from.start, end: to.end, allow: categories });
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const next = tokens[i + 1];
      const nextSpaced = next !== undefined && spaced(text, token, next);
      const previous = tokens[i - 1];
      // An event's title ("under Skeive dager") or a joined service ("halal-mat") is kept even in
      // a sentence about the visitor; other group things only when no person was named before.
      const title = token.capitalised && !token.sentenceStart;
      const joinedThing =
        token.parts.length > 1 && GROUP_THINGS.has((token.parts.at(-1) ?? '').toLowerCase());
      if (joinedThing || (nextSpaced && GROUP_THINGS.holds(next) && (title || !personBefore(document, i))))
        allow(token, token, GROUP_ADJECTIVE_CATEGORIES);
      const described = previous !== undefined && COPULA_BEFORE.holds(previous);
      // "tilbud for skeive ungdommer", but not "vi er skeive foreldre".
      if (nextSpaced && GENERIC_PLURALS.holds(next) && !described)
        allow(token, token, GROUP_ADJECTIVE_CATEGORIES);
      if (GENDER_WORDS.holds(token)) {
        // "valgene mann og kvinne", "boy or girl"; "kvinner oppfordres til å søke".
        const other = tokens[i + 2];
        if (next && other && PAIR_LINKS.holds(next) && GENDER_WORDS.holds(other) && !described)
          allow(token, other, ['gender']);
        if (nextSpaced && ADDRESSED.holds(next)) allow(token, token, ['gender']);
        // "seniorgym bare for kvinner", "only for women": who a service is for.
        const only = tokens[i - 2];
        if (previous && only && ['for', 'til'].includes(previous.lower))
          if (['bare', 'kun', 'berre', 'only', 'just'].includes(only.lower)) allow(only, token, ['gender']);
      }

      // "ME" in capitals is the illness, not the pronoun.
      if (i < 2 || (PERSONAL.holds(token) && token.text !== token.text.toUpperCase())) continue;
      const link = tokens[i - 1] as Token;
      const head = tokens[i - 2] as Token;
      if (!spaced(text, head, link) || !spaced(text, link, token)) continue;
      const topical =
        (TOPIC_NOUNS.holds(head) && TOPIC_LINKS.holds(link)) ||
        (READING.holds(head) && (link.lower === 'om' || link.lower === 'about'));
      const genericWith = GENERIC_PEOPLE.holds(head) && (link.lower === 'med' || link.lower === 'with');
      // "personer som har diabetes", "people who have diabetes"
      const genericWho =
        ['har', 'have', 'has'].includes(link.lower) &&
        ['som', 'who'].includes(head.lower) &&
        GENERIC_PEOPLE.has(tokens[i - 3]?.lower ?? '');
      if (topical || genericWith || genericWho) allow(token, tokens[topicEnd(document, i)] as Token, SPECIAL);
    }
    return allowances;
  },
};
