/**
 * Who a text is about, shared by the recognizers: kin and household, roles of the people a
 * municipality puts visitors in touch with, titles, possessives and person pronouns (listed in
 * `vocabulary/people.ts`). A special-category word, a name or a place is personal when it is
 * said of one of these.
 */
import { vocabulary } from './data/word-sets.ts';

/** The lists of people, read on first use. */
export const people = () => vocabulary().people;

/** Possessives with the reflexive and plural ones: "sønnen sin", "huset deres". */
export const ownerWords = (): string[] => [...people().possessives, 'sin', 'si', 'sitt', 'deres', 'dykkar'];

let subjects: string[] | undefined;

/**
 * Who a sentence is about, for words that are personal only when said of a person (what a
 * cue's `SUBJECT` stands for): the pronouns, kin, and kin with a possessive ("far min", "min far").
 */
export function personSubjects(): readonly string[] {
  if (subjects) return subjects;
  const { kin, possessives } = people();
  subjects = [
    ...['jeg', 'eg', 'vi', 'me', 'han', 'hun', 'ho', 'de', 'dei'],
    ...kin,
    ...kin.flatMap((word) => possessives.flatMap((own) => [`${own} ${word}`, `${word} ${own}`])),
  ];
  return subjects;
}
