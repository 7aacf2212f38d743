import type { ClauseJSON, TreatyJSON } from '../treatyModel.ts';
import type { ScenarioEvent, Threshold } from './tagSchemas.ts';
import type { ActivationMode } from './vocabulary.ts';

export interface ObligedParty {
  party: string;
  /** The party's name in this treaty; the code when it is not in the party list. */
  name: string;
  capabilities: Array<{ domain: string; capability: string; quantity?: number; unit?: string }>;
}

export interface ActivatedClause {
  clauseId: string;
  number: number;
  heading: string;
  activation: ActivationMode;
  consultationHours: number | null;
  assistanceHours: number | null;
  parties: ObligedParty[];
}

export const WEAK_REASONS = {
  discretionary: 'activation is discretionary: nothing obliges anyone to act',
  noAssistanceDeadline: 'no deadline for assistance',
  noConsultationDeadline: 'activation waits for consultations that have no deadline',
  noCommittedParty: 'no party has committed anything under this clause',
} as const;
export type WeakReason = keyof typeof WEAK_REASONS;

export interface WeakClause {
  clauseId: string;
  number: number;
  heading: string;
  /** In English, joined by "; " (the server's exports write it). */
  reason: string;
  /** The same reasons as keys of {@link WEAK_REASONS}, for wording them in another language. */
  reasons: WeakReason[];
}

export interface ScenarioResult {
  /** Clauses whose guarantee activates (not discretionary), in article order. */
  activated: ActivatedClause[];
  /** Clauses that match the event but leave it to discretion or lack deadlines or parties. */
  weak: WeakClause[];
}

/** Whether an event verified by `verifiedBy` satisfies the threshold's verification. */
function verifiedEnough(threshold: Threshold, verifiedBy: ScenarioEvent['verifiedBy']): boolean {
  return threshold.verifier.kind === 'any-party' || threshold.verifier.kind === verifiedBy;
}

function matches(threshold: Threshold, event: ScenarioEvent): boolean {
  return (
    threshold.trigger === event.trigger &&
    event.severity >= threshold.minSeverity &&
    verifiedEnough(threshold, event.verifiedBy)
  );
}

function weaknesses(clause: ClauseJSON, threshold: Threshold): WeakReason[] {
  const reasons: WeakReason[] = [];
  if (threshold.activation === 'discretionary') reasons.push('discretionary');
  if (threshold.activation === 'automatic-after-consultation' && threshold.consultationHours === null) {
    reasons.push('noConsultationDeadline');
  }
  if (threshold.assistanceHours === null) reasons.push('noAssistanceDeadline');
  if (clause.commitments.length === 0) reasons.push('noCommittedParty');
  return reasons;
}

function obligedParties(clause: ClauseJSON, treaty: TreatyJSON): ObligedParty[] {
  const byParty = new Map<string, ObligedParty>();
  for (const { party, domain, capability, quantity, unit } of clause.commitments) {
    let entry = byParty.get(party);
    if (!entry) {
      const name = treaty.parties.find((p) => p.code === party)?.name ?? party;
      entry = { party, name, capabilities: [] };
      byParty.set(party, entry);
    }
    entry.capabilities.push({
      domain,
      capability,
      ...(quantity !== undefined && { quantity }),
      ...(unit !== undefined && { unit }),
    });
  }
  const order = new Map(treaty.parties.map((p, index) => [p.code, index]));
  return [...byParty.values()].sort(
    (a, b) =>
      (order.get(a.party) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.party) ?? Number.MAX_SAFE_INTEGER),
  );
}

/**
 * "If this event happens, at this severity, verified by this body: which
 * guarantees activate, who owes what, by when — and which clauses still leave
 * it to discretion or to no deadline."
 */
export function evaluateScenario(treaty: TreatyJSON, event: ScenarioEvent): ScenarioResult {
  const result: ScenarioResult = { activated: [], weak: [] };
  for (const clause of treaty.clauses) {
    const { threshold } = clause;
    if (!threshold || !matches(threshold, event)) continue;
    const { clauseId, number, heading } = clause;
    if (threshold.activation !== 'discretionary') {
      result.activated.push({
        clauseId,
        number,
        heading,
        activation: threshold.activation,
        consultationHours: threshold.consultationHours,
        assistanceHours: threshold.assistanceHours,
        parties: obligedParties(clause, treaty),
      });
    }
    const reasons = weaknesses(clause, threshold);
    if (reasons.length > 0) {
      const reason = reasons.map((key) => WEAK_REASONS[key]).join('; ');
      result.weak.push({ clauseId, number, heading, reason, reasons });
    }
  }
  return result;
}
