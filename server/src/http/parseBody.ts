import { ApiErrorCode } from '@pactum/shared';
import type { z } from 'zod';
import { HttpError } from './HttpError.ts';

/** Validates a JSON body; a 400 names every field that is wrong and why. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  throw new HttpError(400, ApiErrorCode.BadRequest, message.join('; '));
}
