import { z } from 'zod';
import {
  MAX_MESSAGE_LENGTH,
  postMessageSchema,
  startConversationSchema,
} from '../shared/chat/conversation.ts';
import { feedbackRequestSchema } from '../shared/feedback/feedback.ts';
import { LANGUAGES } from '../shared/languages.ts';
import { SITE_ID_PATTERN } from '../shared/sites.ts';
import { CHAT_TOTALS } from '../shared/stats/chat-stats.ts';

/**
 * The service's OpenAPI 3.1 document, built from the same zod schemas the handlers validate
 * with, so the two cannot drift. Served by the local runtime at `/openapi.json`.
 */
const errorSchema = z.strictObject({
  error: z.strictObject({
    code: z.string().describe('snake_case error code'),
    message: z.string().describe('Human-readable explanation'),
    details: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  }),
});

const jsonSchema = (schema: z.core.$ZodType) =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The header of every download: the conversation's export and each CSV table. */
const attachmentHeader = {
  description:
    'attachment; filename="…" (samtale-<id>.json or .txt; a CSV table names site, range and table)',
  schema: { type: 'string' },
};

const conversationIdParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const gone = errorResponse(
  'Unknown, expired or deleted conversation, or a wrong or missing token: always the same answer',
);

const siteIdParameter = {
  name: 'siteId',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: SITE_ID_PATTERN.source },
};

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kommune feedback and chat log API',
      version: '1',
      description:
        'Anonymous page feedback ("Fant du det du lette etter?") for municipal websites. No IP address, raw User-Agent or query string is ever stored.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '/',
        description:
          "The service's own origin: the deployment's CloudFront address, or http://localhost:3000 with npm start",
      },
    ],
    components: {
      schemas: {
        Error: jsonSchema(errorSchema),
        FeedbackRequest: jsonSchema(feedbackRequestSchema),
        StartConversationRequest: jsonSchema(startConversationSchema),
        PostMessageRequest: jsonSchema(postMessageSchema),
        ConversationStarted: {
          type: 'object',
          required: ['conversationId', 'token', 'expiresAt', 'greeting'],
          properties: {
            conversationId: { type: 'string' },
            token: {
              type: 'string',
              description: '256 random bits, shown once; send as `Authorization: Bearer <token>`',
            },
            expiresAt: { type: 'string', format: 'date-time' },
            greeting: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
          },
        },
        Exchange: {
          type: 'object',
          required: ['message', 'reply'],
          properties: {
            message: { $ref: '#/components/schemas/Message' },
            reply: { $ref: '#/components/schemas/Message' },
          },
        },
        Message: {
          type: 'object',
          required: ['role', 'text', 'at'],
          properties: {
            role: { enum: ['user', 'bot'] },
            text: { type: 'string', description: 'As stored: personal data masked as [category] labels' },
            intent: { type: 'string' },
            at: { type: 'string', format: 'date-time' },
          },
        },
        CommentsPage: {
          type: 'object',
          required: ['items'],
          properties: {
            items: {
              type: 'array',
              items: {
                type: 'object',
                required: ['url', 'found', 'comment', 'at'],
                properties: {
                  url: { type: 'string' },
                  found: { type: 'boolean' },
                  comment: { type: 'string', description: 'As stored: personal data masked' },
                  at: { type: 'string', format: 'date-time' },
                },
              },
            },
            next: { type: 'string', description: 'Cursor of the next page; absent on the last' },
          },
        },
        ConversationExport: {
          type: 'object',
          required: [
            'conversationId',
            'siteId',
            'startedAt',
            'expiresAt',
            'platform',
            'browser',
            'lang',
            'messages',
          ],
          properties: {
            conversationId: { type: 'string' },
            siteId: { type: 'string' },
            startedAt: { type: 'string', format: 'date-time' },
            expiresAt: { type: 'string', format: 'date-time' },
            platform: { enum: ['desktop', 'tablet', 'mobile', 'unknown'] },
            browser: {
              type: 'string',
              description:
                'A known browser with its major version, `other` or `unknown`; never the raw User-Agent',
              examples: ['Firefox 147'],
            },
            lang: { enum: [...LANGUAGES] },
            messages: { type: 'array', items: { $ref: '#/components/schemas/Message' } },
          },
        },
      },
      securitySchemes: {
        staff: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'A token from the configured OpenID Connect issuer (Cognito by default), with the roles `stats` or `transcripts` and the sites (`site:<id>`, `site:*`) in its grants claim; locally, LOCAL_STAFF_TOKEN',
        },
        conversationToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token returned when the conversation started',
        },
      },
    },
    paths: {
      ...staffPaths(),
      '/v1/sites/{siteId}/feedback': {
        parameters: [siteIdParameter],
        post: {
          operationId: 'postFeedback',
          summary: 'Record a yes/no vote with an optional comment (masked before it is stored)',
          // Public by design: anonymous visitors, checked by origin and page instead.
          security: [],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/FeedbackRequest' } } },
          },
          responses: {
            '201': {
              description: 'Vote stored',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
                },
              },
            },
            '200': {
              description:
                'A repeat vote by the same visitor on the same page the same day replaced the first',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
                },
              },
            },
            '400': errorResponse('Invalid JSON, unknown field, bad URL or a page outside the site'),
            '403': errorResponse('The request came from an origin that is not the site’s'),
            '404': errorResponse('Unknown site'),
            '413': errorResponse('Body over 16 KiB'),
            '415': errorResponse('Body is not application/json'),
            '500': errorResponse('Internal error (no details are shown)'),
            '503': errorResponse('Storage unavailable; nothing was counted, retry later'),
          },
        },
      },
      '/v1/sites/{siteId}/conversations': {
        parameters: [siteIdParameter],
        post: {
          operationId: 'startConversation',
          summary: 'Start a chat conversation; the token in the answer is shown only once',
          security: [],
          requestBody: { required: true, content: json('StartConversationRequest') },
          responses: {
            '201': { description: 'Conversation started', content: json('ConversationStarted') },
            '400': errorResponse(
              'Invalid body, a language the site does not offer, or a start URL outside the site',
            ),
            '403': errorResponse('The request came from an origin that is not the site’s'),
            '404': errorResponse('Unknown site'),
            '413': errorResponse('Body over 16 KiB'),
            '415': errorResponse('Body is not application/json'),
          },
        },
      },
      '/v1/sites/{siteId}/conversations/{id}/messages': {
        parameters: [siteIdParameter, conversationIdParameter],
        post: {
          operationId: 'postMessage',
          summary:
            'Ask a question; the question is masked before it is stored, the answer carries its intent',
          security: [{ conversationToken: [] }],
          requestBody: { required: true, content: json('PostMessageRequest') },
          responses: {
            '201': { description: 'Question and answer stored', content: json('Exchange') },
            '400': errorResponse(`Invalid body, empty text or over ${MAX_MESSAGE_LENGTH} characters`),
            '403': errorResponse('The request came from an origin that is not the site’s'),
            '404': gone,
            '413': errorResponse('Body over 16 KiB'),
            '415': errorResponse('Body is not application/json in UTF-8'),
            '429': errorResponse('The conversation holds its maximum number of questions'),
          },
        },
      },
      '/v1/sites/{siteId}/conversations/{id}': {
        parameters: [siteIdParameter, conversationIdParameter],
        get: {
          operationId: 'exportConversation',
          summary:
            'Download the whole conversation (access and portability); text/plain gives a readable transcript',
          security: [{ conversationToken: [] }],
          responses: {
            '200': {
              description: 'The conversation, as an attachment',
              headers: { 'Content-Disposition': attachmentHeader },
              content: { ...json('ConversationExport'), 'text/plain': { schema: { type: 'string' } } },
            },
            '404': gone,
          },
        },
        delete: {
          operationId: 'forgetConversation',
          summary: '«Glem meg»: delete the whole conversation now',
          security: [{ conversationToken: [] }],
          responses: { '204': { description: 'Deleted; every route for it now answers 404' }, '404': gone },
        },
      },
    },
  };
}

