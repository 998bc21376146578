import * as z from 'zod/mini';
import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { parseQuery } from '#shared/http/request';
import { isCalendarDay } from '#shared/time';
import { reviewer, reviewFor } from './deps.ts';

const review = reviewFor(FUNCTIONS.transcripts);
const query = z.strictObject({
  date: z.string().check(z.refine(isCalendarDay, 'must be a calendar day written YYYY-MM-DD')),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});

/** The masked conversations of a day, for quality review; every read is audited. */
export const handler = httpRoute(async (event) => {
  const { siteId, principal } = reviewer(event);
  const { date, cursor } = parseQuery(query, event);
  return { statusCode: 200, body: await review.ofDay({ siteId, principal, date, cursor }) };
});
