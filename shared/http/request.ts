import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors.ts';

/** Contract: request bodies over 16 KiB get 413. */
export const MAX_BODY_BYTES = 16 * 1024;

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  // API Gateway HTTP API lower-cases header names in payload v2; the local server does too.
  return event.headers?.[name.toLowerCase()];
}

/** Reads the body as JSON: size first (413), then media type and charset (415), then UTF-8 and syntax (400). */
export function readJsonBody(event: APIGatewayProxyEventV2): unknown {
  const raw = event.body === undefined ? '' : event.body;
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.byteLength > MAX_BODY_BYTES) {
    throw new PayloadTooLargeError(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  const [type, ...parameters] = (header(event, 'content-type') ?? '').split(';');
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (type?.trim().toLowerCase() !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) {
    throw new UnsupportedMediaTypeError('Send the body as application/json in UTF-8.');
  }
  let text: string;
  try {
    // Fatal: an invalid byte is refused, not turned into U+FFFD and stored.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ValidationError('The request body is not valid UTF-8.', { code: 'invalid_utf8', cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ValidationError('The request body is not valid JSON.', { code: 'invalid_json', cause });
  }
}

/** Validates with a zod schema; failures become a 400 that lists each problem by path. */
export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return parsed.data;
  throw new ValidationError('The request is not valid.', {
    details: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(body)',
      message: issue.message,
    })),
  });
}

/** The caller's IP address, for transient use only (never stored, never logged). */
export function sourceIp(event: APIGatewayProxyEventV2): string {
  return event.requestContext?.http?.sourceIp ?? '';
}

/** The token of an `Authorization: Bearer <token>` header; `undefined` when there is none. */
function bearerToken(event: APIGatewayProxyEventV2): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header(event, 'authorization') ?? '');
  return match?.[1];
}

/** True when the client asked for `mediaType` (by Accept) before JSON. */
export function prefers(event: APIGatewayProxyEventV2, mediaType: string): boolean {
  const accept = (header(event, 'accept') ?? '').toLowerCase();
  return accept.split(',').some((part) => part.split(';')[0]?.trim() === mediaType);
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
