import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { AppError } from '../errors.ts';
import { errorFields, logEvent, withRequestId } from '../log.ts';
import { isUnavailable, RETRY_AFTER_SECONDS } from '../unavailable.ts';
import { errorBody, type JsonResult, jsonResponse } from './responses.ts';

export type RouteFn = (event: APIGatewayProxyEventV2, context: Context) => Promise<JsonResult>;

export interface HttpOptions {
  /** Extra response headers for this request (CORS), added to successes and errors alike. */
  headersFor?: (event: APIGatewayProxyEventV2) => Record<string, string>;
}

/**
 * The one middleware every HTTP route uses: serializes the route's result, maps typed
 * errors to the contract's error body by `instanceof`, and hides internals on a 5xx.
 */
/** Only error classes and the service's own messages: never the request, which may hold personal data. */
function logFailure(error: Error | null | undefined) {
  logEvent('error', 'request failed', errorFields(error));
}

type Response = JsonResult | APIGatewayProxyStructuredResultV2;

function httpMiddleware(options: HttpOptions): middy.MiddlewareObj<APIGatewayProxyEventV2, Response> {
  const extraHeaders = (event: APIGatewayProxyEventV2) => options.headersFor?.(event) ?? {};
  return {
    after: (request) => {
      const result = request.response as JsonResult;
      request.response = jsonResponse({
        ...result,
        headers: { ...extraHeaders(request.event), ...result.headers },
      });
    },
    onError: (request) => {
      const { error } = request;
      let headers: Record<string, string> = {};
      try {
        headers = extraHeaders(request.event);
      } catch {
        headers = {};
      }
      const retryLater = { 'retry-after': String(RETRY_AFTER_SECONDS) };
      if (error instanceof AppError) {
        if (error.statusCode >= 500) logFailure(error);
        request.response = jsonResponse({
          statusCode: error.statusCode,
          headers: error.statusCode === 503 ? { ...headers, ...retryLater } : headers,
          body: errorBody(error.code, error.message, error.details),
        });
        return;
      }
      logFailure(error);
      if (isUnavailable(error)) {
        // Nothing was acknowledged: the client may send the same request again.
        request.response = jsonResponse({
          statusCode: 503,
          headers: { ...headers, ...retryLater },
          body: errorBody(
            'service_unavailable',
            'The service is busy or restarting. Please try again shortly.',
          ),
        });
        return;
      }
      request.response = jsonResponse({
        statusCode: 500,
        headers,
        body: errorBody('internal_error', 'Something went wrong on our side. Please try again later.'),
      });
    },
  };
}

export function httpRoute(fn: RouteFn, options: HttpOptions = {}) {
  const handler = middy<APIGatewayProxyEventV2, Response>().use(httpMiddleware(options)).handler(fn);
  // Every line logged while the request runs carries its id (the Lambda's, or the local server's).
  return (event: APIGatewayProxyEventV2, context: Context) =>
    withRequestId(context?.awsRequestId, () => handler(event, context));
}
