import { sha256Hex } from '../agreement/clauseContentHash.ts';
import { canonicalJSON } from '../canonicalJSON.ts';

/** The hash the first entry of a chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditActor {
  /** `operator` for the admin token; otherwise the member. */
  kind: 'member' | 'operator';
  memberId?: string;
  name: string;
  delegation?: string;
}

/** One entry of a treaty's audit log. */
export interface AuditEntry {
  treatyId: string;
  /** 1, 2, 3, … without gaps. */
  seq: number;
  /** ISO 8601. */
  at: string;
  actor: AuditActor;
  /** e.g. `signoff.given`, `invite.created`. */
  event: string;
  details: Record<string, unknown>;
  /** The previous entry's hash ({@link GENESIS_HASH} for the first). */
  prevHash: string;
  /** SHA-256 over the canonical JSON of every other field. */
  hash: string;
}

export function auditEntryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { treatyId, seq, at, actor, event, details, prevHash } = entry;
  return sha256Hex(canonicalJSON({ treatyId, seq, at, actor, event, details, prevHash }));
}

export type AuditVerification =
  | { ok: true; entries: number; lastHash: string }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/**
 * Recomputes the chain in the order given. Reports the first entry (by
 * position, 1-based) whose content no longer matches its hash, whose link to
 * the previous entry is broken, or whose sequence number is out of place: a
 * changed, deleted, inserted or reordered entry all show up.
 */
export function verifyAuditChain(entries: readonly AuditEntry[]): AuditVerification {
  let prevHash = GENESIS_HASH;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as AuditEntry;
    const position = index + 1;
    const broken = (reason: string): AuditVerification => ({
      ok: false,
      entries: entries.length,
      brokenAt: position,
      reason,
    });
    if (entry.seq !== position) return broken(`entry ${position} carries sequence number ${entry.seq}`);
    if (entry.prevHash !== prevHash) {
      return broken(`entry ${position} does not point to the hash of entry ${position - 1}`);
    }
    if (auditEntryHash(entry) !== entry.hash) {
      return broken(`entry ${position} was changed after it was written`);
    }
    prevHash = entry.hash;
  }
  return { ok: true, entries: entries.length, lastHash: prevHash };
}
