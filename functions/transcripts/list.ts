import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { parseQuery } from '#shared/http/request';
import { dayPageQuery } from '#shared/stats/range';
import { reviewer, reviewFor } from './deps.ts';

const review = reviewFor(FUNCTIONS.transcripts);

/** The masked conversations of a day, for quality review; every read is audited. */
export const handler = httpRoute(async (event) => {
  const { siteId, principal } = reviewer(event);
  const { date, cursor } = parseQuery(dayPageQuery, event);
  return { statusCode: 200, body: await review.ofDay({ siteId, principal, date, cursor }) };
});
