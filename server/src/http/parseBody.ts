import { ApiErrorCode } from '@pactum/shared';
import type { z } from 'zod';
import { HttpError } from './HttpError.ts';

/** Validates a JSON body; a 400 names every field that is wrong and why. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw invalidRequest(parsed.error);
}

/**
 * The 400 of a request that failed its schema: the message names every
 * field that is wrong and why; `params.field` names the first (for the
 * client's sentence), unless the body as a whole is wrong.
 */
export function invalidRequest(error: z.ZodError): HttpError {
  const message = error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  const field = error.issues[0]?.path.map(String).join('.');
  return new HttpError(400, ApiErrorCode.BadRequest, message.join('; '), {}, field ? { field } : undefined);
}
