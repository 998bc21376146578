import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS } from '#shared/anonymizer/categories';
import { MESSAGE_ROLES } from '#shared/chat/conversation';
import { PLATFORMS } from '#shared/chat/platform';
import { LANGUAGES } from '#shared/languages';
import { MONTH_PATTERN } from '#shared/stats/range';
import { CHAT_TOTALS } from '#shared/stats/tables';
import { ISO_WEEK_PATTERN } from '#shared/stats/weeks';
import { AUDIT_ACTIONS } from '#shared/transcripts/ports';
import { lambdaBuildOptions } from '../../infra/bundling.ts';
import { FUNCTIONS } from '../../infra/functions.ts';
import { PROJECT_ROOT } from '../../infra/lambda-function.ts';
import { documentedRoutes, openApiDocument, RESPONSE_BODIES } from '../../infra/openapi.ts';
import { openApiFile } from '../../scripts/openapi.ts';

// biome-ignore lint/suspicious/noExplicitAny: the tests walk the generated document field by field
type Json = any;

/** Each operation of the document with its id, method and path. */
function operations(document = openApiDocument()) {
  return Object.entries(document.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
}

/** A response schema with its `$ref`s to components replaced by the components. */
function resolved(document: Json, schema: Json): Json {
  if (Array.isArray(schema)) return schema.map((item) => resolved(document, item));
  if (typeof schema !== 'object' || schema === null) return schema;
  if (typeof schema.$ref === 'string') {
    return resolved(document, document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, resolved(document, value)]));
}

/** Every object schema below (and including) `schema`. */
function objectSchemas(schema: Json): Json[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const below = Object.values(schema).flatMap(objectSchemas);
  return schema.type === 'object' ? [schema, ...below] : below;
}

/** The JSON schema of an operation's answer with that status. */
function answerSchema(operationId: string, status: string): Json {
  const document = openApiDocument();
  const found = operations(document).find((o) => o.operation.operationId === operationId);
  return resolved(document, found?.operation.responses[status].content['application/json'].schema);
}

