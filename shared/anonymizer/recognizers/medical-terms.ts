import { ORDINARY_WORD_SET, vocabulary, wordSet } from '../data/word-sets.ts';
import { PhraseSet, spaced, type TextDocument, type Token } from '../document.ts';
import { people } from '../people.ts';
import type { Finding, Recognizer } from '../recognizer.ts';
import { isInstitutionHead, isOrganisation } from './institutions.ts';
import { isPlace } from './names.ts';

/**
 * Health words no list has: diagnoses by the shape medical language gives them (bronkitt,
 * artrose, anemi, fibromyalgi, nevropati, hemiplegi) and medicines by where they stand ("tar
 * Zoloft", "går på sertralin", "Elvanse 30 mg", "Imovane-tablettene"). Ordinary words of the
 * same shape ("appetitt", "sympati", "pandemi") never count.
 */

const DIAGNOSIS_ENDINGS =
  /(?:itt|itten|itis|ose|osen|oser|emi|emien|algi|algien|pati|patien|plegi|plegien|dystrofi|dystrofien|ektomi|iasis|syndrom|syndromet)$/;
const NOT_DIAGNOSES = wordSet(() => vocabulary().medicalTerms.notDiagnoses);
const MIN_DIAGNOSIS_LENGTH = 7;

/** Words after which the next word is a medicine: "tar", "går på", "bruker", "medisinen". */
const MEDICINE_CUES = wordSet(() => vocabulary().medicalTerms.medicineCues);
/** Two-word cues: "går på", "gå på", "settes på", "skrevet ut". */
const MEDICINE_PAIRS = wordSet(() => vocabulary().medicalTerms.medicinePairs);
/** Their last words ("på", "ut"): a pair is looked up only after one of them. */
const PAIR_ENDS = wordSet(() =>
  vocabulary().medicalTerms.medicinePairs.map((pair) => pair.slice(pair.lastIndexOf(' ') + 1)),
);
/** How generic medicine names end: sertralin, metformin, omeprazol, diazepam, oksykodon. */
const DRUG_ENDINGS =
  /(?:in|ol|am|pam|lam|on|ex|il|an|at|id|ide|yl|ine|xin|mab|pril|sartan|statin|azol|olol|fen|vir|tin)$/;
const DEFINITE = /(?:en|et|a|ene|ane)$/;
const DOSE = /^\s*[-–]?\s*\d+(?:[.,]\d+)?\s?(?:mg|mikrogram|µg|mcg|ml|ie|iu)\b/i;
const FORM_SUFFIX =
  /^[-–](?:tablett|tablettene|tablettane|tablettar|tabletter|piller|pillene|sprøyter|plaster|kur|kuren|dose|dosen)\b/;
/**
 * What both of those start with, read where the word ends (sticky): a dash or a digit after
 * nothing but white space. Most words have neither after them, and are then told so without
 * copying the text after them.
 */
const DOSE_OR_FORM_START = /\s*[-–\d]/y;

/** A dose or a form of a medicine right after the word that ends at `end`: "30 mg", "-tablettene". */
function dosedAt(text: string, end: number): boolean {
  DOSE_OR_FORM_START.lastIndex = end;
  if (!DOSE_OR_FORM_START.test(text)) return false;
  const after = text.slice(end, end + 24);
  return DOSE.test(after) || FORM_SUFFIX.test(after);
}

const POSSESSIVE_WORDS = wordSet(() => people().possessives);
const ordinary = (token: Token) => ORDINARY_WORD_SET.has(token.lower);
const LETTERS = /^\p{L}+$/u;

function medicineCue(document: TextDocument, i: number): boolean {
  const { text, tokens } = document;
  const previous = tokens[i - 1];
  if (!previous || !spaced(text, previous, tokens[i] as Token)) return false;
  if (MEDICINE_CUES.holds(previous)) return true;
  const beforeThat = tokens[i - 2];
  return (
    beforeThat !== undefined &&
    PAIR_ENDS.holds(previous) &&
    spaced(text, beforeThat, previous) &&
    MEDICINE_PAIRS.has(`${beforeThat.lower} ${previous.lower}`)
  );
}

/** A medicine's name where it stands: a brand after a cue, a generic name after one, or before a dose. */
function isMedicine(document: TextDocument, i: number): boolean {
  const token = document.tokens[i] as Token;
  if (token.text.length < 4 || !LETTERS.test(token.text)) return false;
  // Where the word stands is checked first: most words have neither a dose after them nor a cue
  // before them, and those two checks cost less than the word's own.
  const dosed = dosedAt(document.text, token.end);
  if (!dosed && !medicineCue(document, i)) return false;
  if (isOrganisation(token) || POSSESSIVE_WORDS.holds(token) || token.lower === 'sine') return false;
  if (ordinary(token)) return false;
  if (dosed) return true;
  if (isPlace(token)) return false;
  // "går på Wergeland skole": a school, not a medicine.
  const next = document.tokens[i + 1];
  if (next && isInstitutionHead(next)) return false;
  // A brand is capitalised; a capitalised word in the definite form is a thing ("tar Hurtigruten").
  return DRUG_ENDINGS.test(token.lower) || (token.capitalised && !DEFINITE.test(token.lower));
}

const isDiagnosis = (token: Token) =>
  token.lower.length >= MIN_DIAGNOSIS_LENGTH &&
  LETTERS.test(token.text) &&
  DIAGNOSIS_ENDINGS.test(token.lower) &&
  !NOT_DIAGNOSES.holds(token) &&
  !ordinary(token);

/** Words after which the next word names a diagnosis: "fått påvist", "lider av", "diagnosed with". */
const DIAGNOSIS_CUES = new PhraseSet(() => vocabulary().medicalTerms.diagnosisCues);
/** Words that may stand between the cue and the diagnosis: "lider av kronisk ...". */
const DEGREES = wordSet(() => vocabulary().medicalTerms.degrees);

/** A word no list knows right after a diagnosis cue: "fått påvist sarkoidose", "lider av hyperhidrose". */
function diagnosisAfterCue(document: TextDocument, i: number): boolean {
  const token = document.tokens[i] as Token;
  if (token.text.length < 4) return false;
  // The cue first: most words follow none, and its look-up is the cheapest check.
  const previous = document.tokens[i - 1];
  const cued =
    DIAGNOSIS_CUES.endingBefore(document, i) > 0 ||
    (previous !== undefined && DEGREES.holds(previous) && DIAGNOSIS_CUES.endingBefore(document, i - 1) > 0);
  return cued && LETTERS.test(token.text) && !ordinary(token) && !isOrganisation(token);
}

export const medicalTerms: Recognizer = {
  name: 'health words by shape and place (diagnosis endings, medicines before doses and after cues)',
  categories: ['health'],
  find(document) {
    const findings: Finding[] = [];
    document.tokens.forEach((token, i) => {
      if (isDiagnosis(token) || isMedicine(document, i) || diagnosisAfterCue(document, i))
        findings.push({ start: token.start, end: token.end, category: 'health' });
    });
    return findings;
  },
};
