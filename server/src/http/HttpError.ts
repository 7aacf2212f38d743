import { type ApiErrorCode, ApiErrorCode as Code } from '@pactum/shared';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { DomainError, type DomainErrorKind, type ErrorParams } from '../DomainError.ts';
import { isStoreFailure } from '../persistence/isStoreFailure.ts';

/**
 * The http layer's own refusal (origin, rate limit, body, endpoint): a JSON
 * `{error: {code, message, params?}}` response.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    /** Sent with the error, e.g. `Retry-After` on a 429. */
    readonly headers: Record<string, string> = {},
    /** What the client's sentence for `code` names; never a secret. */
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

/** The JSON body of a refusal: `params` only when there are some. */
function errorBody(code: ApiErrorCode, message: string, params?: ErrorParams) {
  return { error: { code, message, ...(params && Object.keys(params).length > 0 ? { params } : {}) } };
}

const STATUS_OF: Record<DomainErrorKind, number> = {
  'not-found': 404,
  forbidden: 403,
  conflict: 409,
  invalid: 400,
  gone: 410,
};

/** Last middleware: every error becomes JSON; internals never reach the client. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error, _request, response, _next) => {
    if (error instanceof HttpError) {
      response.set(error.headers);
      response.status(error.status).json(errorBody(error.code, error.message, error.params));
      return;
    }
    if (error instanceof DomainError) {
      response.status(STATUS_OF[error.kind]).json(errorBody(error.code, error.message, error.params));
      return;
    }
    if (isStoreFailure(error)) {
      log.error({ err: error }, 'the store refused a write');
      response
        .status(503)
        .set('Retry-After', '10')
        .json({
          error: {
            code: Code.StoreUnavailable,
            message: 'the server cannot store changes right now; try again in a moment',
          },
        });
      return;
    }
    // Errors raised by express.json() carry a status and a type.
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status === 413) {
      response.status(413).json({ error: { code: Code.PayloadTooLarge, message: 'request body too large' } });
    } else if (status >= 400 && status < 500) {
      response.status(status).json({ error: { code: Code.BadRequest, message: 'malformed request body' } });
    } else {
      log.error({ err: error }, 'request failed');
      response.status(500).json({ error: { code: Code.Internal, message: 'internal error' } });
    }
  };
}
