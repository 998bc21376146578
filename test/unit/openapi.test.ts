import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../infra/functions.ts';
import { documentedRoutes, openApiDocument } from '../../infra/openapi.ts';

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
});
