import { FUNCTIONS } from '#infra/functions';
import { startConversationSchema } from '#shared/chat/conversation';
import { httpRoute } from '#shared/http/middleware';
import { header, parseWith, readJsonBody } from '#shared/http/request';
import { chatFor, corsFor } from './deps.ts';

const chat = chatFor(FUNCTIONS.startConversation);

export const handler = httpRoute(
  async (event) => {
    const request = parseWith(startConversationSchema, readJsonBody(event));
    const started = await chat.start({
      siteId: event.pathParameters?.siteId ?? '',
      request,
      origin: header(event, 'origin'),
      userAgent: header(event, 'user-agent'),
    });
    return { statusCode: 201, body: started };
  },
  { headersFor: corsFor },
);
