/**
 * How the anonymizer's word lists travel in a Lambda bundle: one string, not thousands of
 * string literals (which cost far more bytes and parse time). `scripts/build-anonymizer-data.ts`
 * writes it into `packed.ts` from the readable lists; `word-sets.ts` reads it back on first use.
 *
 * Each entry of a list is on its own line, coded against the entry before it: a leading
 * character (`0` + n) says how much of that entry is kept, then comes the rest. A list coded
 * by prefix (`p`) says how many characters the two share at the start; one coded by drop
 * (`d`) how many characters of the entry before are dropped from its end, which repeats for
 * every word of an inflection pattern (høy, høye, høyere, …). Sorted lists shrink by half. The
 * lists and a JSON skeleton that says which list is which are joined by NUL characters,
 * compressed with brotli at its best quality, and written with 91 printable ASCII characters,
 * 13 bits to every two (base64 takes 12).
 */
import { brotliDecompressSync } from 'node:zlib';
import type { Lexicon, LexiconCategory } from '../lexicon.ts';
import type { Vocabulary } from '../vocabulary/index.ts';

/**
 * A sorted list cut by first letter, so that a short text decodes only the letters of its
 * words; each letter's list is one part.
 */
export type ByInitial = Readonly<Record<string, readonly string[]>>;

/** What `packed.ts` holds. */
export interface PackedData {
  /** Ordinary words of bokmål, nynorsk and English, lower case, sorted, by first letter. */
  ordinaryWords: ByInitial;
  /** Given names and surnames, lower case, sorted, by first letter; surname particles. */
  firstNames: ByInitial;
  surnames: ByInitial;
  surnameParticles: readonly string[];
  /** The gazetteer's names, as `data/places.ts` lists them, by the first letter of their first word. */
  norwegianPlaces: ByInitial;
  countries: ByInitial;
  /**
   * The words of the curated lexicons and then of the broad list of health terms, as
   * `letterEntries` of `words.ts` writes them, by first letter.
   */
  lexiconWords: ByInitial;
  /**
   * The curated lexicons, in order, without their words and trailing words; lists only looked up
   * in are sorted.
   */
  lexicons: readonly Lexicon[];
  /** The lexicons' trailing words by category (thousands of places), read when first needed. */
  trailingWords: Partial<Record<LexiconCategory, readonly string[]>>;
  /** The recognizers' longer word lists, each sorted. */
  vocabulary: Vocabulary;
}

export type ListCoding = 'p' | 'd';

const ZERO = 48;
/** The most a leading character says ('0' + 78 is '~'); in a drop-coded list it drops everything. */
const MOST = 78;
export const PART_SEPARATOR = '\0';

export function encodeList(list: readonly string[], coding: ListCoding): string {
  let previous = '';
  const lines = list.map((entry) => {
    if (entry.includes('\n') || entry.includes(PART_SEPARATOR))
      throw new Error(`A packed entry cannot hold a line break or NUL: ${JSON.stringify(entry)}`);
    let shared = 0;
    const most = Math.min(previous.length, entry.length, MOST);
    while (shared < most && previous.charCodeAt(shared) === entry.charCodeAt(shared)) shared++;
    // Drop coding says how much of the entry before goes; past MOST, all of it.
    const dropped = previous.length - shared;
    const kept = coding === 'p' || dropped < MOST ? shared : 0;
    previous = entry;
    return String.fromCharCode(ZERO + (coding === 'p' ? kept : Math.min(dropped, MOST))) + entry.slice(kept);
  });
  return coding + lines.join('\n');
}

export function decodeList(text: string): string[] {
  const list: string[] = [];
  if (text.length <= 1) return list;
  const drop = text[0] === 'd';
  let previous = '';
  for (let start = 1; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const n = text.charCodeAt(start) - ZERO;
    const kept = drop ? (n === MOST ? 0 : previous.length - n) : n;
    const rest = text.slice(start + 1, end);
    previous = kept === 0 ? rest : previous.slice(0, kept) + rest;
    list.push(previous);
    start = end + 1;
  }
  return list;
}

/**
 * The 91 characters of the text encoding: printable ASCII but for ' ` \ and $ (so that the
 * string needs no escapes in single quotes and never reads as a template's placeholder).
 */