const dayParameter = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', format: 'date' },
});
const rangeParameters = [
  dayParameter('from', 'First day (Europe/Oslo), default 29 days before `to`'),
  dayParameter('to', 'Last day, default today; at most 400 days in all'),
];
const tableParameter = (tables: readonly string[]) => ({
  name: 'table',
  in: 'query',
  required: false,
  description: 'Which table the CSV answer holds (one per file)',
  schema: { enum: tables, default: 'daily' },
});
const urlParameter = {
  name: 'url',
  in: 'query',
  required: false,
  description: 'Only pages whose URL starts with this (a page, or a section)',
  schema: { type: 'string', format: 'uri' },
};
const cursorParameter = {
  name: 'cursor',
  in: 'query',
  required: false,
  schema: { type: 'string' },
  description: '`next` of the previous page',
};
const staffErrors = {
  '400': errorResponse('Bad or unknown query parameter, or a range over 400 days'),
  '401': errorResponse('No valid staff token'),
  '403': errorResponse('The token lacks the role or the site'),
  '404': errorResponse('Unknown site'),
};
const counts = (names: readonly string[]) => ({
  type: 'object',
  required: names,
  properties: Object.fromEntries(names.map((name) => [name, { type: 'integer', minimum: 0 }])),
});
const withCsv = (schema: object) => ({
  'application/json': { schema },
  'text/csv': { schema: { type: 'string', description: 'UTF-8 with BOM, `;`-separated, CRLF, header row' } },
});

