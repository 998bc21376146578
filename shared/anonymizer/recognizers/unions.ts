import { patternFindings, type Recognizer } from '../recognizer.ts';

/**
 * Trade unions no list names, by the shape of their names: English "the Norwegian Union of
 * Journalists", "the Nurses' Union"; Norwegian professions' unions named by the profession in
 * the plural after a word of membership ("med i Ergoterapeutene", "medlem av Fysioterapeutene").
 */
const ENGLISH_UNION =
  /(?:\b(?:\p{Lu}\p{Ll}+[’']?\s){0,3}Union\s+of\s+\p{Lu}\p{Ll}+(?:\s(?:and\s)?\p{Lu}\p{Ll}+){0,3}|\b(?:\p{Lu}\p{Ll}+[’']?\s){1,3}Union\b)/gu;
const PROFESSION_UNION =
  /(?<=\b(?:med i|medlem av|medlem i|organisert i|member of|meldt inn i|innmeldt i)\s)\p{Lu}\p{Ll}{3,}(?:ene|erne|arane|ane)\b/gu;

/** Unions of states, not of workers. */
const NOT_TRADE_UNIONS = /\b(?:European|Soviet|African|Customs|Postal|Economic|Monetary)\s+Union\b/;

/** What the patterns cannot do without: "Union", and a word of membership. */
const MEMBERSHIP = /med|member|organisert|meldt/;

export const unionNames: Recognizer = {
  name: 'trade unions by the shape of their names',
  categories: ['union'],
  find: ({ text }) => [
    ...(text.includes('Union')
      ? patternFindings(text, ENGLISH_UNION, 'union', (name) => !NOT_TRADE_UNIONS.test(name))
      : []),
    ...(MEMBERSHIP.test(text) ? patternFindings(text, PROFESSION_UNION, 'union') : []),
  ],
};
