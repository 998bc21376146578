import * as z from 'zod/mini';
import { languageSchema } from '../sites.ts';
import { isPlainText, NOT_PLAIN_TEXT } from '../text.ts';
import { osloTimestamp } from '../time.ts';
import { MAX_MESSAGE_LENGTH } from './limits.ts';
import type { ConversationExport } from './responses.ts';
import type { Platform } from './user-agent.ts';

export { MAX_MESSAGE_LENGTH, MAX_QUESTIONS } from './limits.ts';

export const startConversationSchema = z.strictObject({
  lang: z.optional(languageSchema),
  startUrl: z.optional(
    z.url({ protocol: /^https?$/, hostname: z.regexes.hostname }).check(z.maxLength(2048)),
  ),
});
export type StartConversationRequest = z.output<typeof startConversationSchema>;

export const postMessageSchema = z.strictObject({
  text: z.string().check(
    z.minLength(1, 'The message is empty.'),
    z.maxLength(MAX_MESSAGE_LENGTH),
    // A pattern rather than a refinement, so that the OpenAPI document says it too.
    z.regex(/\S/, 'The message is empty.'),
    z.refine(isPlainText, NOT_PLAIN_TEXT),
  ),
  lang: z.optional(
    languageSchema.check(
      z.describe(
        'The language to answer in, as the visitor chose it; without it, the language the question is written in, else the conversation’s',
      ),
    ),
  ),
});
export type PostMessageRequest = z.output<typeof postMessageSchema>;

/** The conversation's own record; every message is an item of its own. */
export interface Conversation {
  id: string;
  siteId: string;
  /** Keyed hash of the visitor's token; the token itself is never stored. */
  tokenHash: string;
  startedAt: string;
  /** Epoch seconds; DynamoDB TTL deletes the items after it, reads ignore them from it. */
  expiresAt: number;
  day: string;
  lang: z.infer<typeof languageSchema>;
  startUrl?: string;
  platform: Platform;
  browser: string;
  /** Messages stored so far (questions and answers). */
  messageCount: number;
}

/** Who wrote a message: the visitor, or the bot. */
export const MESSAGE_ROLES = ['user', 'bot'] as const;

export interface ChatMessage {
  seq: number;
  role: (typeof MESSAGE_ROLES)[number];
  /** As stored: a visitor's text is masked before it gets here. */
  text: string;
  intent?: string;
  at: string;
  rulesetVersion?: number;
}

/** The visitor's copy of the conversation (access and portability), as in the contract. */
export function exportDocument(
  conversation: Conversation,
  messages: readonly ChatMessage[],
): ConversationExport {
  return {
    conversationId: conversation.id,
    siteId: conversation.siteId,
    startedAt: conversation.startedAt,
    // The same form as every other time of the API: Oslo time with its offset, whole seconds.
    expiresAt: osloTimestamp(new Date(conversation.expiresAt * 1000)),
    platform: conversation.platform,
    browser: conversation.browser,
    lang: conversation.lang,
    messages: messages.map((m) => ({
      role: m.role,
      text: m.text,
      ...(m.intent && { intent: m.intent }),
      at: m.at,
    })),
  };
}
