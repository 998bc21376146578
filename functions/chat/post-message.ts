import { FUNCTIONS } from '#infra/functions';
import { postMessageSchema } from '#shared/chat/conversation';
import { httpRoute } from '#shared/http/middleware';
import { conversationRequest, header, parseWith, readJsonBody } from '#shared/http/request';
import { chatFor, corsFor } from './deps.ts';

const chat = chatFor(FUNCTIONS.postMessage);

/** A visitor's question: stored masked, with the bot's answer and its intent. */
export const handler = httpRoute(
  async (event) => {
    const request = parseWith(postMessageSchema, readJsonBody(event));
    const origin = header(event, 'origin');
    return { statusCode: 201, body: await chat.post({ ...conversationRequest(event), origin, request }) };
  },
  { headersFor: corsFor },
);
