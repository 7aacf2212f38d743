import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJSON } from '../canonicalJSON.ts';
import type { ClauseJSON } from '../treatyModel.ts';

/** Hex SHA-256 of a UTF-8 string; synchronous, so the browser and the server compute it alike. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * What a sign-off binds to: a clause's text and tags, not its position (a
 * renumbering does not change what was agreed) and not incidental ids or
 * insertion order of its commitments.
 */
export function clauseContent(clause: ClauseJSON) {
  return {
    heading: clause.heading,
    body: clause.body,
    domains: [...clause.domains].sort(),
    threshold: clause.threshold,
    commitments: clause.commitments.map(({ id: _id, ...commitment }) => canonicalJSON(commitment)).sort(),
  };
}

/** SHA-256 of the clause's canonical content (text + tags). */
export function clauseContentHash(clause: ClauseJSON): string {
  return sha256Hex(canonicalJSON(clauseContent(clause)));
}
