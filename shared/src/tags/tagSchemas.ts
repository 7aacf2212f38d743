import { z } from 'zod';
import {
  ACTIVATION_MODES,
  MAX_DEADLINE_HOURS,
  MAX_SEVERITY,
  MIN_SEVERITY,
  TRIGGER_KINDS,
  VERIFIER_KINDS,
} from './vocabulary.ts';

export const DomainKey = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{1,47}$/,
    'must be 2-48 lowercase letters, digits or dashes, starting with a letter',
  );

export const PartyCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,5}$/, 'must be 2-6 capital letters or digits, e.g. UA');

const Hours = z
  .number('must be a number of hours')
  .int('must be a whole number of hours')
  .min(0, 'must not be negative')
  .max(MAX_DEADLINE_HOURS, `must be at most ${MAX_DEADLINE_HOURS} hours`);

export const Severity = z
  .number('must be a number')
  .int('must be a whole number')
  .min(MIN_SEVERITY, `must be at least ${MIN_SEVERITY}`)
  .max(MAX_SEVERITY, `must be at most ${MAX_SEVERITY}`);

export const Verifier = z.strictObject({
  kind: z.enum(VERIFIER_KINDS),
  name: z.string().max(200, 'must be at most 200 characters'),
});

/** When a clause's guarantee activates. A clause without one is not a trigger clause. */
export const Threshold = z.strictObject({
  trigger: z.enum(TRIGGER_KINDS),
  minSeverity: Severity,
  verifier: Verifier,
  activation: z.enum(ACTIVATION_MODES),
  consultationHours: Hours.nullable(),
  assistanceHours: Hours.nullable(),
});
export type Threshold = z.infer<typeof Threshold>;

/** What one party owes under a clause, in one domain. */
export const Commitment = z.strictObject({
  party: PartyCode,
  domain: DomainKey,
  capability: z.string().max(500, 'must be at most 500 characters'),
  quantity: z.number('must be a number').nonnegative('must not be negative').optional(),
  unit: z.string().max(40, 'must be at most 40 characters').optional(),
});
export type Commitment = z.infer<typeof Commitment>;

export const Party = z.strictObject({
  code: PartyCode,
  name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
});
export type Party = z.infer<typeof Party>;

export const CustomDomain = z.strictObject({
  key: DomainKey,
  label: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a hex colour like #336699'),
});
export type CustomDomain = z.infer<typeof CustomDomain>;

/** The tags of one clause as plain data (the public API shape). */
export interface ClauseTags {
  domains: string[];
  threshold: Threshold | null;
  commitments: Commitment[];
}

/** An event to check the treaty against: `POST /api/treaties/:id/scenario`. */
export const ScenarioEvent = z.strictObject({
  trigger: z.enum(TRIGGER_KINDS),
  severity: Severity,
  verifiedBy: z.enum(VERIFIER_KINDS),
});
export type ScenarioEvent = z.infer<typeof ScenarioEvent>;
