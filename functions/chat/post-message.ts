import { FUNCTIONS } from '#infra/functions';
import { mask } from '#shared/anonymizer/anonymizer';
import { defaultBot } from '#shared/chat/bot/default-bot';
import { postMessageSchema } from '#shared/chat/conversation';
import { httpRoute } from '#shared/http/middleware';
import { conversationRequest, header, parseWith, readJsonBody } from '#shared/http/request';
import { chatFor, corsFor } from './deps.ts';

const chat = chatFor(FUNCTIONS.postMessage, { mask, bot: defaultBot() });

/** A visitor's question: stored masked, with the bot's answer and its intent. */
export const handler = httpRoute(
  async (event) => {
    const request = parseWith(postMessageSchema, readJsonBody(event));
    const origin = header(event, 'origin');
    return { statusCode: 201, body: await chat.post({ ...conversationRequest(event), origin, request }) };
  },
  { headersFor: corsFor },
);
