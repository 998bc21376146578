import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../infra/openapi.ts';

describe('the OpenAPI document', () => {
  it('passes Redocly’s recommended rules, as `redocly lint` would run them', async () => {
    const config = await createConfig({ extends: ['recommended'] });

    const problems = await lintFromString({
      source: JSON.stringify(openApiDocument(), null, 2),
      absoluteRef: 'openapi.json',
      config,
    });

    const summary = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`,
    );
    expect(summary).toEqual([]);
  });
});
