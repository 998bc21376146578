import { FUNCTIONS } from '#infra/functions';
import { defaultBot } from '#shared/chat/bot/default-bot';
import { startConversationSchema } from '#shared/chat/conversation';
import { describeClient } from '#shared/chat/user-agent';
import { httpRoute } from '#shared/http/middleware';
import { header, parseWith, readJsonBody, siteRequest } from '#shared/http/request';
import { pageOnSite } from '#shared/page-url';
import { chatFor, corsFor } from './deps.ts';

const chat = chatFor(FUNCTIONS.startConversation, { pageOnSite, describeClient, bot: defaultBot() });

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
