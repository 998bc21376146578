/**
 * Typed errors for everything a client can get wrong. The HTTP layer maps them by
 * `instanceof` (see `http/middleware.ts`); anything else becomes a 500 whose body
 * never shows internals.
 */
export abstract class AppError extends Error {
  abstract readonly statusCode: number;
  abstract readonly code: string;
  readonly details?: unknown;

  constructor(message: string, options?: { cause?: unknown; details?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.details = options?.details;
  }
}

export class ValidationError extends AppError {
  readonly statusCode = 400;
  readonly code: string;
  constructor(message: string, options?: { code?: string; details?: unknown; cause?: unknown }) {
    super(message, options);
    this.code = options?.code ?? 'validation_failed';
  }
}

export class UnauthorizedError extends AppError {
  readonly statusCode = 401;
  readonly code = 'unauthorized';
}

export class ForbiddenError extends AppError {
  readonly statusCode = 403;
  readonly code: string;
  constructor(message: string, options?: { code?: string }) {
    super(message);
    this.code = options?.code ?? 'forbidden';
  }
}

export class NotFoundError extends AppError {
  readonly statusCode = 404;
  readonly code: string;
  constructor(message: string, options?: { code?: string }) {
    super(message);
    this.code = options?.code ?? 'not_found';
  }
}

export class PayloadTooLargeError extends AppError {
  readonly statusCode = 413;
  readonly code = 'payload_too_large';
}

export class UnsupportedMediaTypeError extends AppError {
  readonly statusCode = 415;
  readonly code = 'unsupported_media_type';
}

export class TooManyRequestsError extends AppError {
  readonly statusCode = 429;
  readonly code = 'too_many_requests';
}

/** A dependency (the database) failed; the client may retry. Never carries internals outward. */
export class ServiceUnavailableError extends AppError {
  readonly statusCode = 503;
  readonly code = 'service_unavailable';
}
