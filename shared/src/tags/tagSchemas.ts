import { z } from 'zod';
import {
  Capability,
  DomainColor,
  DomainKey,
  DomainLabel,
  Hours,
  PartyCode,
  PartyName,
  Quantity,
  Severity,
  Unit,
  VerifierName,
} from './tagFields.ts';
import { ACTIVATION_MODES, TRIGGER_KINDS, VERIFIER_KINDS } from './vocabulary.ts';

export { DomainKey, PartyCode, Severity } from './tagFields.ts';

export const Verifier = z.strictObject({
  kind: z.enum(VERIFIER_KINDS),
  name: VerifierName,
});

/** When a clause's guarantee activates. A clause without one is not a trigger clause. */
export const Threshold = z.strictObject({
  trigger: z.enum(TRIGGER_KINDS),
  minSeverity: Severity,
  verifier: Verifier,
  activation: z.enum(ACTIVATION_MODES),
  consultationHours: z.nullable(Hours),
  assistanceHours: z.nullable(Hours),
});
export type Threshold = z.infer<typeof Threshold>;

/** What one party owes under a clause, in one domain. */
export const Commitment = z.strictObject({
  party: PartyCode,
  domain: DomainKey,
  capability: Capability,
  quantity: z.optional(Quantity),
  unit: z.optional(Unit),
});
export type Commitment = z.infer<typeof Commitment>;

export const Party = z.strictObject({
  code: PartyCode,
  name: PartyName,
});
export type Party = z.infer<typeof Party>;

export const CustomDomain = z.strictObject({
  key: DomainKey,
  label: DomainLabel,
  color: DomainColor,
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
