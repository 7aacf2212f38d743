/**
 * Where clause tags live in the treaty's Y.Doc, beside the `treaty` fragment
 * (see treatyLayout.ts). Every tag is one entry of a root Y.Map, keyed by the
 * clause's stable id, so tags follow a clause through moves and renumbering,
 * and two delegations editing different tags never overwrite each other (no
 * nested container has to be created first, which could race).
 *
 * | root map          | key                          | value                                  |
 * |-------------------|------------------------------|----------------------------------------|
 * | `clauseDomains`   | `<clauseId>/<domainKey>`     | `true` (absent = not tagged)           |
 * | `clauseThresholds`| `<clauseId>/<field>`         | one {@link ThresholdField} value; the  |
 * |                   |                              | clause has a threshold iff `trigger` is set |
 * | `commitments`     | `<commitmentId>`             | {@link StoredCommitment}               |
 * | `parties`         | `<party code>`               | `{ name, addedAt }`                    |
 * | `customDomains`   | `<domainKey>`                | `{ label, color, addedAt }`            |
 *
 * Tags of a deleted clause stay in the maps, so undoing the deletion (same
 * clauseId) brings them back; readers only look at clauses in the text.
 */
export const TagRoot = {
  clauseDomains: 'clauseDomains',
  clauseThresholds: 'clauseThresholds',
  commitments: 'commitments',
  parties: 'parties',
  customDomains: 'customDomains',
} as const;
export type TagRoot = (typeof TagRoot)[keyof typeof TagRoot];

export const TAG_ROOTS: readonly TagRoot[] = Object.values(TagRoot);

/**
 * The treaty's parties and its own domains change what its articles mean
 * (who must agree, what a tag says): only the server writes them, after the
 * chair's REST call. Clients write the other tag roots directly.
 */
export const SERVER_TAG_ROOTS: readonly TagRoot[] = [TagRoot.parties, TagRoot.customDomains];
export const CLIENT_TAG_ROOTS: readonly TagRoot[] = TAG_ROOTS.filter(
  (root) => !SERVER_TAG_ROOTS.includes(root),
);

/** Threshold fields as stored, one map entry each. */
export const THRESHOLD_FIELDS = [
  'trigger',
  'minSeverity',
  'verifierKind',
  'verifierName',
  'activation',
  'consultationHours',
  'assistanceHours',
] as const;
export type ThresholdField = (typeof THRESHOLD_FIELDS)[number];

/** A commitment as stored in `commitments`. */
export interface StoredCommitment {
  clauseId: string;
  party: string;
  domain: string;
  capability: string;
  quantity?: number;
  unit?: string;
  /** Creation time (ms); orders a clause's commitments. */
  addedAt: number;
}

export function tagKey(clauseId: string, part: string): string {
  return `${clauseId}/${part}`;
}

/** Splits `<clauseId>/<part>`; null if the key has another shape. */
export function splitTagKey(key: string): { clauseId: string; part: string } | null {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1 || key.indexOf('/', slash + 1) !== -1) return null;
  return { clauseId: key.slice(0, slash), part: key.slice(slash + 1) };
}
