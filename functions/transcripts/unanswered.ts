import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { parseQuery } from '#shared/http/request';
import { dayPageQuery } from '#shared/stats/range';
import { reviewer, reviewFor } from './deps.ts';

const review = reviewFor(FUNCTIONS.unansweredQuestions);

/** The questions of a day the bot had no answer to, repeats grouped, for quality review; audited. */
export const handler = httpRoute(async (event) => {
  const { siteId, principal } = reviewer(event);
  const { date, cursor } = parseQuery(dayPageQuery, event);
  return { statusCode: 200, body: await review.unanswered({ siteId, principal, date, cursor }) };
});
