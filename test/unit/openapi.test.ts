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
});
