import * as z from 'zod/mini';
import type { Language } from '../../languages.ts';

/** The intent of a reply the engine could not answer; counted as `fallback` in the statistics. */
export const FALLBACK_INTENT = 'fallback';

/**
 * An intent name: short snake_case, because the chat log turns it into a statistics key
 * (`intent#<name>`) and shows it to staff. Any engine must answer with names of this form.
 */
export const INTENT_NAME_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** Longest answer an engine may give; the log stores it with the conversation. */
export const MAX_REPLY_LENGTH = 4000;

/**
 * What an engine answers. An adapter for an engine over the network should parse the remote
 * answer with this schema before handing it to the chat log.
 */
export const botReplySchema = z.strictObject({
  /** Shown to the visitor and stored in the conversation, in the language asked for (`BotInput.lang`). */
  text: z.string().check(z.minLength(1), z.maxLength(MAX_REPLY_LENGTH)),
  /** The intent answered; `fallback` when the engine could not answer. */
  intent: z.string().check(z.regex(INTENT_NAME_PATTERN)),
  /** False exactly when the engine could not answer (`fallback`); billing counts answered messages. */
  answered: z.boolean(),
});
export type BotReply = z.output<typeof botReplySchema>;

/** One earlier message of the conversation, oldest first; the visitor's text is the stored, masked one. */
export interface BotTurn {
  role: 'user' | 'bot';
  text: string;
  intent?: string;
}

export interface BotInput {
  siteId: string;
  /**
   * The language to answer in: the visitor's choice, else the question's own, else the
   * conversation's. The chat log decides (`answerLanguage` in ../use-cases.ts); the answer
   * must be in it.
   */
  lang: Language;
  /**
   * The visitor's message, 1..2000 characters. It may be unmasked and is held in memory only:
   * an engine must not store or log it. It may also contain masked labels such as `[nummer]`.
   */
  text: string;
  /**
   * `text`'s words as `tokenize` (./normalize.ts) writes them, when the caller has them already:
   * an engine that matches words may take them instead of tokenizing the text again.
   */
  words?: readonly string[];
  history?: readonly BotTurn[];
}

/**
 * Where answers come from: the port between the chat log and whatever answers the visitor.
 *
 * The chat log asks `greeting` when a conversation starts and `reply` for each message, then
 * stores the answer with its intent and counts it. It knows nothing else about the engine, so
 * another engine (an external bot over HTTP, say) plugs in by implementing these two methods:
 * - `greeting` is synchronous and must not fail: a conversation always starts.
 * - `reply` may be slow or fail; a rejected promise is a server error and nothing is stored.
 *   An engine that cannot answer resolves with `intent: 'fallback'` and `answered: false`.
 * - Engines must be safe to share between requests and keep no per-visitor state; context
 *   comes from `history` when the caller passes it (it is optional, engines must cope without).
 */
export interface BotEngine {
  greeting(siteId: string, lang: Language): { text: string };
  reply(input: BotInput): Promise<BotReply>;
}
