import { describe, expect, it } from 'vitest';
import { FIRST_NAMES } from '../../shared/anonymizer/data/first-names.ts';
import { ENGLISH_WORDS, ORDINARY_WORDS } from '../../shared/anonymizer/data/ordinary-words.ts';
import { SURNAME_PARTICLES, SURNAMES } from '../../shared/anonymizer/data/surnames.ts';

const entries = (list: string) => list.split(/\s+/).filter(Boolean);

const lists = {
  FIRST_NAMES: entries(FIRST_NAMES),
  SURNAMES: entries(SURNAMES),
  SURNAME_PARTICLES: entries(SURNAME_PARTICLES),
  ORDINARY_WORDS: entries(ORDINARY_WORDS),
  ENGLISH_WORDS: entries(ENGLISH_WORDS),
};

const duplicates = (words: string[]) => {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const word of words) {
    const key = word.toLowerCase();
    if (seen.has(key)) repeated.add(word);
    seen.add(key);
  }
  return [...repeated];
};

/** Unambiguously sensitive words (health, religion, sexuality, nationality, politics, unions). */
const SENSITIVE = [
  'diabetes',
  'kreft',
  'astma',
  'epilepsi',
  'depresjon',
  'demens',
  'schizofreni',
  'adhd',
  'hiv',
  'insulin',
  'paracet',
  'antibiotika',
  'gravid',
  'muslim',
  'muslimsk',
  'kristen',
  'kristne',
  'jøde',
  'jødisk',
  'katolsk',
  'islam',
  'hindu',
  'buddhist',
  'homofil',
  'lesbisk',
  'bifil',
  'transperson',
  'polsk',
  'somalisk',
  'pakistansk',
  'eritreisk',
  'samisk',
  'kvensk',
  'norsk',
  'arbeiderpartiet',
  'fremskrittspartiet',
  'sosialistisk',
  'fagforening',
  'cancer',
  'asthma',
  'pregnant',
  'christian',
  'jewish',
  'catholic',
  'gay',
  'lesbian',
  'somali',
  'pakistani',
  'norwegian',
  'faith',
  'church',
];

describe('anonymizer data lists', () => {
  it.each(Object.entries(lists))('%s has no duplicates', (_name, words) => {
    expect(duplicates(words)).toEqual([]);
  });

  it('names start with an upper-case letter and hold only letters, apostrophes or hyphens', () => {
    const bad = [...lists.FIRST_NAMES, ...lists.SURNAMES].filter(
      (name) => !/^\p{Lu}[\p{L}'-]*$/u.test(name) || /['-]$/.test(name),
    );
    expect(bad).toEqual([]);
  });

  it('surname particles are lower-case letters', () => {
    expect(lists.SURNAME_PARTICLES.filter((word) => !/^\p{Ll}+$/u.test(word))).toEqual([]);
  });

  it('ordinary words are lower-case letters with optional hyphens', () => {
    const bad = lists.ORDINARY_WORDS.filter((word) => !/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word));
    expect(bad).toEqual([]);
  });

  it('English words are lower-case a-z', () => {
    expect(lists.ENGLISH_WORDS.filter((word) => !/^[a-z]+$/.test(word))).toEqual([]);
  });

  it('holds no sensitive word among the ordinary words', () => {
    const ordinary = new Set([...lists.ORDINARY_WORDS, ...lists.ENGLISH_WORDS]);
    expect(SENSITIVE.filter((word) => ordinary.has(word))).toEqual([]);
  });

  it('keeps ordinary words that are also names', () => {
    const ordinary = new Set(lists.ORDINARY_WORDS);
    for (const word of ['per', 'liv', 'dag', 'stein', 'bjørn', 'sol', 'vår', 'mai', 'berg', 'vik', 'ski']) {
      expect(ordinary.has(word), word).toBe(true);
    }
  });

  it('is large enough', () => {
    expect(lists.FIRST_NAMES.length).toBeGreaterThanOrEqual(2000);
    expect(lists.SURNAMES.length).toBeGreaterThanOrEqual(1200);
    expect(lists.ORDINARY_WORDS.length).toBeGreaterThanOrEqual(5000);
    expect(lists.ENGLISH_WORDS.length).toBeGreaterThanOrEqual(2000);
  });
});
