import * as z from 'zod/mini';
import { LANGUAGES } from '../languages.ts';
import { SITE_ID_PATTERN } from '../sites.ts';
import { INTENT_NAME_PATTERN } from './bot/ports.ts';
import { BROWSER_NAMES } from './browser.ts';
import { MESSAGE_ROLES } from './conversation.ts';
import { PLATFORMS } from './platform.ts';

/**
 * The answers of the visitor's chat routes, as the OpenAPI document (infra/openapi.ts) describes
 * them and test/integration/response-contract.test.ts checks them. The code that builds them
 * takes its types from here (`z.output`, imported as types only): no handler loads this module,
 * so the Lambda bundles do not carry it.
 */

/** Every time of the API: what `osloTimestamp` writes. */
export const timestampSchema = z.iso.datetime({ offset: true, precision: 0 }).check(
  z.meta({
    description: 'Europe/Oslo time with its UTC offset, to the second',
    examples: ['2026-03-14T09:30:00+01:00'],
  }),
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What `describeClient` keeps of a User-Agent: a listed browser and its major version, `other` or `unknown`. */
const CONVERSATION_BROWSER = new RegExp(
  `^(?:(?:${BROWSER_NAMES.map(escapeRegExp).join('|')})(?: \\d{1,3})?|other|unknown)$`,
);

/** A message as stored and shown: the visitor's question masked, the bot's answer with its intent. */
export const messageSchema = z.strictObject({
  role: z.enum(MESSAGE_ROLES),
  text: z.string().check(z.describe('As stored: personal data masked as [category] labels')),
  intent: z.optional(
    z
      .string()
      .check(
        z.regex(INTENT_NAME_PATTERN),
        z.describe('The intent the bot answered (`fallback` when it could not); answers only'),
      ),
  ),
  at: timestampSchema,
});
export type Message = z.output<typeof messageSchema>;

/** The answer of `POST /v1/sites/{siteId}/conversations`. */
export const conversationStartedSchema = z.strictObject({
  conversationId: z.string(),
  token: z.string().check(z.describe('256 random bits, shown once; send as `Authorization: Bearer <token>`')),
  expiresAt: timestampSchema,
  greeting: z.strictObject({ text: z.string() }),
});
export type ConversationStarted = z.output<typeof conversationStartedSchema>;

/** The answer of `POST …/conversations/{id}/messages`: the question as stored and the bot's answer. */
export const exchangeSchema = z.strictObject({ message: messageSchema, reply: messageSchema });
export type Exchange = z.output<typeof exchangeSchema>;

/** The visitor's copy of the conversation (access and portability), and what a reviewer reads. */
export const conversationExportSchema = z.strictObject({
  conversationId: z.string(),
  siteId: z.string().check(z.regex(SITE_ID_PATTERN)),
  startedAt: timestampSchema,
  expiresAt: timestampSchema,
  platform: z.enum(PLATFORMS),
  browser: z.string().check(
    z.regex(CONVERSATION_BROWSER),
    z.meta({
      description: 'A known browser with its major version, `other` or `unknown`; never the raw User-Agent',
      examples: ['Firefox 147'],
    }),
  ),
  lang: z.enum(LANGUAGES),
  messages: z.array(messageSchema),
});
export type ConversationExport = z.output<typeof conversationExportSchema>;
