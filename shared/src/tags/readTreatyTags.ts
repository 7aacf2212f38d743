import type * as Y from 'yjs';
import type { ClauseTags, Commitment, Party, Threshold } from './tagSchemas.ts';
import { type StoredCommitment, splitTagKey, TAG_ROOTS, TagRoot } from './tagsLayout.ts';
import { validateTagEntry } from './validateTagEntry.ts';
import { DEFAULT_DOMAINS, type Domain } from './vocabulary.ts';

/** A commitment with the id it is edited by. */
export interface CommitmentJSON extends Commitment {
  id: string;
}

export interface ClauseTagsJSON extends ClauseTags {
  commitments: CommitmentJSON[];
}

/** Every tag of a treaty, read once from its Y.Doc. */
export interface TreatyTags {
  /** The treaty's delegations, in the order they were added. */
  parties: Party[];
  /** Default domains, then the treaty's own. */
  domains: Domain[];
  byClause: Map<string, ClauseTagsJSON>;
}

export const EMPTY_CLAUSE_TAGS: ClauseTagsJSON = Object.freeze({
  domains: [],
  threshold: null,
  commitments: [],
});

/** The tag root maps of a doc, by name. */
export function tagMaps(doc: Y.Doc): Record<TagRoot, Y.Map<unknown>> {
  return Object.fromEntries(TAG_ROOTS.map((root) => [root, doc.getMap(root)])) as Record<
    TagRoot,
    Y.Map<unknown>
  >;
}

type Entry = [key: string, value: unknown];

const byAddedAt = ([, a]: Entry, [, b]: Entry) =>
  (a as { addedAt: number }).addedAt - (b as { addedAt: number }).addedAt;

/**
 * Reads all tags of a treaty. Entries that do not validate are skipped, so a
 * reader never shows a malformed value (the server also reverts them).
 */
export function readTreatyTags(doc: Y.Doc): TreatyTags {
  const maps = tagMaps(doc);
  const validEntries = (root: TagRoot, isKnownDomain: (key: string) => boolean): Entry[] =>
    [...maps[root].entries()].filter(
      ([key, value]) => validateTagEntry(root, key, value, isKnownDomain) === null,
    );

  const customDomains = validEntries(TagRoot.customDomains, () => true).sort(byAddedAt);
  const customKeys = new Set(customDomains.map(([key]) => key));
  const isKnownDomain = (key: string) =>
    DEFAULT_DOMAINS.some((domain) => domain.key === key) || customKeys.has(key);
  const valid = (root: TagRoot) => validEntries(root, isKnownDomain);

  const domains: Domain[] = [
    ...DEFAULT_DOMAINS,
    ...customDomains.map(([key, value]) => {
      const { label, color } = value as { label: string; color: string };
      return { key, label, color };
    }),
  ];
  const parties: Party[] = valid(TagRoot.parties)
    .sort(byAddedAt)
    .map(([code, value]) => ({ code, name: (value as { name: string }).name }));

  const byClause = new Map<string, ClauseTagsJSON>();
  const tagsOf = (clauseId: string) => {
    let tags = byClause.get(clauseId);
    if (!tags) {
      tags = { domains: [], threshold: null, commitments: [] };
      byClause.set(clauseId, tags);
    }
    return tags;
  };
  const domainOrder = new Map(domains.map((domain, index) => [domain.key, index]));
  for (const [key] of valid(TagRoot.clauseDomains)) {
    const parts = splitTagKey(key);
    if (parts) tagsOf(parts.clauseId).domains.push(parts.part);
  }
  for (const tags of byClause.values()) {
    tags.domains.sort((a, b) => (domainOrder.get(a) ?? 0) - (domainOrder.get(b) ?? 0));
  }

  const thresholdFields = new Map<string, Record<string, unknown>>();
  for (const [key, value] of valid(TagRoot.clauseThresholds)) {
    const parts = splitTagKey(key);
    if (!parts) continue;
    const fields = thresholdFields.get(parts.clauseId) ?? {};
    fields[parts.part] = value;
    thresholdFields.set(parts.clauseId, fields);
  }
  for (const [clauseId, fields] of thresholdFields) {
    if (fields.trigger !== undefined) tagsOf(clauseId).threshold = thresholdFrom(fields);
  }

  const commitments = valid(TagRoot.commitments)
    .map(([id, value]) => ({ id, ...(value as StoredCommitment) }))
    .sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
  for (const { id, clauseId, addedAt: _addedAt, ...commitment } of commitments) {
    tagsOf(clauseId).commitments.push({ id, ...commitment });
  }
  return { parties, domains, byClause };
}

/** Missing fields (a concurrent removal racing an edit) fall back to the weakest reading. */
function thresholdFrom(fields: Record<string, unknown>): Threshold {
  return {
    trigger: fields.trigger as Threshold['trigger'],
    minSeverity: (fields.minSeverity as number | undefined) ?? 1,
    verifier: {
      kind: (fields.verifierKind as Threshold['verifier']['kind'] | undefined) ?? 'any-party',
      name: (fields.verifierName as string | undefined) ?? '',
    },
    activation: (fields.activation as Threshold['activation'] | undefined) ?? 'discretionary',
    consultationHours: (fields.consultationHours as number | null | undefined) ?? null,
    assistanceHours: (fields.assistanceHours as number | null | undefined) ?? null,
  };
}
