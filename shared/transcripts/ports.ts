import type * as z from 'zod/mini';
import type { ChatMessage, Conversation } from '../chat/conversation.ts';
import type { auditEntrySchema } from './responses.ts';

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

/**
 * What a staff member did with transcripts: listed a day's page of them, read one, or read a
 * day's page of the questions the bot had no answer to.
 */
export const AUDIT_ACTIONS = ['list', 'read', 'unanswered'] as const;

/**
 * One read of transcripts by a staff member (who, when, which conversations; never their
 * text), stored as it is shown on the audit trail.
 */
export type AuditEntry = z.output<typeof auditEntrySchema>;

export interface AuditLog {
  /** Resolves only once the entry is stored: nothing is shown before its read is on record. */
  record(entry: AuditEntry): Promise<void>;
  /** The entries of a site's days, newest first. */
  entries(siteId: string, from: string, to: string): Promise<AuditEntry[]>;
}
