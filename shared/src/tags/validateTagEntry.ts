import * as z from 'zod/mini';
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
import { splitTagKey, TagRoot, THRESHOLD_FIELDS, type ThresholdField } from './tagsLayout.ts';
import { ACTIVATION_MODES, DEFAULT_DOMAINS, TRIGGER_KINDS, VERIFIER_KINDS } from './vocabulary.ts';

const CLAUSE_ID = /^c-[a-z0-9]{4,40}$/;
const COMMITMENT_ID = /^m-[a-z0-9]{4,40}$/;
const AddedAt = z.int().check(z.gte(0));

const thresholdFieldSchemas: Record<ThresholdField, z.ZodMiniType> = {
  trigger: z.enum(TRIGGER_KINDS),
  minSeverity: Severity,
  verifierKind: z.enum(VERIFIER_KINDS),
  verifierName: VerifierName,
  activation: z.enum(ACTIVATION_MODES),
  consultationHours: z.nullable(Hours),
  assistanceHours: z.nullable(Hours),
};

const StoredCommitmentSchema = z.strictObject({
  clauseId: z.string().check(z.regex(CLAUSE_ID)),
  party: PartyCode,
  domain: DomainKey,
  capability: Capability,
  quantity: z.optional(Quantity),
  unit: z.optional(Unit),
  addedAt: AddedAt,
});

const StoredParty = z.strictObject({ name: PartyName, addedAt: AddedAt });
const StoredCustomDomain = z.strictObject({ label: DomainLabel, color: DomainColor, addedAt: AddedAt });

function firstIssue(result: { success: boolean; error?: z.core.$ZodError }): string | null {
  if (result.success) return null;
  const issue = result.error?.issues[0];
  return issue ? `${issue.path.join('.') || 'value'} ${issue.message}` : 'invalid value';
}

/**
 * Checks one entry of a tag root map (see tagsLayout.ts) as the server finds
 * it after a client's update. Returns a message for an invalid entry, null
 * for a valid one. `isKnownDomain` decides whether a domain key exists in
 * this treaty (default or custom).
 */
export function validateTagEntry(
  root: TagRoot,
  key: string,
  value: unknown,
  isKnownDomain: (key: string) => boolean,
): string | null {
  switch (root) {
    case TagRoot.clauseDomains: {
      const parts = splitTagKey(key);
      if (!parts || !CLAUSE_ID.test(parts.clauseId)) return `bad domain tag key "${key}"`;
      if (!isKnownDomain(parts.part)) return `unknown domain "${parts.part}"`;
      return value === true ? null : 'a domain tag must be true';
    }
    case TagRoot.clauseThresholds: {
      const parts = splitTagKey(key);
      if (!parts || !CLAUSE_ID.test(parts.clauseId)) return `bad threshold key "${key}"`;
      if (!(THRESHOLD_FIELDS as readonly string[]).includes(parts.part))
        return `unknown threshold field "${parts.part}"`;
      const issue = firstIssue(thresholdFieldSchemas[parts.part as ThresholdField].safeParse(value));
      return issue && `${parts.part}: ${issue.replace(/^value /, '')}`;
    }
    case TagRoot.commitments: {
      if (!COMMITMENT_ID.test(key)) return `bad commitment id "${key}"`;
      const issue = firstIssue(StoredCommitmentSchema.safeParse(value));
      if (issue) return `commitment: ${issue}`;
      const domain = (value as { domain: string }).domain;
      return isKnownDomain(domain) ? null : `unknown domain "${domain}"`;
    }
    case TagRoot.parties: {
      if (!PartyCode.safeParse(key).success) return `bad party code "${key}"`;
      const issue = firstIssue(StoredParty.safeParse(value));
      return issue && `party: ${issue}`;
    }
    case TagRoot.customDomains: {
      if (!DomainKey.safeParse(key).success) return `bad domain key "${key}"`;
      if (DEFAULT_DOMAINS.some((domain) => domain.key === key)) return `"${key}" is a default domain`;
      const issue = firstIssue(StoredCustomDomain.safeParse(value));
      return issue && `domain: ${issue}`;
    }
  }
}