function staffPaths() {
  const staff = [{ staff: [] }];
  return {
    '/v1/sites/{siteId}/stats/feedback': {
      parameters: [siteIdParameter],
      get: {
        operationId: 'feedbackStats',
        summary: '«Fant du det du lette etter?» per day and page, from the counters',
        security: staff,
        parameters: [...rangeParameters, urlParameter, tableParameter(['daily', 'pages'])],
        responses: {
          '200': {
            description: 'Totals, every day of the range, and the pages (most answered first)',
            headers: { 'Content-Disposition': { ...attachmentHeader, description: 'With text/csv only' } },
            content: withCsv({
              type: 'object',
              required: ['from', 'to', 'totals', 'daily', 'pages'],
              properties: {
                from: { type: 'string', format: 'date' },
                to: { type: 'string', format: 'date' },
                totals: counts(['found', 'notFound']),
                daily: {
                  type: 'array',
                  items: {
                    ...counts(['found', 'notFound']),
                    properties: {
                      date: { type: 'string', format: 'date' },
                      ...counts(['found', 'notFound']).properties,
                    },
                  },
                },
                pages: {
                  type: 'array',
                  items: {
                    ...counts(['found', 'notFound', 'comments']),
                    properties: {
                      url: { type: 'string' },
                      ...counts(['found', 'notFound', 'comments']).properties,
                    },
                  },
                },
              },
            }),
          },
          ...staffErrors,
        },
      },
    },
    '/v1/sites/{siteId}/stats/chat': {
      parameters: [siteIdParameter],
      get: {
        operationId: 'chatStats',
        summary: 'Chat volume, fallback, top intents, platforms and browsers, from the counters',
        security: staff,
        parameters: [...rangeParameters, tableParameter(['daily', 'intents', 'platforms', 'browsers'])],
        responses: {
          '200': {
            description: 'Totals, every day of the range, intents and browsers most frequent first',
            headers: { 'Content-Disposition': { ...attachmentHeader, description: 'With text/csv only' } },
            content: withCsv({
              type: 'object',
              required: ['from', 'to', 'totals', 'daily', 'intents', 'platforms', 'browsers'],
              properties: {
                from: { type: 'string', format: 'date' },
                to: { type: 'string', format: 'date' },
                totals: counts(CHAT_TOTALS),
                daily: {
                  type: 'array',
                  items: {
                    ...counts(CHAT_TOTALS),
                    properties: {
                      date: { type: 'string', format: 'date' },
                      ...counts(CHAT_TOTALS).properties,
                    },
                  },
                },
                intents: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { intent: { type: 'string' }, count: { type: 'integer' } },
                  },
                },
                platforms: counts(['desktop', 'tablet', 'mobile', 'unknown']),
                browsers: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      name: {
                        type: 'string',
                        description: 'A known browser without version, `other` or `unknown`',
                        examples: ['Firefox'],
                      },
                      count: { type: 'integer' },
                    },
                  },
                },
              },
            }),
          },
          ...staffErrors,
        },
      },
    },
    '/v1/sites/{siteId}/feedback/comments': {
      parameters: [siteIdParameter],
      get: {
        operationId: 'feedbackComments',
        summary: 'Visitors’ comments as stored (masked), newest first, a page of whole days at a time',
        security: staff,
        parameters: [...rangeParameters, urlParameter, cursorParameter],
        responses: {
          '200': {
            description: 'One page of comments',
            content: json('CommentsPage'),
          },
          ...staffErrors,
        },
      },
    },
    '/v1/sites/{siteId}/transcripts': {
      parameters: [siteIdParameter],
      get: {
        operationId: 'transcripts',
        summary: 'Role `transcripts`: the masked conversations of a day, 20 at a time; the read is audited',
        security: staff,
        parameters: [{ ...dayParameter('date', 'The day (Europe/Oslo)'), required: true }, cursorParameter],
        responses: {
          '200': {
            description: 'Conversations as the visitor’s own export shows them (masked)',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['date', 'items'],
                  properties: {
                    date: { type: 'string', format: 'date' },
                    items: { type: 'array', items: { $ref: '#/components/schemas/ConversationExport' } },
                    next: { type: 'string' },
                  },
                },
              },
            },
          },
          ...staffErrors,
        },
      },
    },
    '/v1/sites/{siteId}/transcripts/{id}': {
      parameters: [siteIdParameter, conversationIdParameter],
      get: {
        operationId: 'transcript',
        summary: 'Role `transcripts`: one masked conversation; the read is audited',
        security: staff,
        responses: {
          '200': { description: 'The conversation (masked)', content: json('ConversationExport') },
          ...staffErrors,
          '404': errorResponse('Unknown site, or no such conversation (deleted or expired)'),
        },
      },
    },
    '/v1/sites/{siteId}/audit': {
      parameters: [siteIdParameter],
      get: {
        operationId: 'auditTrail',
        summary: 'Role `transcripts`: who read which transcripts when, newest first',
        security: staff,
        parameters: rangeParameters,
        responses: {
          '200': {
            description: 'The audit entries of the range',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['from', 'to', 'items'],
                  properties: {
                    from: { type: 'string', format: 'date' },
                    to: { type: 'string', format: 'date' },
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['who', 'at', 'action', 'conversationIds'],
                        properties: {
                          who: { type: 'string' },
                          at: { type: 'string', format: 'date-time' },
                          action: { enum: ['list', 'read'] },
                          date: { type: 'string', format: 'date' },
                          conversationIds: { type: 'array', items: { type: 'string' } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          ...staffErrors,
        },
      },
    },
    '/v1/sites/{siteId}/billing': {
      parameters: [siteIdParameter],
      get: {
        operationId: 'billing',
        summary: 'What a month is billed on: conversations and answered questions',
        security: staff,
        parameters: [
          {
            name: 'month',
            in: 'query',
            required: true,
            schema: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
          },
        ],
        responses: {
          '200': {
            description: 'The month’s figures',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['month', 'conversations', 'answeredMessages'],
                  properties: {
                    month: { type: 'string' },
                    ...counts(['conversations', 'answeredMessages']).properties,
                  },
                },
              },
            },
          },
          ...staffErrors,
        },
      },
    },
  };
}

/** `METHOD /path` for every operation in the document. */
export function documentedRoutes(document = openApiDocument()): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => ['get', 'post', 'put', 'delete', 'patch'].includes(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}
