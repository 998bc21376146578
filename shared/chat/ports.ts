import type { BrowserLabel } from './browser.ts';
import type { ChatMessage, Conversation } from './conversation.ts';
import type { Platform } from './user-agent.ts';

/** `rejected`: the conversation was gone, full or changed meanwhile; the caller reads it again to tell which. */
export type AppendOutcome = 'stored' | 'rejected';

/** What a write adds to the site's counters of `day`: written with it, or not at all. */
export interface CountedEvent {
  day: string;
  event: ChatEvent;
}

export interface ConversationStore {
  /** Stores a new conversation and counts it, both or neither. */
  create(conversation: Conversation, counted: CountedEvent): Promise<void>;
  /** The conversation if it exists and has not expired at `nowSeconds`; else `undefined`. */
  find(id: string, nowSeconds: number): Promise<Conversation | undefined>;
  /** The conversation with its messages in order, read in one paginated Query; expired items are never returned. */
  findWithMessages(
    id: string,
    nowSeconds: number,
  ): Promise<{ conversation: Conversation; messages: ChatMessage[] } | undefined>;
  /**
   * Stores a question and its answer and counts them, atomically, only while the conversation
   * still exists, has not expired, has room, and still has `conversation.messageCount` messages.
   */
  append(
    conversation: Conversation,
    messages: ChatMessage[],
    nowSeconds: number,
    maxMessages: number,
    counted: CountedEvent,
  ): Promise<AppendOutcome>;
  /** Deletes every item of the conversation; answers only when all are gone. False if it did not exist. */
  forget(id: string): Promise<boolean>;
}

export type ChatEvent =
  /** `browser` is the name alone (no version), so the counters have a bounded set of attributes. */
  | { type: 'conversation'; platform: Platform; browser: BrowserLabel }
  | { type: 'message'; intent: string; answered: boolean }
  | { type: 'download' }
  | { type: 'deletion' };

/**
 * Per-site, per-day counts: no text and no ids; untouched by TTL and "Glem meg". Conversations
 * and messages are counted by the conversation store with their writes; this counts the rest.
 */
export interface ChatCounterStore {
  record(siteId: string, day: string, event: ChatEvent): Promise<void>;
}

/** Turns a visitor's token into what is stored, with a secret key (HMAC). */
export interface TokenHasher {
  hash(token: string): Promise<string>;
}
