import type { CommitmentJSON } from '../tags/readTreatyTags.ts';
import type { Threshold } from '../tags/tagSchemas.ts';
import type { ClauseJSON } from '../treatyModel.ts';
import type { MaterialChange } from './materialChanges.ts';

/** One changed tag value, described for a reader. */
export interface TagChange {
  field: string;
  from: string | null;
  to: string | null;
}

const hours = (value: number | null) => (value === null ? 'none' : `${value} h`);

function thresholdFields(threshold: Threshold): Record<string, string> {
  return {
    trigger: threshold.trigger,
    minSeverity: String(threshold.minSeverity),
    verifier: `${threshold.verifier.kind}${threshold.verifier.name ? ` (${threshold.verifier.name})` : ''}`,
    activation: threshold.activation,
    consultationHours: hours(threshold.consultationHours),
    assistanceHours: hours(threshold.assistanceHours),
  };
}

/** Fields whose change alters when or whether a guarantee activates. */
const MATERIAL_THRESHOLD_FIELDS = new Set([
  'trigger',
  'minSeverity',
  'activation',
  'consultationHours',
  'assistanceHours',
]);

function describeCommitment(c: CommitmentJSON): string {
  const amount = c.quantity !== undefined ? ` ${c.quantity}${c.unit ? ` ${c.unit}` : ''}` : '';
  return `${c.party} · ${c.domain} · ${c.capability}${amount}`;
}

export interface TagComparison {
  changes: TagChange[];
  material: MaterialChange[];
}

/** What changed in a clause's domains, threshold and commitments. */
export function compareTags(before: ClauseJSON, after: ClauseJSON): TagComparison {
  const changes: TagChange[] = [];
  const material: MaterialChange[] = [];

  for (const domain of before.domains)
    if (!after.domains.includes(domain)) changes.push({ field: 'domain', from: domain, to: null });
  for (const domain of after.domains)
    if (!before.domains.includes(domain)) changes.push({ field: 'domain', from: null, to: domain });

  if (before.threshold || after.threshold) {
    const a = before.threshold ? thresholdFields(before.threshold) : {};
    const b = after.threshold ? thresholdFields(after.threshold) : {};
    if (!before.threshold || !after.threshold) {
      changes.push({
        field: 'threshold',
        from: before.threshold ? 'set' : null,
        to: after.threshold ? 'set' : null,
      });
      material.push({
        kind: 'threshold',
        description: after.threshold ? 'threshold added' : 'threshold removed',
        detail: { of: 'threshold', added: Boolean(after.threshold) },
      });
    }
    for (const field of Object.keys({ ...a, ...b })) {
      if (a[field] === b[field]) continue;
      changes.push({ field: `threshold.${field}`, from: a[field] ?? null, to: b[field] ?? null });
      if (before.threshold && after.threshold && MATERIAL_THRESHOLD_FIELDS.has(field)) {
        material.push({
          kind: 'threshold',
          description: `${field} ${a[field]} → ${b[field]}`,
          detail: { of: 'thresholdField', field, from: a[field] ?? '', to: b[field] ?? '' },
        });
      }
    }
  }

  const beforeById = new Map(before.commitments.map((c) => [c.id, c]));
  const afterById = new Map(after.commitments.map((c) => [c.id, c]));
  for (const [id, c] of beforeById) {
    const next = afterById.get(id);
    if (!next) {
      changes.push({ field: 'commitment', from: describeCommitment(c), to: null });
      material.push({
        kind: 'commitment',
        description: `commitment removed: ${describeCommitment(c)}`,
        detail: { of: 'commitmentRemoved', commitment: describeCommitment(c) },
      });
    } else if (describeCommitment(c) !== describeCommitment(next)) {
      changes.push({ field: 'commitment', from: describeCommitment(c), to: describeCommitment(next) });
      if (c.party !== next.party)
        material.push({
          kind: 'party',
          description: `commitment moved from ${c.party} to ${next.party}`,
          detail: { of: 'commitmentMoved', from: c.party, to: next.party },
        });
    }
  }
  for (const [id, c] of afterById) {
    if (!beforeById.has(id)) changes.push({ field: 'commitment', from: null, to: describeCommitment(c) });
  }
  return { changes, material };
}
