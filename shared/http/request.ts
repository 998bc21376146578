import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors.ts';

/** Fatal: an invalid byte is refused, not turned into U+FFFD and stored. One per process. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Contract: request bodies over 16 KiB get 413. */
export const MAX_BODY_BYTES = 16 * 1024;

/** A request header, its name matched without regard to case (RFC 9110). */
export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const headers = event.headers ?? {};
  const wanted = name.toLowerCase();
  // API Gateway HTTP API lower-cases header names in payload v2, and so does the local server;
  // an event built elsewhere may not.
  if (wanted in headers) return headers[wanted];
  return Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** Whether a Content-Type names JSON in UTF-8: `application/json`, with `charset=utf-8` or none. */
function isJsonInUtf8(contentType: string): boolean {
  // The form every client of the widget sends, without splitting it.
  if (contentType === 'application/json') return true;
  const [type, ...parameters] = contentType.split(';');
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  return type?.trim().toLowerCase() === 'application/json' && (charset === undefined || charset === 'utf-8');
}

/** Reads the body as JSON: size first (413), then media type and charset (415), then UTF-8 and syntax (400). */
export function readJsonBody(event: APIGatewayProxyEventV2): unknown {
  const raw = event.body === undefined ? '' : event.body;
  // A body API Gateway passed as text is a string already: its UTF-8 size is counted without
  // encoding it, and a lone surrogate in it stands for U+FFFD, as encoding and decoding would make it.
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : undefined;
  const size = bytes ? bytes.byteLength : Buffer.byteLength(raw, 'utf8');
  if (size > MAX_BODY_BYTES) {
    throw new PayloadTooLargeError(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  if (!isJsonInUtf8(header(event, 'content-type') ?? '')) {
    throw new UnsupportedMediaTypeError('Send the body as application/json in UTF-8.');
  }
  let text: string;
  try {
    text = bytes ? UTF8.decode(bytes) : raw.toWellFormed();
  } catch (cause) {
    throw new ValidationError('The request body is not valid UTF-8.', { code: 'invalid_utf8', cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ValidationError('The request body is not valid JSON.', { code: 'invalid_json', cause });
  }
}

/**
 * Validates with a zod schema; failures become a 400 that lists each problem by path: the
 * field, the unknown parameter, or else the body or the query as a whole.
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' = 'body',
): z.output<S> {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return parsed.data;
  throw new ValidationError('The request is not valid.', {
    details: parsed.error.issues.map((issue) => ({
      path:
        issue.path.map(String).join('.') ||
        ('keys' in issue && Array.isArray(issue.keys) ? issue.keys.join(', ') : `(${where})`),
      message: issue.message,
    })),
  });
}

/** The query string's parameters, validated with a zod schema (problems named by parameter). */
export const parseQuery = <S extends z.ZodMiniType>(schema: S, event: APIGatewayProxyEventV2): z.output<S> =>
  parseWith(schema, event.queryStringParameters ?? {}, 'query');

/** The caller's IP address, for transient use only (never stored, never logged). */
export function sourceIp(event: APIGatewayProxyEventV2): string {
  return event.requestContext?.http?.sourceIp ?? '';
}

/** The token of an `Authorization: Bearer <token>` header; `undefined` when there is none. */
function bearerToken(event: APIGatewayProxyEventV2): string | undefined {
  // The scheme's name is case-insensitive (RFC 9110, section 11.1).
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/i.exec(header(event, 'authorization') ?? '');
  return match?.[1];
}

/**
 * True when the client's Accept names `mediaType` with a weight at least that of JSON (named,
 * or by `application/*` or `*\/*`); `q=0` means "not this". JSON is the default.
 */
export function prefers(event: APIGatewayProxyEventV2, mediaType: string): boolean {
  const ranges = (header(event, 'accept') ?? '').split(',').map((part) => {
    const [range, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    return { range: range ?? '', q: q === undefined ? 1 : Number(q.slice(2)) };
  });
  const weight = (accepted: readonly string[]) =>
    Math.max(0, ...ranges.filter((r) => accepted.includes(r.range) && Number.isFinite(r.q)).map((r) => r.q));
  const wanted = weight([mediaType]);
  return wanted > 0 && wanted >= weight(['application/json', 'application/*', '*/*']);
}

/** Who a visitor's request is for: the site in the path and the page's Origin, if it sent one. */
export function siteRequest(event: APIGatewayProxyEventV2): { siteId: string; origin: string | undefined } {
  return { siteId: event.pathParameters?.siteId ?? '', origin: header(event, 'origin') };
}

/** A request about one conversation: its site and id from the path, and the visitor's bearer token. */
export function conversationRequest(event: APIGatewayProxyEventV2) {
  return {
    siteId: event.pathParameters?.siteId ?? '',
    conversationId: event.pathParameters?.id ?? '',
    token: bearerToken(event),
  };
}
