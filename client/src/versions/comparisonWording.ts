import { type ClauseComparison, type ComparisonStatus, clauseLabel, type TagChange } from '@pactum/shared';

/** What a compared clause is called and how its changes read, in the words of a compare. */
export const STATUS_LABEL: Record<ComparisonStatus, string> = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  changed: 'Changed',
  renumbered: 'Renumbered',
  unchanged: 'Unchanged',
};

/** Where the clause went: "Moved from Article 12 to Article 1", "Renumbered 3 → 4". Null if it stayed. */
export function positionNote({ status, changes, from, to }: ClauseComparison): string | null {
  if (status === 'added' && to) return `New ${clauseLabel(to.number)}`;
  if (status === 'removed' && from) return `Was ${clauseLabel(from.number)}`;
  if (!from || !to) return null;
  if (changes.includes('moved')) return `Moved from ${clauseLabel(from.number)} to ${clauseLabel(to.number)}`;
  if (changes.includes('renumbered')) return `Renumbered ${from.number} → ${to.number}`;
  return null;
}

/** The article as the reader knows it now: its newer number, or its old one if it is gone. */
export function clauseTitle({ from, to }: ClauseComparison): { label: string; heading: string } {
  const side = to ?? from;
  return { label: side ? clauseLabel(side.number) : 'Article', heading: side?.heading ?? '' };
}

const FIELD_LABEL: Record<string, string> = {
  domain: 'Domain',
  threshold: 'Trigger',
  'threshold.trigger': 'Trigger event',
  'threshold.minSeverity': 'Minimum severity',
  'threshold.verifier': 'Verified by',
  'threshold.activation': 'Activation',
  'threshold.consultationHours': 'Consultations within',
  'threshold.assistanceHours': 'Assistance within',
  commitment: 'Commitment',
};

/** A tag change as one line: "Domain: added Maritime", "Assistance within: 72 h → 48 h". */
export function tagChangeText(change: TagChange, domainLabel: (key: string) => string): string {
  const field = FIELD_LABEL[change.field] ?? change.field;
  const value = (v: string) => (change.field === 'domain' ? domainLabel(v) : v);
  if (change.from === null && change.to !== null) return `${field}: added ${value(change.to)}`;
  if (change.to === null && change.from !== null) return `${field}: removed ${value(change.from)}`;
  return `${field}: ${value(change.from ?? '')} → ${value(change.to ?? '')}`;
}

/** A clause a reader has to look at (renumbering alone follows from changes elsewhere). */
export function isChange(clause: ClauseComparison): boolean {
  return clause.status !== 'unchanged' && clause.status !== 'renumbered';
}
