/**
 * The other code that reads what a visitor sends, on the longest inputs the API accepts: the
 * bot's intent matcher on a 2000-character question, and the User-Agent reduction on a header
 * of 11 000 characters. Pure code, timed in fresh processes of their own (bench/pure.ts); fixed
 * inputs, the same every run.
 */
import { IntentMatcherBot } from '../shared/chat/bot/intent-matcher.ts';
import { parseIntentSet } from '../shared/chat/bot/intent-set.ts';
import { MAX_MESSAGE_LENGTH } from '../shared/chat/limits.ts';
import { describeClient } from '../shared/chat/user-agent.ts';
import type { TimedCase } from './timing.ts';

const bot = new IntentMatcherBot();
const words = ['søke', 'om', 'å', 'når', 'hei', 'barnehagen', '[nummer]', 'opningstider', 'xyzzy'];
const mixed = Array.from({ length: 400 }, (_, i) => words[(i * 7) % words.length])
  .join(' ')
  .slice(0, MAX_MESSAGE_LENGTH);

/** An intent whose one example repeats a word, against a message that repeats it without the rest. */
const repeating = new IntentMatcherBot({
  defaults: parseIntentSet({
    greeting: { nb: 'Hei', nn: 'Hei', en: 'Hi' },
    fallback: { nb: 'Vet ikke', nn: 'Veit ikkje', en: 'No idea' },
    intents: [
      {
        name: 'library',
        title: { nb: 'Bibliotek', nn: 'Bibliotek', en: 'Library' },
        examples: ['om om om om om om bok'],
        answer: { nb: 'B', nn: 'B', en: 'B' },
      },
    ],
  }),
});
const repeated = 'om '.repeat(666);

/**
 * The largest intent set the schema allows, 200 intents of 500 examples, whose examples all
 * start with the same few words, as a municipality's "søke om …" examples do; the question
 * has every one of those words and an example of the last intent.
 */
const COMMON = ['søke', 'om', 'hvordan', 'når', 'hva', 'koster', 'trenger', 'jeg'];
const largest = new IntentMatcherBot({
  defaults: parseIntentSet({
    greeting: { nb: 'Hei', nn: 'Hei', en: 'Hi' },
    fallback: { nb: 'Vet ikke', nn: 'Veit ikkje', en: 'No idea' },
    intents: Array.from({ length: 200 }, (_, i) => ({
      name: `topic_${i}`,
      title: { nb: `Tema ${i}`, nn: `Tema ${i}`, en: `Topic ${i}` },
      examples: Array.from({ length: 500 }, (_, j) => `${COMMON[j % COMMON.length]} tema${i}x${j}`),
      answer: { nb: `Svar ${i}`, nn: `Svar ${i}`, en: `Answer ${i}` },
    })),
  }),
});
const askingLargest = `${`${COMMON.join(' ')} `.repeat(60)}${COMMON[3]} tema199x499`.slice(
  -MAX_MESSAGE_LENGTH,
);

/** The longest User-Agent header the local server and API Gateway let through, roughly. */
const HEADER = 11_000;
const chrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
const longAgent = `${chrome} ${'kari@example.no '.repeat(700)}`.slice(0, HEADER);
const freeAgent = `EvilBot/1.0 ${'kari@example.no '.repeat(700)}`.slice(0, HEADER);

export const TEXT_CASES: readonly (TimedCase & { input: string })[] = [
  {
    name: 'bot reply, 2000 mixed words',
    input: mixed,
    budgetMicros: 1000,
    run: () => bot.reply({ siteId: 'demo', lang: 'nb', text: mixed }),
  },
  {
    name: 'bot reply, a phrase never completed',
    input: repeated,
    budgetMicros: 1000,
    run: () => repeating.reply({ siteId: 'demo', lang: 'nb', text: repeated }),
  },
  {
    name: 'bot reply, 2000 chars, largest set',
    input: askingLargest,
    budgetMicros: 1000,
    run: () => largest.reply({ siteId: 'demo', lang: 'nb', text: askingLargest }),
  },
  {
    name: 'User-Agent of 11 000 chars, listed',
    input: longAgent,
    budgetMicros: 1000,
    run: () => describeClient(longAgent),
  },
  {
    name: 'User-Agent of 11 000 chars, unlisted',
    input: freeAgent,
    budgetMicros: 1000,
    run: () => describeClient(freeAgent),
  },
];
