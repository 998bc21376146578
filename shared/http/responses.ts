import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** What a route's use-case adapter returns; the HTTP middleware serializes it. */
export interface JsonResult {
  statusCode: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const BASE_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function jsonResponse(result: JsonResult): APIGatewayProxyStructuredResultV2 {
  const headers: Record<string, string> = { ...BASE_HEADERS, ...result.headers };
  if (result.body === undefined) return { statusCode: result.statusCode, headers };
  if (typeof result.body === 'string') return { statusCode: result.statusCode, headers, body: result.body };
  headers['content-type'] ??= 'application/json; charset=utf-8';
  return { statusCode: result.statusCode, headers, body: JSON.stringify(result.body) };
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/**
 * A file to download: `body` under `fileName`. A string body goes out as it is, with its
 * `contentType`; an object body as JSON.
 */
export function attachment(body: unknown, fileName: string, contentType?: string): JsonResult {
  return {
    statusCode: 200,
    body,
    headers: {
      ...(contentType && { 'content-type': contentType }),
      'content-disposition': `attachment; filename="${fileName}"`,
    },
  };
}
