import { z } from 'zod';
import { Limits } from './wire.ts';

/** `POST /api/treaties` body. */
export const CreateTreatyRequest = z.strictObject({
  title: z
    .string('must be a string')
    .trim()
    .min(1, 'must not be empty')
    .max(Limits.maxTitleLength, `must be at most ${Limits.maxTitleLength} characters`),
});
export type CreateTreatyRequest = z.infer<typeof CreateTreatyRequest>;

/** One row of `GET /api/treaties`. */
export interface TreatySummary {
  id: string;
  title: string;
  clauseCount: number;
  /** ISO 8601. */
  updatedAt: string;
}

/** Error body of every failed API call. */
export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}

export const ApiErrorCode = {
  BadRequest: 'bad_request',
  InvalidTreatyId: 'invalid_treaty_id',
  NotFound: 'not_found',
  PayloadTooLarge: 'payload_too_large',
  Internal: 'internal',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];
