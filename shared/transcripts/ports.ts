import type { ChatMessage, Conversation } from '../chat/conversation.ts';

export interface TranscriptReader {
  /**
   * A page of the day's unexpired conversations, oldest first; `next` is the cursor of the
   * following page, and a cursor of another day is refused (ValidationError).
   */
  conversationsOfDay(
    siteId: string,
    day: string,
    nowSeconds: number,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<{ ids: string[]; next?: string }>;
  transcript(
    id: string,
    nowSeconds: number,
  ): Promise<{ conversation: Conversation; messages: ChatMessage[] } | undefined>;
}

/** One read of transcripts by a staff member. */
export interface AuditEntry {
  siteId: string;
  /** The staff member, as the token names them. */
  who: string;
  at: string;
  action: 'list' | 'read';
  /** The day listed (`list`). */
  date?: string;
  /** The conversations whose masked text was shown. */
  conversationIds: string[];
}

export interface AuditLog {
  /** Resolves only once the entry is stored: nothing is shown before its read is on record. */
  record(entry: AuditEntry): Promise<void>;
  /** The entries of a site's days, newest first. */
  entries(siteId: string, from: string, to: string): Promise<AuditEntry[]>;
}
