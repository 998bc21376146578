import type { Language } from '../../languages.ts';
import type { IntentSet, Localized } from './intent-set.ts';
import { DEFAULT_INTENTS } from './intents.ts';
import { tokenize } from './normalize.ts';
import { type BotEngine, type BotInput, type BotReply, FALLBACK_INTENT } from './ports.ts';

/** A stem this long or longer also matches longer words; a shorter one ("om", "bin") only itself. */
const MIN_STEM_LENGTH = 4;
/** Each word of a matched phrase counts this much; a single word counts 1. */
const PHRASE_WORD_WEIGHT = 1.5;
/** At most this many other words may stand between two words of a phrase ("when are you open"). */
const MAX_PHRASE_GAP = 2;

interface CompiledExample {
  stems: readonly string[];
  /** What each of its words earns: 1 for a single word, more for a phrase. */
  wordWeight: number;
}

interface CompiledIntent {
  name: string;
  answer: Localized;
  weight: number;
  examples: readonly CompiledExample[];
}

/** An example and the position of its intent in the set. */
interface IndexedExample {
  intent: number;
  example: CompiledExample;
}

/** One site's intents, ready to match: built once, when the engine is constructed. */
interface SiteIndex {
  set: IntentSet;
  intents: readonly CompiledIntent[];
  /**
   * Every example under the one of its stems that the fewest examples have. An example matches
   * only when all its stems are in the message, so the message's stems find every example that
   * can match, and a reply costs about what the message matches, not what the set holds (up to
   * 200 intents of 500 examples each), even when many examples start "søke om".
   */
  byRarestStem: ReadonlyMap<string, readonly IndexedExample[]>;
  /** Every stem of every example; a word matches itself here whatever its length. */
  stems: ReadonlySet<string>;
  /** The stems that also match longer words, i.e. the word's prefixes of these lengths. */
  prefixStems: ReadonlySet<string>;
  /** The first `MIN_STEM_LENGTH` letters of the prefix stems: most words start with none of them. */
  heads: ReadonlySet<string>;
  longestStem: number;
}

function compile(set: IntentSet): SiteIndex {
  const intents = set.intents.map((intent) => ({
    name: intent.name,
    answer: intent.answer,
    weight: intent.weight,
    examples: intent.examples.map((example) => {
      const stems = tokenize(example);
      return { stems, wordWeight: stems.length > 1 ? PHRASE_WORD_WEIGHT : 1 };
    }),
  }));
  const examplesWith = new Map<string, number>();
  for (const intent of intents) {
    for (const example of intent.examples) {
      for (const stem of new Set(example.stems)) examplesWith.set(stem, (examplesWith.get(stem) ?? 0) + 1);
    }
  }
  const byRarestStem = new Map<string, IndexedExample[]>();
  intents.forEach((intent, position) => {
    for (const example of intent.examples) {
      const rarest = example.stems.reduce((a, b) =>
        (examplesWith.get(b) ?? 0) < (examplesWith.get(a) ?? 0) ? b : a,
      );
      const list = byRarestStem.get(rarest) ?? [];
      list.push({ intent: position, example });
      byRarestStem.set(rarest, list);
    }
  });
  const stems = new Set(examplesWith.keys());
  const prefixStems = new Set([...stems].filter((stem) => stem.length >= MIN_STEM_LENGTH));
  const heads = new Set([...prefixStems].map((stem) => stem.slice(0, MIN_STEM_LENGTH)));
  const longestStem = Math.max(0, ...[...stems].map((stem) => stem.length));
  return { set, intents, byRarestStem, stems, prefixStems, heads, longestStem };
}

/** The stems a visitor's word matches: itself, and its prefixes that are long stems. */
function stemsOf(index: SiteIndex, word: string): string[] {
  const found: string[] = [];
  if (index.stems.has(word)) found.push(word);
  if (!index.heads.has(word.slice(0, MIN_STEM_LENGTH))) return found;
  const longest = Math.min(word.length - 1, index.longestStem);
  for (let length = MIN_STEM_LENGTH; length <= longest; length++) {
    const prefix = word.slice(0, length);
    if (index.prefixStems.has(prefix)) found.push(prefix);
  }
  return found;
}

/**
 * The positions of the first place an example's stems appear in order, each within
 * `MAX_PHRASE_GAP` words of the one before, or undefined. Each word has at most
 * `MAX_PHRASE_GAP + 1` places to go and dead ends are remembered, so the search is linear in
 * the message's length even for a phrase that repeats its words.
 */
