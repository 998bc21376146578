/**
 * The anonymizer's cost on the longest message the API accepts (2000 characters), timed in
 * fresh processes of their own (bench/pure.ts): it is pure code, so there is nothing to fake.
 * The messages are built from fixed text, so every run times the same work.
 */
import { mask } from '../shared/anonymizer/anonymizer.ts';
import { MAX_MESSAGE_LENGTH } from '../shared/chat/limits.ts';
import type { TimedCase } from './timing.ts';

/** What the issue asks of a 2000-character message: well under a millisecond. */
const MASK_BUDGET_MICROS = 1000;

const fill = (unit: string) =>
  unit.repeat(Math.ceil(MAX_MESSAGE_LENGTH / unit.length)).slice(0, MAX_MESSAGE_LENGTH);

/**
 * Messages whose long words never repeat, across calls too: 400 messages of made-up words of
 * 10–16 letters from a fixed seed, more distinct words than the anonymizer keeps judged, so its
 * word cache does not help and every word goes through the edit-distance search.
 */
function unseenWords(): string[] {
  // mulberry32: a small, well-spread 32-bit generator, so every run builds the same messages.
  let seed = 20_261_201;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const letters = 'abdefghijklmnoprstuvyæøå';
  const word = () =>
    Array.from(
      { length: 10 + Math.floor(random() * 7) },
      () => letters[Math.floor(random() * letters.length)],
    ).join('');
  return Array.from({ length: 400 }, () => {
    let text = '';
    while (text.length < MAX_MESSAGE_LENGTH) text += `${word()} `;
    return text.slice(0, MAX_MESSAGE_LENGTH);
  });
}

const UNSEEN = unseenWords();

export const MASK_CASES: readonly { name: string; text: string; texts?: readonly string[] }[] = [
  {
    name: 'plain question',
    text: fill('Når tømmes glassiglene og papiret i sentrum, og når er biblioteket åpent i påsken? '),
  },
  {
    name: 'dense personal data',
    text: fill(
      'Jeg bor i Storgata 15, 4876 Grimstad, mannen min har diabetes og jeg stemmer på Høyre. ' +
        'Ring 912 34 567 eller skriv til kari.nordmann@example.no, fnr 010190 12345. ',
    ),
  },
  {
    name: 'nynorsk, special categories',
    text: fill('Eg er ikkje-binær, homofil og røystar på Raudt; mora er samisk og muslim. '),
  },
  {
    name: 'names-heavy',
    text: fill(
      'Hei, jeg heter Kari Nordmann. Sønnen min Emil og datteren vår Sofie skal begynne på skolen, ' +
        'naboen Ola Hansen sier at saksbehandler Lise Berg har svart. Mvh Per Olav ',
    ),
  },
  {
    name: 'misspelled and inflected',
    text: fill(
      'Sønnen min har diabetis og epelepsi, han går på Ritalinen og fikk diagnosane i fjor; ' +
        'mora bur på Vågsbygd og har fibromyalgi. ',
    ),
  },
  // Words whose cues list thousands of phrases that may come before them ("far min er same").
  { name: 'context-cued words', text: fill('Det er rom for det same svaret, og far sit i rullestol. ') },
  // Inputs that make regular expressions backtrack: long runs without a word boundary.
  { name: 'digits and separators', text: fill('12 34.56-78/') },
  { name: 'one long word', text: 'a'.repeat(MAX_MESSAGE_LENGTH) },
  { name: 'unseen long words', text: UNSEEN[0] as string, texts: UNSEEN },
];

/** The anonymizer's cases as timed cases: each call masks the next of the case's messages. */
export const MASK_TIMED: readonly TimedCase[] = MASK_CASES.map(({ name, text, texts }) => {
  const messages = texts ?? [text];
  let next = 0;
  return {
    name,
    budgetMicros: MASK_BUDGET_MICROS,
    run: () => mask(messages[next++ % messages.length] as string),
  };
});