const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((char) => !"'`\\$".includes(char))
  .join('');
const BASE = ALPHABET.length;

export function encodeText(bytes: Uint8Array): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (let i = 0; i < bytes.length || bits > 0; ) {
    while (bits < 13 && i < bytes.length) {
      value = (value << 8) | (bytes[i++] as number);
      bits += 8;
    }
    // The last group is filled up with zero bits; the byte count says where the data ends.
    const group = bits >= 13 ? value >>> (bits - 13) : value << (13 - bits);
    bits = Math.max(bits - 13, 0);
    value &= (1 << bits) - 1;
    out += (ALPHABET[Math.floor(group / BASE)] as string) + (ALPHABET[group % BASE] as string);
  }
  return out;
}

export function decodeText(text: string, byteLength: number): Uint8Array {
  const digit = new Uint8Array(128);
  for (let i = 0; i < BASE; i++) digit[ALPHABET.charCodeAt(i)] = i;
  // The characters as bytes in one native call: the loop then reads a typed array.
  const codes = Buffer.from(text, 'latin1');
  const bytes = new Uint8Array(byteLength);
  let value = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; n < byteLength; i += 2) {
    value =
      (value << 13) |
      ((digit[codes[i] as number] as number) * BASE + (digit[codes[i + 1] as number] as number));
    // 13 bits more on fewer than 8 left: one byte, and a second when 8 or more remain.
    bits += 5;
    bytes[n++] = value >>> bits;
    if (bits >= 8 && n < byteLength) {
      bits -= 8;
      bytes[n++] = value >>> bits;
    }
    value &= (1 << bits) - 1;
  }
  return bytes;
}

/**
 * The parts of a packed payload, the skeleton's JSON first, then every list, still coded: each
 * read as text when asked for, so that a first look-up decodes only the lists it needs.
 */
export interface Parts {
  text(index: number): string;
}

export function unpackParts(text: string, byteLength: number): Parts {
  const payload = brotliDecompressSync(decodeText(text, byteLength));
  // NUL is one byte in UTF-8 and no other character's bytes include it.
  const starts = [0];
  for (let at = payload.indexOf(0); at >= 0; at = payload.indexOf(0, at + 1)) starts.push(at + 1);
  return {
    text(index) {
      const start = starts[index];
      if (start === undefined) return '';
      const next = starts[index + 1];
      return payload.toString('utf8', start, next === undefined ? payload.length : next - 1);
    },
  };
}

/** A value as the skeleton holds it: every list of strings is the index of its part. */
export type Packed<T> = T extends readonly string[]
  ? number
  : T extends readonly (infer Item)[]
    ? Packed<Item>[]
    : T extends object
      ? { [K in keyof T]: Packed<T[K]> }
      : T;

const isStringList = (value: readonly unknown[]): boolean => value.every((item) => typeof item === 'string');

/**
 * The skeleton of `value`: each list of strings is handed to `addList`, which returns its part's
 * index (an empty list counts as one, so it stays a list, not a missing field).
 */
export const packValue = <T>(value: T, addList: (list: readonly string[]) => number): Packed<T> =>
  packed(value, addList) as Packed<T>;

function packed(value: unknown, addList: (list: readonly string[]) => number): unknown {
  if (Array.isArray(value))
    return isStringList(value) ? addList(value) : value.map((item) => packed(item, addList));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, packed(item, addList)]));
  return value;
}

/** The value of a skeleton, each list decoded from its part, in place: unpack a skeleton once. */
export const unpackValue = <T>(packed: Packed<T>, parts: Parts): T => unpacked(packed, parts) as T;

function unpacked(packed: unknown, parts: Parts): unknown {
  if (typeof packed === 'number') return decodeList(parts.text(packed));
  if (Array.isArray(packed)) {
    for (let i = 0; i < packed.length; i++) packed[i] = unpacked(packed[i], parts);
  } else if (packed !== null && typeof packed === 'object') {
    const fields = packed as Record<string, unknown>;
    for (const key of Object.keys(fields)) fields[key] = unpacked(fields[key], parts);
  }
  return packed;
}
