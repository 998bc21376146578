import type { Language } from '../../sites.ts';
import { DEFAULT_INTENTS, type IntentSet } from './intents.ts';
import type { BotEngine, BotReply } from './ports.ts';

/** Letters and digits in lower case, masked labels such as `[nummer]` removed. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\[[a-zæøå-]+\]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

interface IndexedExample {
  intent: string;
  stems: string[];
}

/** A word matches a stem of four letters or more by prefix ("barnehagen" matches "barnehage"), else exactly. */
const matches = (word: string, stem: string) => (stem.length >= 4 ? word.startsWith(stem) : word === stem);

/**
 * The default engine: scores each intent by its best example (phrases of several words weigh
 * more than single words) and answers the best one, or falls back.
 */
export class IntentMatcherBot implements BotEngine {
  readonly #sets: (siteId: string) => IntentSet;
  readonly #indexes = new Map<IntentSet, IndexedExample[]>();

  constructor(intentsForSite: (siteId: string) => IntentSet = () => DEFAULT_INTENTS) {
    this.#sets = intentsForSite;
  }

  greeting(siteId: string, lang: Language) {
    return { text: this.#sets(siteId).greeting[lang] };
  }

  async reply(input: { siteId: string; lang: Language; text: string }): Promise<BotReply> {
    const set = this.#sets(input.siteId);
    const words = tokenize(input.text);
    let best: { intent: string; score: number } | undefined;
    for (const example of this.#index(set)) {
      const score = this.#score(words, example.stems);
      if (score > 0 && (!best || score > best.score)) best = { intent: example.intent, score };
    }
    const intent = best && set.intents.find((candidate) => candidate.name === best.intent);
    if (!intent) return { text: set.fallback[input.lang], intent: 'fallback', answered: false };
    return { text: intent.answer[input.lang], intent: intent.name, answered: true };
  }

  #index(set: IntentSet): IndexedExample[] {
    let index = this.#indexes.get(set);
    if (!index) {
      index = set.intents.flatMap((intent) =>
        intent.examples.map((example) => ({ intent: intent.name, stems: tokenize(example) })),
      );
      this.#indexes.set(set, index);
    }
    return index;
  }

  /** An example scores when all its words appear in order-free fashion; longer examples score higher. */
  #score(words: string[], stems: string[]): number {
    if (stems.length === 0) return 0;
    const all = stems.every((stem) => words.some((word) => matches(word, stem)));
    if (!all) return 0;
    // "hei" alone is a greeting, but "hei, når tømmes søppelet?" is about waste: a one-word
    // greeting example must not beat a topic, so greetings score lowest.
    return stems.length * 10 + stems.join('').length;
  }
}
