import { z } from 'zod';
import {
  MAX_MESSAGE_LENGTH,
  postMessageSchema,
  startConversationSchema,
} from '../shared/chat/conversation.ts';
import {
  conversationExportSchema,
  conversationStartedSchema,
  exchangeSchema,
  messageSchema,
} from '../shared/chat/responses.ts';
import { feedbackRequestSchema } from '../shared/feedback/feedback.ts';
import { voteStoredSchema } from '../shared/feedback/responses.ts';
import { LANGUAGES } from '../shared/languages.ts';
import { SITE_ID_PATTERN } from '../shared/sites.ts';
import { MONTH_PATTERN } from '../shared/stats/range.ts';
import {
  billingSchema,
  chatStatsSchema,
  commentsPageSchema,
  feedbackStatsSchema,
  maskingStatsSchema,
} from '../shared/stats/responses.ts';
import { CHAT_TABLES, FEEDBACK_TABLES } from '../shared/stats/tables.ts';
import {
  auditTrailSchema,
  transcriptsPageSchema,
  unansweredPageSchema,
} from '../shared/transcripts/responses.ts';
import { UNANSWERED_PAGE_SIZE } from '../shared/transcripts/unanswered.ts';
import type { FunctionId } from './functions.ts';

/**
 * The service's OpenAPI 3.1 document, built from the same zod schemas the handlers validate
 * requests with and the use cases type their answers by, so neither can drift from it. Served
 * by the local runtime at `/openapi.json`.
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

/**
 * The JSON body of every 2xx answer, by operation (named as its function) and status. The
 * document describes each from its schema here, and test/integration/response-contract.test.ts
 * checks real answers with the same one; the code that builds the answers is typed by them
 * (`z.output`).
 */
export const RESPONSE_BODIES = {
  postFeedback: { '201': voteStoredSchema, '200': voteStoredSchema },
  startConversation: { '201': conversationStartedSchema },
  postMessage: { '201': exchangeSchema },
  exportConversation: { '200': conversationExportSchema },
  feedbackStats: { '200': feedbackStatsSchema },
  chatStats: { '200': chatStatsSchema },
  maskingStats: { '200': maskingStatsSchema },
  feedbackComments: { '200': commentsPageSchema },
  transcripts: { '200': transcriptsPageSchema },
  transcript: { '200': conversationExportSchema },
  unansweredQuestions: { '200': unansweredPageSchema },
  auditTrail: { '200': auditTrailSchema },
  billing: { '200': billingSchema },
} as const satisfies Partial<Record<FunctionId, Record<`2${string}`, z.core.$ZodType>>>;

type ResponseOperation = keyof typeof RESPONSE_BODIES;

/** The response schemas that are components of their own (the others are written out where used). */
const RESPONSE_COMPONENTS: Record<string, z.core.$ZodType> = {
  ConversationStarted: conversationStartedSchema,
  Exchange: exchangeSchema,
  Message: messageSchema,
  CommentsPage: commentsPageSchema,
  ConversationExport: conversationExportSchema,
};

const componentRef = (id: string) => `#/components/schemas/${id}`;

/**
 * Leaves out what toJSONSchema spells out that the document says anyway: the regular
 * expression behind a `date` or `date-time` format, and the safe-integer bounds of an integer.
 */
function tidy({ jsonSchema }: { jsonSchema: z.core.JSONSchema.BaseSchema }) {
  if (jsonSchema.format === 'date' || jsonSchema.format === 'date-time') delete jsonSchema.pattern;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
}

/**
 * Every response schema in one conversion, so that one refers to another's component by
 * `$ref`: the components, and the schema of each operation's answer (a `$ref`, or the schema
 * itself where it is no component).
 */
function responseSchemas() {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(RESPONSE_COMPONENTS)) registry.add(schema, { id });
  const inline = new Map<z.core.$ZodType, string>();
  for (const bodies of Object.values(RESPONSE_BODIES)) {
    for (const schema of Object.values(bodies)) {
      if (registry.has(schema) || inline.has(schema)) continue;
      const id = `inline-${inline.size}`;
      inline.set(schema, id);
      registry.add(schema, { id });
    }
  }
  const converted = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: componentRef,
    override: tidy,
  }).schemas;
  // A component's URI is its `$ref`, not an identifier of its own.
  const schemas = new Map(Object.entries(converted).map(([id, { $id: _id, ...schema }]) => [id, schema]));
  if (JSON.stringify([...schemas.values()]).includes(componentRef('inline-'))) {
    throw new Error('A response schema without a component of its own is part of another one');
  }
  const schemaOf = (id: string) => {
    const schema = schemas.get(id);
    if (!schema) throw new Error(`No response schema ${id}`);
    return schema;
  };
  return {
    components: Object.fromEntries(Object.keys(RESPONSE_COMPONENTS).map((id) => [id, schemaOf(id)])),
    /** The schema of an operation's answer with that status: its component's `$ref`, or itself. */
    of: <O extends ResponseOperation>(operation: O, status: keyof (typeof RESPONSE_BODIES)[O]): object => {
      const schema = RESPONSE_BODIES[operation][status] as z.core.$ZodType;
      const inlineId = inline.get(schema);
      if (inlineId) {
        // Written out in the operation: part of the document, not a schema resource of its own.
        const { $schema: _dialect, ...written } = schemaOf(inlineId);
        return written;
      }
      const component = registry.get(schema)?.id;
      if (!component) throw new Error(`The answer of ${operation} has no schema`);
      return { $ref: componentRef(component) };
    },
  };
}

