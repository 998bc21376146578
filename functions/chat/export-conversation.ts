import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { bearerToken, prefers } from '#shared/http/request';
import { chatFor, corsFor } from './deps.ts';

const chat = chatFor(FUNCTIONS.exportConversation);

/** The visitor's copy (access and portability): JSON, or a readable transcript for `Accept: text/plain`. */
export const handler = httpRoute(
  async (event) => {
    const result = await chat.export({
      siteId: event.pathParameters?.siteId ?? '',
      conversationId: event.pathParameters?.id ?? '',
      token: bearerToken(event),
      format: prefers(event, 'text/plain') ? 'text' : 'json',
    });
    const name = `samtale-${result.id}.${result.format === 'text' ? 'txt' : 'json'}`;
    return result.format === 'text'
      ? {
          statusCode: 200,
          body: result.body,
          headers: {
            'content-type': 'text/plain; charset=utf-8',
            'content-disposition': `attachment; filename="${name}"`,
          },
        }
      : {
          statusCode: 200,
          body: result.body,
          headers: { 'content-disposition': `attachment; filename="${name}"` } as Record<string, string>,
        };
  },
  { headersFor: corsFor },
);
