import { ApiErrorCode } from '@pactum/shared';
import type { RequestHandler } from 'express';
import { HttpError } from './HttpError.ts';

/**
 * Refuses a body declared longer than `maxBytes` before reading any of it,
 * and closes the connection: body-parser would first read (and drop) every
 * declared byte to keep the connection reusable. Bodies without a declared
 * length are counted by the parser as they arrive.
 */
export function declaredBodyLimit(maxBytes: number): RequestHandler {
  return (request, response, next) => {
    const declared = Number(request.headers['content-length']);
    if (declared > maxBytes) {
      response.set('Connection', 'close');
      throw new HttpError(413, ApiErrorCode.PayloadTooLarge, 'request body too large');
    }
    next();
  };
}
