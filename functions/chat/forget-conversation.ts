import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { conversationRequest } from '#shared/http/request';
import { chatFor, corsFor } from './deps.ts';

const chat = chatFor(FUNCTIONS.forgetConversation);

/** "Glem meg": deletes every item of the conversation and answers when all are gone. */
export const handler = httpRoute(
  async (event) => {
    await chat.forget(conversationRequest(event));
    return { statusCode: 204 };
  },
  { headersFor: corsFor },
);
