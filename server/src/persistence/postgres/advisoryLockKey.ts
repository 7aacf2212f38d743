import crypto from 'node:crypto';

/**
 * The first half of Pactum's advisory lock keys, one per purpose. Locks taken
 * with two int4 keys never conflict with locks taken with one bigint key.
 */
export const LOCK_PURPOSE = {
  migrations: 0x50430001,
  compaction: 0x50430002,
  audit: 0x50430003,
  /** Locks taken by name through a transaction's scope (`TransactionScope.lock`). */
  named: 0x50430004,
} as const;

/**
 * The key pair of `purpose`'s lock on one treaty. Two treaties whose ids hash
 * alike share a lock: they wait for each other, nothing worse.
 */
export function treatyLockKey(purpose: number, treatyId: string): [number, number] {
  return [purpose, crypto.createHash('sha256').update(treatyId).digest().readInt32BE(0)];
}
