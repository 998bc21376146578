import * as z from 'zod/mini';
import { INTENT_NAME_PATTERN } from '../chat/bot/ports.ts';
import { BROWSER_NAMES, type BrowserLabel } from '../chat/browser.ts';
import { PLATFORMS } from '../chat/platform.ts';
import { timestampSchema } from '../chat/responses.ts';
import { CHAT_TOTALS } from './chat-stats.ts';
import { MONTH_PATTERN } from './range.ts';

/**
 * The answers of the editors' statistics routes, as the OpenAPI document (infra/openapi.ts)
 * describes them and test/integration/response-contract.test.ts checks them. The code that
 * builds them takes its types from here (`z.output`, imported as types only): no handler loads
 * this module, so the Lambda bundles do not carry it.
 */

/** A calendar day (Europe/Oslo), `YYYY-MM-DD`. */
export const daySchema = z.iso.date();

const count = z.int().check(z.minimum(0));

/** One count under each name. */
const counts = <const Name extends string>(names: readonly Name[]) =>
  Object.fromEntries(names.map((name) => [name, count])) as Record<Name, typeof count>;

const VOTE_COUNTS = ['found', 'notFound'] as const;

/** The answer of `GET …/stats/feedback`. */
export const feedbackStatsSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  totals: z.strictObject(counts(VOTE_COUNTS)),
  daily: z
    .array(z.strictObject({ date: daySchema, ...counts(VOTE_COUNTS) }))
    .check(z.describe('Every day of the range, oldest first, zeros included')),
  pages: z
    .array(z.strictObject({ url: z.url(), ...counts([...VOTE_COUNTS, 'comments']) }))
    .check(z.describe('The pages answered in the range, most answered first')),
});
export type FeedbackStats = z.output<typeof feedbackStatsSchema>;

/** What a browser is counted under: a listed browser without its version, `other` or `unknown`. */
const BROWSER_LABELS = [...BROWSER_NAMES, 'other', 'unknown'] as const satisfies readonly BrowserLabel[];

/** The answer of `GET …/stats/chat`. */
export const chatStatsSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  totals: z.strictObject(counts(CHAT_TOTALS)),
  daily: z
    .array(z.strictObject({ date: daySchema, ...counts(CHAT_TOTALS) }))
    .check(z.describe('Every day of the range, oldest first, zeros included')),
  intents: z
    .array(z.strictObject({ intent: z.string().check(z.regex(INTENT_NAME_PATTERN)), count }))
    .check(z.describe('The intents answered, most asked first')),
  platforms: z.strictObject(counts(PLATFORMS)),
  browsers: z
    .array(
      z.strictObject({
        name: z.enum(BROWSER_LABELS).check(
          z.meta({
            description: 'A known browser without version, `other` or `unknown`',
            examples: ['Firefox'],
          }),
        ),
        count,
      }),
    )
    .check(z.describe('Conversations by browser, most frequent first')),
});
export type ChatStats = z.output<typeof chatStatsSchema>;

/** The answer of `GET …/billing`. */
export const billingSchema = z.strictObject({
  month: z.string().check(z.regex(MONTH_PATTERN)),
  conversations: count,
  answeredMessages: count.check(z.describe('Questions the bot answered with an intent (not the fallback)')),
});
export type Billing = z.output<typeof billingSchema>;

/** A visitor's comment as stored (masked), with its vote. */
export const storedCommentSchema = z.strictObject({
  url: z.url(),
  found: z.boolean(),
  comment: z.string().check(z.describe('As stored: personal data masked')),
  at: timestampSchema,
});

/** The answer of `GET …/feedback/comments`: whole days, newest first. */
export const commentsPageSchema = z.strictObject({
  items: z.array(storedCommentSchema).check(z.describe('Newest first')),
  next: z.optional(z.string().check(z.describe('Cursor of the next page; absent on the last'))),
});
export type CommentsPage = z.output<typeof commentsPageSchema>;
