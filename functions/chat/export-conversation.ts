import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { conversationRequest, prefers } from '#shared/http/request';
import { attachment } from '#shared/http/responses';
import { chatFor, corsFor } from './deps.ts';

const chat = chatFor(FUNCTIONS.exportConversation);

/** The visitor's copy (access and portability): JSON, or a readable transcript for `Accept: text/plain`. */
export const handler = httpRoute(
  async (event) => {
    const format = prefers(event, 'text/plain') ? 'text' : 'json';
    const result = await chat.export({ ...conversationRequest(event), format });
    const name = `samtale-${result.id}.${result.format === 'text' ? 'txt' : 'json'}`;
    return result.format === 'text'
      ? attachment(result.body, name, 'text/plain; charset=utf-8')
      : attachment(result.body, name);
  },
  { headersFor: corsFor },
);
