import { FUNCTIONS } from '#infra/functions';
import { startConversationSchema } from '#shared/chat/conversation';
import { httpRoute } from '#shared/http/middleware';
import { header, parseWith, readJsonBody, siteRequest } from '#shared/http/request';
import { chatFor, corsFor } from './deps.ts';

const chat = chatFor(FUNCTIONS.startConversation);

/** Starts a conversation; the answer holds its one-time token and the bot's greeting. */
export const handler = httpRoute(
  async (event) => {
    const request = parseWith(startConversationSchema, readJsonBody(event));
    const started = await chat.start({
      ...siteRequest(event),
      request,
      userAgent: header(event, 'user-agent'),
    });
    return { statusCode: 201, body: started };
  },
  { headersFor: corsFor },
);
