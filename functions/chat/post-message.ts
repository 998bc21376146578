import { FUNCTIONS } from '#infra/functions';
import { postMessageSchema } from '#shared/chat/conversation';
import { httpRoute } from '#shared/http/middleware';
import { bearerToken, header, parseWith, readJsonBody } from '#shared/http/request';
import { chatFor, corsFor } from './deps.ts';

const chat = chatFor(FUNCTIONS.postMessage);

export const handler = httpRoute(
  async (event) => {
    const request = parseWith(postMessageSchema, readJsonBody(event));
    const exchange = await chat.post({
      siteId: event.pathParameters?.siteId ?? '',
      conversationId: event.pathParameters?.id ?? '',
      token: bearerToken(event),
      origin: header(event, 'origin'),
      request,
    });
    return { statusCode: 201, body: exchange };
  },
  { headersFor: corsFor },
);