function findPhrase(stems: readonly string[], stemsAt: readonly (readonly string[])[]): number[] | undefined {
  const [first] = stems;
  const path: number[] = [];
  const deadEnds = new Set<number>();
  const extend = (k: number, after: number): boolean => {
    const stem = stems[k];
    if (stem === undefined) return true;
    const key = k * stemsAt.length + after;
    if (deadEnds.has(key)) return false;
    const last = Math.min(stemsAt.length - 1, after + 1 + MAX_PHRASE_GAP);
    for (let position = after + 1; position <= last; position++) {
      if (!stemsAt[position]?.includes(stem)) continue;
      path.push(position);
      if (extend(k + 1, position)) return true;
      path.pop();
    }
    deadEnds.add(key);
    return false;
  };
  for (let start = 0; start < stemsAt.length; start++) {
    if (first === undefined || !stemsAt[start]?.includes(first)) continue;
    path.push(start);
    if (extend(1, start)) return path;
    path.pop();
  }
  return undefined;
}

export interface IntentMatcherOptions {
  /** Intent sets of the sites that have their own, by site id. */
  sites?: Readonly<Record<string, IntentSet>>;
  /** The set for every other site. */
  defaults?: IntentSet;
}

/**
 * The default engine: matches the visitor's words against each intent's example words and
 * phrases, and answers the intent that scores best, or falls back when none reaches the
 * set's `minScore`.
 *
 * An intent scores, for each word of the message that one of its examples matched, 1 for a
 * single-word example or `PHRASE_WORD_WEIGHT` for a phrase (each example counts once, and a
 * word only once per intent), times the intent's weight. It works on masked text, ignores the
 * history, keeps nothing, and is deterministic: ties go to the intent listed first.
 */
export class IntentMatcherBot implements BotEngine {
  readonly #defaults: SiteIndex;
  readonly #sites: ReadonlyMap<string, SiteIndex>;

  constructor(options: IntentMatcherOptions = {}) {
    this.#defaults = compile(options.defaults ?? DEFAULT_INTENTS);
    this.#sites = new Map(Object.entries(options.sites ?? {}).map(([siteId, set]) => [siteId, compile(set)]));
  }

  greeting(siteId: string, lang: Language): { text: string } {
    return { text: this.#index(siteId).set.greeting[lang] };
  }

  async reply(input: BotInput): Promise<BotReply> {
    const index = this.#index(input.siteId);
    const best = this.#best(index, input.words ?? tokenize(input.text));
    if (!best) return { text: index.set.fallback[input.lang], intent: FALLBACK_INTENT, answered: false };
    return { text: best.answer[input.lang], intent: best.name, answered: true };
  }

  #index(siteId: string): SiteIndex {
    return this.#sites.get(siteId) ?? this.#defaults;
  }

  #best(index: SiteIndex, words: readonly string[]): CompiledIntent | undefined {
    // Which stems each word matches; repeated words are looked up once.
    // Pushed, not mapped: see personNames in shared/anonymizer/recognizers/names.ts.
    const seen = new Map<string, string[]>();
    const stemsAt: string[][] = [];
    const present = new Set<string>();
    for (const word of words) {
      let stems = seen.get(word);
      if (!stems) {
        stems = stemsOf(index, word);
        seen.set(word, stems);
        for (const stem of stems) present.add(stem);
      }
      stemsAt.push(stems);
    }

    // For each intent with a matching example, the weight each matched word earns for it: the
    // best of its examples using that word. An intent with none scores 0, below any minScore.
    const earnedBy = new Map<number, Map<number, number>>();
    for (const stem of present) {
      for (const { intent, example } of index.byRarestStem.get(stem) ?? []) {
        if (!example.stems.every((other) => present.has(other))) continue;
        const positions = findPhrase(example.stems, stemsAt);
        if (!positions) continue;
        let earned = earnedBy.get(intent);
        if (!earned) {
          earned = new Map();
          earnedBy.set(intent, earned);
        }
        for (const position of positions) {
          earned.set(position, Math.max(earned.get(position) ?? 0, example.wordWeight));
        }
      }
    }

    let best: { position: number; score: number } | undefined;
    for (const [position, earned] of earnedBy) {
      let score = 0;
      for (const weight of earned.values()) score += weight;
      score *= (index.intents[position] as CompiledIntent).weight;
      if (score < index.set.minScore) continue;
      // Ties go to the intent listed first.
      if (!best || score > best.score || (score === best.score && position < best.position)) {
        best = { position, score };
      }
    }
    return best && index.intents[best.position];
  }
}
