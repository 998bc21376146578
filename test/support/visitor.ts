import { expect } from 'vitest';

/** The browsers the tests' visitors come with (each counted under its name and major version). */
export const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0';
export const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/**
 * A visitor's POST to a demo-site route, as the widgets send it from the site's own origin,
 * answered 201; each user agent is another visitor. Returns the answer's JSON.
 */
export async function postAsVisitor(
  baseUrl: string,
  path: string,
  body: unknown,
  userAgent: string,
  token?: string,
): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/v1/sites/demo${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: baseUrl,
      'user-agent': userAgent,
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return response.json() as Promise<Record<string, string>>;
}
