import { isValidTreatyId } from '@pactum/shared';
import { z } from 'zod';
import type { RelayControl } from '../Relay.ts';

/** A control message as another process wrote it, checked before anything acts on it. */
export const relayControlSchema: z.ZodType<RelayControl> = z.object({
  kind: z.literal('disconnectMember'),
  treatyId: z.string().refine(isValidTreatyId),
  memberId: z.string().min(1).max(200),
  // Application close codes only, and a reason that fits a close frame.
  code: z.number().int().min(4000).max(4999),
  reason: z.string().max(123),
});
