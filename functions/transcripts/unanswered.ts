import * as z from 'zod/mini';
import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { parseQuery } from '#shared/http/request';
import { isCalendarDay } from '#shared/time';
import { reviewer, reviewFor } from './deps.ts';

const review = reviewFor(FUNCTIONS.unansweredQuestions);
const query = z.strictObject({
  date: z.string().check(z.refine(isCalendarDay, 'must be a calendar day written YYYY-MM-DD')),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});

/** The questions of a day the bot had no answer to, repeats grouped, for quality review; audited. */
export const handler = httpRoute(async (event) => {
  const { siteId, principal } = reviewer(event);
  const { date, cursor } = parseQuery(query, event);
  return { statusCode: 200, body: await review.unanswered({ siteId, principal, date, cursor }) };
});
