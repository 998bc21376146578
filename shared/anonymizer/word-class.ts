import type { Token } from './document.ts';

/**
 * A closed class of words that recognizers ask about token after token: prepositions, kin
 * words, the heads of institution names. A text's every token used to be looked up in dozens
 * of such sets, one hash look-up each (a 2 000-character message made some 9 000). Now a
 * token's lower-case form is looked up once, in one table of every class's words, and each
 * class is a bit of what it finds, which the token keeps: asking a class about a token is then
 * a bit test.
 */
export class WordClass {
  readonly #words: () => Iterable<string>;
  #set: Set<string> | undefined;
  /** Which of the table's 32-bit lanes holds this class's bit, and the bit. */
  readonly #lane: number;
  readonly #bit: number;

  constructor(words: () => Iterable<string>) {
    this.#words = words;
    const index = CLASSES.push(this) - 1;
    this.#lane = index >> 5;
    this.#bit = 1 << (index & 31);
  }

  /** The class's words, listed on the first call. */
  words(): ReadonlySet<string> {
    this.#set ??= new Set(this.#words());
    return this.#set;
  }

  /** Whether `word` (as given, not lowered) is one of the class's words. */
  has(word: string): boolean {
    return this.words().has(word);
  }

  /** Whether the token's lower-case form is one of the class's words. */
  holds(token: Token): boolean {
    let lanes = token.classes;
    if (!lanes || builtFor !== CLASSES.length) {
      lanes = classesOf(token.lower);
      token.classes = lanes;
    }
    return ((lanes[this.#lane] as number) & this.#bit) !== 0;
  }
}

const CLASSES: WordClass[] = [];
/** What a word that is in no class has: no bit in any lane. */
let none = new Uint32Array(0);
/** Every class's words, each with the bits of the classes it is in; built on the first look-up. */
let table: Map<string, Uint32Array> | undefined;
/** How many classes the table was built for: a class made after it makes it build again. */
let builtFor = 0;

function classesOf(lower: string): Uint32Array {
  if (!table || builtFor !== CLASSES.length) {
    const lanes = Math.ceil(CLASSES.length / 32);
    none = new Uint32Array(lanes);
    table = new Map();
    for (const [index, wordClass] of CLASSES.entries()) {
      for (const word of wordClass.words()) {
        let bits = table.get(word);
        if (!bits) {
          bits = new Uint32Array(lanes);
          table.set(word, bits);
        }
        bits[index >> 5] = (bits[index >> 5] as number) | (1 << (index & 31));
      }
    }
    builtFor = CLASSES.length;
  }
  return table.get(lower) ?? none;
}
