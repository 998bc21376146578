import { documentClient } from '#shared/adapters/dynamodb/client';
import { DynamoFeedbackCounterStore, DynamoVoteStore } from '#shared/adapters/dynamodb/feedback-store';
import { DynamoDailySaltStore } from '#shared/adapters/dynamodb/salt-store';
import { readEnv, requireTable, sitesFrom } from '#shared/config';
import { feedbackRequestSchema } from '#shared/feedback/feedback';
import { makeSubmitFeedback } from '#shared/feedback/submit-feedback';
import { siteCorsHeaders } from '#shared/http/cors';
import { httpRoute } from '#shared/http/middleware';
import { header, parseWith, readJsonBody, sourceIp } from '#shared/http/request';
import { systemClock } from '#shared/time';

// Cold start: configuration and the client, once per process.
const env = readEnv();
const sites = sitesFrom(env);
const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });

const submitFeedback = makeSubmitFeedback({
  sites,
  votes: new DynamoVoteStore(client, requireTable(env, 'TABLE_FEEDBACK')),
  counters: new DynamoFeedbackCounterStore(client, requireTable(env, 'TABLE_COUNTERS')),
  salts: new DynamoDailySaltStore(client, requireTable(env, 'TABLE_EPHEMERAL')),
  clock: systemClock,
  commentRetentionDays: env.COMMENT_RETENTION_DAYS,
});

export const handler = httpRoute(
  async (event) => {
    const request = parseWith(feedbackRequestSchema, readJsonBody(event));
    const result = await submitFeedback({
      siteId: event.pathParameters?.siteId ?? '',
      request,
      origin: header(event, 'origin'),
      sourceIp: sourceIp(event),
      userAgent: header(event, 'user-agent') ?? '',
    });
    return { statusCode: result.replaced ? 200 : 201, body: { id: result.id } };
  },
  { headersFor: (event) => siteCorsHeaders(sites, event) },
);
