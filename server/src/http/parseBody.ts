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
 * field that is wrong and why; `params.field` names the first and
 * `params.issue` its kind (for the client's sentence), unless the body as a
 * whole is wrong.
 */
export function invalidRequest(error: z.ZodError): HttpError {
  const message = error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  const first = error.issues[0];
  const field = first?.path.map(String).join('.');
  // The kind of the first problem (zod's issue code: too_small, too_big, invalid_type…) lets the client say what is wrong.
  return new HttpError(
    400,
    ApiErrorCode.BadRequest,
    message.join('; '),
    {},
    field && first ? { field, issue: first.code } : undefined,
  );
}