describe('openApiDocument', () => {
  it('documents exactly the routes the functions serve (preflight aside)', () => {
    const served = Object.values(FUNCTIONS)
      .flatMap((fn) => fn.routes)
      .filter((route) => !route.startsWith('OPTIONS '));

    expect(documentedRoutes().sort()).toEqual([...served].sort());
  });

  it('describes the feedback body from the handler’s own schema, unknown fields forbidden', () => {
    const schema = openApiDocument().components.schemas.FeedbackRequest as Record<string, unknown>;

    expect(schema.required).toEqual(['url', 'found']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties as object)).toEqual(['url', 'found', 'comment', 'lang']);
  });

  it('is OpenAPI 3.1 and every error response uses the contract’s error body', () => {
    const document = openApiDocument();
    expect(document.openapi).toBe('3.1.0');
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(
        item as Record<string, { responses?: Record<string, unknown> }>,
      )) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (Number(status) < 400) continue;
          expect(JSON.stringify(response)).toContain('#/components/schemas/Error');
        }
      }
    }
  });

  it('says what the service does: public operations, limits of a question, downloads, servers and licence', () => {
    const document = openApiDocument();
    // biome-ignore lint/suspicious/noExplicitAny: the test walks the generated document field by field
    const paths = document.paths as unknown as Record<string, Record<string, any>>;
    const operation = (path: string, method: string) => paths[path]?.[method];

    expect(operation('/v1/sites/{siteId}/feedback', 'post').security).toEqual([]);
    expect(operation('/v1/sites/{siteId}/conversations', 'post').security).toEqual([]);
    const message = operation('/v1/sites/{siteId}/conversations/{id}/messages', 'post');
    expect(Object.keys(message.responses)).toEqual(expect.arrayContaining(['403', '415']));
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const text = (document.components.schemas.PostMessageRequest as any).properties.text;
    expect(text).toMatchObject({ minLength: 1, maxLength: 2000, pattern: '\\S' });
    expect(
      operation('/v1/sites/{siteId}/conversations/{id}', 'get').responses['200'].headers[
        'Content-Disposition'
      ],
    ).toBeDefined();
    for (const route of ['feedback', 'chat']) {
      expect(operation(`/v1/sites/{siteId}/stats/${route}`, 'get').responses['200'].headers).toHaveProperty(
        'Content-Disposition',
      );
    }
    expect(document.servers).toHaveLength(1);
    expect(document.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
  });

  it('describes every JSON answer of 2xx from the schema the code is typed by, and no other', () => {
    const documented = operations().flatMap(({ operation }) =>
      Object.entries(operation.responses as Record<string, Json>)
        .filter(([status, response]) => status.startsWith('2') && response.content?.['application/json'])
        .map(([status]) => `${operation.operationId} ${status}`),
    );
    const bodies = Object.entries(RESPONSE_BODIES).flatMap(([operationId, statuses]) =>
      Object.keys(statuses).map((status) => `${operationId} ${status}`),
    );

    expect(documented.sort()).toEqual(bodies.sort());
  });

  it('forbids unknown fields in every answer, so that a new field is a change of the contract', () => {
    const document = openApiDocument();
    for (const { operation } of operations(document)) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        const schema = response.content?.['application/json']?.schema;
        if (!status.startsWith('2') || !schema) continue;
        const objects = objectSchemas(resolved(document, schema));
        expect(objects.length).toBeGreaterThan(0);
        for (const object of objects) expect(object.additionalProperties, operation.operationId).toBe(false);
      }
    }
  });

  it('shares the components as before: Message in Exchange and ConversationExport, the export in transcripts', () => {
    const document = openApiDocument();
    const schemas = document.components.schemas as Record<string, Json>;
    const transcripts = operations(document).find((o) => o.operation.operationId === 'transcripts');

    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'ConversationStarted',
        'Exchange',
        'Message',
        'CommentsPage',
        'ConversationExport',
      ]),
    );
    expect(schemas.Exchange.properties.reply).toEqual({ $ref: '#/components/schemas/Message' });
    expect(schemas.ConversationExport.properties.messages.items).toEqual({
      $ref: '#/components/schemas/Message',
    });
    expect(
      transcripts?.operation.responses['200'].content['application/json'].schema.properties.items.items,
    ).toEqual({ $ref: '#/components/schemas/ConversationExport' });
    for (const schema of Object.values(schemas)) expect(schema).not.toHaveProperty('$id');
  });

  it('takes the answers’ enums and names from the code’s own constants', () => {
    const exported = answerSchema('exportConversation', '200');
    const chat = answerSchema('chatStats', '200');
    const audit = answerSchema('auditTrail', '200');

    expect(exported.properties.platform.enum).toEqual([...PLATFORMS]);
    expect(exported.properties.lang.enum).toEqual([...LANGUAGES]);
    expect(exported.properties.messages.items.properties.role.enum).toEqual([...MESSAGE_ROLES]);
    expect(chat.properties.totals.required).toEqual([...CHAT_TOTALS]);
    expect(chat.properties.daily.items.required).toEqual(['date', ...CHAT_TOTALS]);
    expect(chat.properties.platforms.required).toEqual([...PLATFORMS]);
    expect(chat.properties.browsers.items.properties.name.enum).toEqual(
      expect.arrayContaining(['Firefox', 'Safari', 'other', 'unknown']),
    );
    expect(audit.properties.items.items.properties.action.enum).toEqual([...AUDIT_ACTIONS]);
    expect(answerSchema('billing', '200').properties.month.pattern).toBe(MONTH_PATTERN.source);
  });

  it('keeps what the hand-written schemas said: times, days, counts, descriptions and examples', () => {
    const started = answerSchema('startConversation', '201');
    const exported = answerSchema('exportConversation', '200');
    const comments = answerSchema('feedbackComments', '200');
    const feedback = answerSchema('feedbackStats', '200');
    const chat = answerSchema('chatStats', '200');

    expect(started.required).toEqual(['conversationId', 'token', 'expiresAt', 'greeting']);
    expect(started.properties.token.description).toContain('shown once');
    expect(started.properties.expiresAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(started.properties.expiresAt).not.toHaveProperty('pattern');
    expect(exported.properties.browser).toMatchObject({ examples: ['Firefox 147'] });
    expect(exported.properties.browser.description).toContain('never the raw User-Agent');
    expect(exported.properties.messages.items.properties.text.description).toContain('masked');
    expect(exported.properties.messages.items.required).toEqual(['role', 'text', 'at']);
    expect(comments.properties.items.items.properties.comment.description).toContain('masked');
    expect(comments.properties.next.description).toContain('Cursor of the next page');
    expect(comments.required).toEqual(['items']);
    expect(feedback.properties.from).toMatchObject({ type: 'string', format: 'date' });
    expect(feedback.properties.totals.properties.found).toEqual({ type: 'integer', minimum: 0 });
    expect(chat.properties.browsers.items.properties.name).toMatchObject({ examples: ['Firefox'] });
    expect(answerSchema('postFeedback', '200').required).toEqual(['id']);
    expect(answerSchema('transcripts', '200').required).toEqual(['date', 'items']);
    expect(answerSchema('auditTrail', '200').required).toEqual(['from', 'to', 'items']);
  });

  it('describes the masking statistics, the unanswered questions, intent titles and the CSV language', () => {
    const masking = answerSchema('maskingStats', '200');
    const unanswered = answerSchema('unansweredQuestions', '200');
    const chat = answerSchema('chatStats', '200');
    const parameters = (id: string) =>
      operations().find(({ operation }) => operation.operationId === id)?.operation.parameters as Json[];

    const week = masking.properties.weeks.items;
    expect(week.required).toEqual(['week', 'start', 'categories']);
    expect(week.properties.week.pattern).toBe(ISO_WEEK_PATTERN.source);
    expect(week.properties.categories.required).toEqual(Object.keys(CATEGORY_LABELS));
    expect(masking.properties.totals.required).toEqual(Object.keys(CATEGORY_LABELS));
    expect(unanswered.required).toEqual(['date', 'items']);
    expect(unanswered.properties.items.items.required).toEqual(['text', 'count', 'lastAt']);
    expect(unanswered.properties.items.items.properties.text.description).toContain('masked');
    expect(chat.properties.intents.items.required).toEqual(['intent', 'title', 'count']);
    expect(chat.properties.intents.items.properties.title.required).toEqual([...LANGUAGES]);
    for (const id of ['feedbackStats', 'chatStats']) {
      expect(parameters(id).find((p) => p.name === 'lang')?.schema).toEqual({
        enum: [...LANGUAGES],
        default: 'nb',
      });
    }
    expect(parameters('maskingStats').map((p) => p.name)).toEqual(['from', 'to']);
    expect(parameters('unansweredQuestions').map((p) => [p.name, p.required])).toEqual([
      ['date', true],
      ['cursor', false],
    ]);
  });

  it('keeps the response schemas out of the Lambda bundles (the code imports their types only)', async () => {
    const { metafile } = await build({
      ...lambdaBuildOptions,
      absWorkingDir: PROJECT_ROOT,
      entryPoints: Object.values(FUNCTIONS).map((fn) => fn.entry),
      // Only the project's own modules matter here, and this keeps the build quick.
      packages: 'external',
      outdir: 'unused',
      write: false,
      metafile: true,
    });
    const bundled = Object.keys(metafile.inputs);

    expect(bundled).toContain('shared/chat/conversation.ts');
    expect(
      bundled.filter((file) => /^shared\/(chat|feedback|stats|transcripts)\/responses\.ts$/.test(file)),
    ).toEqual([]);
  });
});

describe('docs/openapi.json', () => {
  it('is what npm run docs:openapi writes now (run it after changing a route or a schema)', () => {
    const committed = readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(openApiFile());
  });
});
