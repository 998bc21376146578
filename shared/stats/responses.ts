import * as z from 'zod/mini';
import { INTENT_NAME_PATTERN } from '../chat/bot/ports.ts';
import { BROWSER_NAMES, type BrowserLabel } from '../chat/browser.ts';
import { PLATFORMS } from '../chat/platform.ts';
import { timestampSchema } from '../chat/responses.ts';
import { MASK_CATEGORIES } from './masking-stats.ts';
import { MONTH_PATTERN } from './range.ts';
import { CHAT_TOTALS } from './tables.ts';
import { ISO_WEEK_PATTERN } from './weeks.ts';

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
    .array(
      z.strictObject({
        intent: z.string().check(z.regex(INTENT_NAME_PATTERN), z.describe('The intent’s id')),
        title: z
          .strictObject({ nb: z.string(), nn: z.string(), en: z.string() })
          .check(
            z.describe(
              'What editors read for it, per language: the intent’s title, «Uten svar» for the fallback, the id for an intent the set no longer has',
            ),
          ),
        count,
      }),
    )
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

const categoryCounts = z.strictObject(counts(MASK_CATEGORIES));

/** The answer of `GET …/stats/masking`. */
export const maskingStatsSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  weeks: z
    .array(
      z.strictObject({
        week: z
          .string()
          .check(z.regex(ISO_WEEK_PATTERN), z.meta({ description: 'ISO 8601 week', examples: ['2026-W49'] })),
        start: daySchema.check(z.describe('The week’s Monday')),
        categories: categoryCounts.check(
          z.describe(
            'Spans the hourly re-check newly masked in the questions asked that week (Europe/Oslo), per anonymizer category',
          ),
        ),
      }),
    )
    .check(
      z.describe('Every ISO week that overlaps the range, oldest first, every category, zeros included'),
    ),
  totals: categoryCounts.check(z.describe('The sum over the weeks')),
});
export type MaskingStats = z.output<typeof maskingStatsSchema>;

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
