/**
 * Whether an error means "the database cannot answer now" rather than a bug: it is refused
 * (throttling, its own 5xx) or unreachable (the connection is refused, reset or times out).
 * The visitor may try again, so it is a 503 with Retry-After, never a 500. Read from the
 * error's name, code and HTTP status and those of its causes, without importing the SDK.
 */
/** Errors that mean "too much at once, try again later" (DynamoDB's and the SDK's names). */
const THROTTLING_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
]);

/** Whether the error is DynamoDB refusing the request for now (after the SDK's own retries). */
export const isThrottling = (error: unknown): boolean =>
  error instanceof Error && THROTTLING_NAMES.has(error.name);

const UNAVAILABLE_NAMES = new Set([
  ...THROTTLING_NAMES,
  // An item held by another transaction: ours (TransactionConflict, after its resends) or DynamoDB's.
  'TransactionConflict',
  'TransactionConflictException',
  'TransactionInProgressException',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
]);

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
]);

interface Failure {
  name?: unknown;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/** True for throttling, the database's own 5xx, and a connection that failed (also as a cause). */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const failure = error as Failure;
  if (UNAVAILABLE_NAMES.has(String(failure.name)) || NETWORK_CODES.has(String(failure.code))) return true;
  const status = failure.$metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 500) return true;
  if (Array.isArray(failure.errors) && failure.errors.some((inner) => isUnavailable(inner, depth + 1)))
    return true;
  return isUnavailable(failure.cause, depth + 1);
}

/** How long a client should wait before trying again, in seconds. */
export const RETRY_AFTER_SECONDS = 1;
