import type * as Y from 'yjs';
import type { z } from 'zod';
import { randomId } from '../treatyId.ts';
import { readTreatyTags } from './readTreatyTags.ts';
import { Commitment, CustomDomain, Party, Threshold } from './tagSchemas.ts';
import { type StoredCommitment, TagRoot, THRESHOLD_FIELDS, tagKey } from './tagsLayout.ts';
import { DEFAULT_DOMAINS } from './vocabulary.ts';

/** What was wrong with tag input, as data, so a client can word it in its own language. */
export type TagInputProblem =
  | { kind: 'issue'; issue: z.core.$ZodIssue }
  | { kind: 'unknown-domain'; key: string }
  | { kind: 'default-domain'; key: string }
  | { kind: 'commitment-removed' }
  | { kind: 'invalid' };

/** Invalid tag input from a user: which field (if one) and why, so a form can show it next to the field. */
export class TagInputError extends Error {
  override name = 'TagInputError';

  constructor(
    readonly reason: string,
    /** Dotted path of the offending field, e.g. `consultationHours`; null when it is not one field. */
    readonly field: string | null = null,
    readonly problem: TagInputProblem = { kind: 'invalid' },
  ) {
    super(field ? `${field} ${reason}` : reason);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new TagInputError('invalid value');
  throw new TagInputError(issue.message, issue.path.map(String).join('.') || null, { kind: 'issue', issue });
}

function assertKnownDomain(doc: Y.Doc, key: string): void {
  if (!readTreatyTags(doc).domains.some((domain) => domain.key === key)) {
    throw new TagInputError(`unknown domain "${key}"`, null, { kind: 'unknown-domain', key });
  }
}

const map = (doc: Y.Doc, root: TagRoot) => doc.getMap<unknown>(root);

export function setClauseDomain(doc: Y.Doc, clauseId: string, domainKey: string, tagged: boolean): void {
  const key = tagKey(clauseId, domainKey);
  if (!tagged) {
    map(doc, TagRoot.clauseDomains).delete(key);
    return;
  }
  assertKnownDomain(doc, domainKey);
  map(doc, TagRoot.clauseDomains).set(key, true);
}

/** Sets the whole threshold of a clause, or removes it with `null`. */
export function setThreshold(doc: Y.Doc, clauseId: string, threshold: Threshold | null): void {
  const checked = threshold && parse<Threshold>(Threshold, threshold);
  const thresholds = map(doc, TagRoot.clauseThresholds);
  doc.transact(() => {
    const fields = checked
      ? {
          trigger: checked.trigger,
          minSeverity: checked.minSeverity,
          verifierKind: checked.verifier.kind,
          verifierName: checked.verifier.name,
          activation: checked.activation,
          consultationHours: checked.consultationHours,
          assistanceHours: checked.assistanceHours,
        }
      : null;
    for (const field of THRESHOLD_FIELDS) {
      const key = tagKey(clauseId, field);
      // Only changed fields are written, so concurrent edits of other fields survive.
      if (!fields) thresholds.delete(key);
      else if (thresholds.get(key) !== fields[field]) thresholds.set(key, fields[field]);
    }
  });
}

export function newCommitmentId(): string {
  return `m-${randomId(12)}`;
}

/** Adds a commitment; `keep` carries over the id and order of an imported one. */
export function addCommitment(
  doc: Y.Doc,
  clauseId: string,
  commitment: Commitment,
  keep: { id?: string; addedAt?: number } = {},
): string {
  const checked = parse<Commitment>(Commitment, commitment);
  assertKnownDomain(doc, checked.domain);
  const id = keep.id ?? newCommitmentId();
  const stored: StoredCommitment = { clauseId, ...checked, addedAt: keep.addedAt ?? Date.now() };
  map(doc, TagRoot.commitments).set(id, stored);
  return id;
}

export function updateCommitment(doc: Y.Doc, id: string, commitment: Commitment): void {
  const current = map(doc, TagRoot.commitments).get(id) as StoredCommitment | undefined;
  if (!current)
    throw new TagInputError('this commitment was removed by someone else', null, {
      kind: 'commitment-removed',
    });
  const checked = parse<Commitment>(Commitment, commitment);
  assertKnownDomain(doc, checked.domain);
  map(doc, TagRoot.commitments).set(id, { clauseId: current.clauseId, ...checked, addedAt: current.addedAt });
}

export function removeCommitment(doc: Y.Doc, id: string): void {
  map(doc, TagRoot.commitments).delete(id);
}

/** Adds a party or renames an existing one (keeping its place in the list). */
export function setParty(doc: Y.Doc, party: Party): void {
  const checked = parse<Party>(Party, party);
  const parties = map(doc, TagRoot.parties);
  const existing = parties.get(checked.code) as { addedAt: number } | undefined;
  parties.set(checked.code, { name: checked.name, addedAt: existing?.addedAt ?? Date.now() });
}

export function removeParty(doc: Y.Doc, code: string): void {
  map(doc, TagRoot.parties).delete(code);
}

export function addCustomDomain(doc: Y.Doc, domain: CustomDomain): void {
  const checked = parse<CustomDomain>(CustomDomain, domain);
  if (DEFAULT_DOMAINS.some((d) => d.key === checked.key))
    throw new TagInputError(`"${checked.key}" is a default domain`, null, {
      kind: 'default-domain',
      key: checked.key,
    });
  map(doc, TagRoot.customDomains).set(checked.key, {
    label: checked.label,
    color: checked.color,
    addedAt: Date.now(),
  });
}
