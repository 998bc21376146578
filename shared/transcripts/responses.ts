import * as z from 'zod/mini';
import { conversationExportSchema, timestampSchema } from '../chat/responses.ts';
import { SITE_ID_PATTERN } from '../sites.ts';
import { daySchema } from '../stats/responses.ts';
import { AUDIT_ACTIONS } from './ports.ts';

/**
 * The answers of the quality reviewers' routes (role `transcripts`), as the OpenAPI document
 * (infra/openapi.ts) describes them and test/integration/response-contract.test.ts checks them.
 * The code that builds them takes its types from here (`z.output`, imported as types only): no
 * handler loads this module, so the Lambda bundles do not carry it.
 */

/** The answer of `GET …/transcripts?date=`: a page of the day's conversations, masked. */
export const transcriptsPageSchema = z.strictObject({
  date: daySchema,
  items: z.array(conversationExportSchema),
  next: z.optional(z.string().check(z.describe('Cursor of the next page; absent on the last'))),
});
export type TranscriptsPage = z.output<typeof transcriptsPageSchema>;

/** The answer of `GET …/transcripts/unanswered?date=`: a page of the day's questions without an answer. */
export const unansweredPageSchema = z.strictObject({
  date: daySchema,
  items: z
    .array(
      z.strictObject({
        text: z
          .string()
          .check(
            z.describe('The question as stored (personal data masked): the latest wording of the group'),
          ),
        count: z
          .int()
          .check(
            z.minimum(1),
            z.describe(
              'How often it was asked in this page’s conversations (case, whitespace and trailing punctuation aside)',
            ),
          ),
        lastAt: timestampSchema.check(z.describe('When it was last asked')),
      }),
    )
    .check(z.describe('Most frequent first, then the latest')),
  next: z.optional(
    z
      .string()
      .check(
        z.describe(
          'Cursor of the next page (the day’s following conversations); absent on the last. A question asked in several pages counts in each.',
        ),
      ),
  ),
});
export type UnansweredPage = z.output<typeof unansweredPageSchema>;

/** One read of transcripts by a staff member, as the audit trail records and shows it. */
export const auditEntrySchema = z.strictObject({
  siteId: z.string().check(z.regex(SITE_ID_PATTERN)),
  who: z
    .string()
    .check(z.describe('The staff member: a user name or e-mail where the token has one, else its subject')),
  at: timestampSchema,
  action: z
    .enum(AUDIT_ACTIONS)
    .check(
      z.describe(
        '`list`: a day’s page of transcripts; `read`: one; `unanswered`: a day’s page of questions the bot had no answer to',
      ),
    ),
  date: z.optional(daySchema.check(z.describe('The day read (`list` and `unanswered`)'))),
  conversationIds: z.array(z.string()).check(z.describe('The conversations whose masked text was shown')),
});

/** The answer of `GET …/audit`: the entries of the range, newest first. */
export const auditTrailSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  items: z.array(auditEntrySchema).check(z.describe('Newest first')),
});
export type AuditTrail = z.output<typeof auditTrailSchema>;
