import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '../../infra/local/runtime.ts';
import { startTestRuntime } from '../support/runtime.ts';

/*
 * The demo site's privacy page is written by the runtime from its own configuration: change
 * the configuration (here the comment and audit retention it reads from the environment) and
 * the page changes with it.
 */

let runtime: Runtime;

beforeAll(async () => {
  vi.stubEnv('COMMENT_RETENTION_DAYS', '45');
  vi.stubEnv('AUDIT_RETENTION_DAYS', '400');
  runtime = await startTestRuntime('it-privacy');
});

afterAll(async () => {
  await runtime?.close();
  vi.unstubAllEnvs();
});

const page = async (path: string) => {
  const response = await fetch(`${runtime.url}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};

describe('the demo privacy page', () => {
  it('states the running configuration, in bokmål', async () => {
    const html = await page('/personvern.html');
    expect(html).toContain('<h2>Tilbakemeldingsknappen og chatboten på nettstedet til Demo kommune</h2>');
    expect(html).toContain('Chatsamtaler slettes automatisk etter 21 dager');
    expect(html).toContain('en med kommentar etter 45 dager');
    expect(html).toContain('slettes etter 400 dager');
    expect(html).toContain('Dette er en lokal demo');
    expect(html).not.toContain('<!-- privacy-statement -->');
  });

  it.each([
    ['/personvern-nn.html', 'nn', 'Chatsamtalar blir sletta automatisk etter 21 dagar'],
    ['/personvern-en.html', 'en', 'Chat conversations are deleted automatically after 21 days'],
  ])('has %s in %s', async (path, lang, sentence) => {
    const html = await page(path);
    expect(html).toContain(`<section lang="${lang}">`);
    expect(html).toContain(sentence);
    expect(html).toContain('45');
  });

  it('links the three languages from each of them', async () => {
    for (const path of ['/personvern.html', '/personvern-nn.html', '/personvern-en.html']) {
      const html = await page(path);
      for (const link of ['/personvern.html', '/personvern-nn.html', '/personvern-en.html']) {
        expect(html).toContain(`href="${link}"`);
      }
    }
  });
});