type ResponseSchemas = ReturnType<typeof responseSchemas>;

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The header of every download: the conversation's export and each CSV table. */
const attachmentHeader = {
  description:
    'attachment; filename="…" (samtale-<id>.json or .txt; a CSV table names its table and range in the language of `lang`, e.g. tilbakemeldinger-sider-2026-11-01-til-2026-11-30.csv)',
  schema: { type: 'string' },
};

const conversationIdParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const json = (ref: string) => jsonContent({ $ref: componentRef(ref) });
const jsonContent = (schema: object) => ({ 'application/json': { schema } });
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
  const responses = responseSchemas();
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
        ...responses.components,
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
      ...staffPaths(responses),
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
            '201': { description: 'Vote stored', content: jsonContent(responses.of('postFeedback', '201')) },
            '200': {
              description:
                'A repeat vote by the same visitor on the same page the same day replaced the first',
              content: jsonContent(responses.of('postFeedback', '200')),
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
            '201': {
              description: 'Conversation started',
              content: jsonContent(responses.of('startConversation', '201')),
            },
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
            '201': {
              description: 'Question and answer stored',
              content: jsonContent(responses.of('postMessage', '201')),
            },
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
              content: {
                ...jsonContent(responses.of('exportConversation', '200')),
                'text/plain': { schema: { type: 'string' } },
              },
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
const langParameter = {
  name: 'lang',
  in: 'query',
  required: false,
  description:
    'The language of a CSV file’s headers, topic, platform and browser names and file name; the JSON answer keeps ids',
  schema: { enum: LANGUAGES, default: 'nb' },
};
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
const withCsv = (schema: object) => ({
  ...jsonContent(schema),
  'text/csv': { schema: { type: 'string', description: 'UTF-8 with BOM, `;`-separated, CRLF, header row' } },
});

function staffPaths(responses: ResponseSchemas) {
  const staff = [{ staff: [] }];
  return {
    '/v1/sites/{siteId}/stats/feedback': {
      parameters: [siteIdParameter],
      get: {
        operationId: 'feedbackStats',
        summary: '«Fant du det du lette etter?» per day and page, from the counters',
        security: staff,
        parameters: [...rangeParameters, urlParameter, tableParameter(FEEDBACK_TABLES), langParameter],
        responses: {
          '200': {
            description: 'Totals, every day of the range, and the pages (most answered first)',
            headers: { 'Content-Disposition': { ...attachmentHeader, description: 'With text/csv only' } },
            content: withCsv(responses.of('feedbackStats', '200')),
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
        parameters: [...rangeParameters, tableParameter(CHAT_TABLES), langParameter],
        responses: {
          '200': {
            description:
              'Totals, every day of the range, intents (with their titles) and browsers most frequent first',
            headers: { 'Content-Disposition': { ...attachmentHeader, description: 'With text/csv only' } },
            content: withCsv(responses.of('chatStats', '200')),
          },
          ...staffErrors,
        },
      },
    },
    '/v1/sites/{siteId}/stats/masking': {
      parameters: [siteIdParameter],
      get: {
        operationId: 'maskingStats',
        summary:
          'What the hourly re-check newly masked in stored questions, per anonymizer category and ISO week (counts only)',
        security: staff,
        parameters: rangeParameters,
        responses: {
          '200': {
            description: 'Every week that overlaps the range, oldest first, with every category',
            content: jsonContent(responses.of('maskingStats', '200')),
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
            content: jsonContent(responses.of('feedbackComments', '200')),
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
            content: jsonContent(responses.of('transcripts', '200')),
          },
          ...staffErrors,
        },
      },
    },
    '/v1/sites/{siteId}/transcripts/unanswered': {
      parameters: [siteIdParameter],
      get: {
        operationId: 'unansweredQuestions',
        summary: `Role \`transcripts\`: a day’s questions the bot had no answer to, repeats grouped, from ${UNANSWERED_PAGE_SIZE} conversations at a time; the read is audited`,
        description:
          'Repeats are one item when they differ only in case, whitespace or trailing punctuation. Each page groups the questions of its own conversations; to see the whole day, add up the pages’ counts of the same question.',
        security: staff,
        parameters: [{ ...dayParameter('date', 'The day (Europe/Oslo)'), required: true }, cursorParameter],
        responses: {
          '200': {
            description: 'The questions as stored (masked), most frequent first',
            content: jsonContent(responses.of('unansweredQuestions', '200')),
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
          '200': {
            description: 'The conversation (masked)',
            content: jsonContent(responses.of('transcript', '200')),
          },
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
            content: jsonContent(responses.of('auditTrail', '200')),
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
            schema: { type: 'string', pattern: MONTH_PATTERN.source },
          },
        ],
        responses: {
          '200': {
            description: 'The month’s figures',
            content: jsonContent(responses.of('billing', '200')),
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
