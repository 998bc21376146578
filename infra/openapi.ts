import { z } from 'zod';
import { feedbackRequestSchema } from '../shared/feedback/feedback.ts';
import { SITE_ID_PATTERN } from '../shared/sites.ts';

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

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

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
    },
    components: {
      schemas: {
        Error: jsonSchema(errorSchema),
        FeedbackRequest: jsonSchema(feedbackRequestSchema),
      },
    },
    paths: {
      '/v1/sites/{siteId}/feedback': {
        parameters: [siteIdParameter],
        post: {
          operationId: 'postFeedback',
          summary: 'Record a yes/no vote with an optional comment (masked before it is stored)',
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
