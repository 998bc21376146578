/**
 * Typed errors for everything a client can get wrong. The HTTP layer maps them by
 * `instanceof` (see `http/middleware.ts`); anything else becomes a 500 whose body
 * never shows internals.
 */
export interface AppErrorOptions {
  /** The snake_case code in the error body, instead of the class's own. */
  code?: string;
  cause?: unknown;
  /** Problems by path, for a 400. */
  details?: unknown;
}

export abstract class AppError extends Error {
  abstract readonly statusCode: number;
  readonly code: string;
  readonly details?: unknown;

  constructor(message: string, defaultCode: string, options?: AppErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options?.code ?? defaultCode;
    this.details = options?.details;
  }
}

/** An error class for one HTTP status, with the code its body carries unless told otherwise. */
function httpError(statusCode: number, defaultCode: string) {
  return class extends AppError {
    readonly statusCode = statusCode;
    constructor(message: string, options?: AppErrorOptions) {
      super(message, defaultCode, options);
    }
  };
}

export class ValidationError extends httpError(400, 'validation_failed') {}
export class UnauthorizedError extends httpError(401, 'unauthorized') {}
export class ForbiddenError extends httpError(403, 'forbidden') {}
export class NotFoundError extends httpError(404, 'not_found') {}
export class PayloadTooLargeError extends httpError(413, 'payload_too_large') {}
export class UnsupportedMediaTypeError extends httpError(415, 'unsupported_media_type') {}
export class TooManyRequestsError extends httpError(429, 'too_many_requests') {}
/** A dependency (the database) failed; the client may retry. Never carries internals outward. */
export class ServiceUnavailableError extends httpError(503, 'service_unavailable') {}
