import type { ConcordanceRecord } from './concordance.ts';

/**
 * Where the agreement workflow lives in a treaty's Y.Doc: root `Y.Map`s that
 * only the server writes (after authorising the REST call that asks for it);
 * `AgreementGuard` reverts any client write to them. Keeping them in the
 * document syncs them live to everyone and puts them in every version.
 *
 * | root map       | key                         | value               |
 * |----------------|-----------------------------|---------------------|
 * | `signoffs`     | `<clauseId>/<delegation>`   | {@link SignOff}     |
 * | `brackets`     | `<clauseId>/<delegation>`   | {@link Bracket}     |
 * | `options`      | `<optionId>`                | {@link ClauseOption}|
 * | `comments`     | `<commentId>`               | {@link ClauseComment}|
 * | `reservations` | `<reservationId>`           | {@link Reservation} |
 * | `concordance`  | `<clauseId>`                | {@link ConcordanceRecord} |
 */
export const AgreementRoot = {
  signoffs: 'signoffs',
  brackets: 'brackets',
  options: 'options',
  comments: 'comments',
  reservations: 'reservations',
  concordance: 'concordance',
} as const;
export type AgreementRoot = (typeof AgreementRoot)[keyof typeof AgreementRoot];
export const AGREEMENT_ROOTS: readonly AgreementRoot[] = Object.values(AgreementRoot);

/** Who did something, as the server's session knows them. */
export interface Actor {
  memberId: string;
  name: string;
  delegation: string;
}

export interface SignOff {
  clauseId: string;
  delegation: string;
  by: Actor;
  /** ISO 8601. */
  at: string;
  /** SHA-256 of the clause's canonical content when it was signed. */
  contentHash: string;
  /** Agreed subject to confirmation by the capital. */
  adReferendum: boolean;
}

export interface Bracket {
  clauseId: string;
  delegation: string;
  by: Actor;
  at: string;
  reason?: string;
}

export interface ClauseOption {
  id: string;
  clauseId: string;
  /** "A", "B", … in the order options were proposed for the clause. */
  label: string;
  paragraphs: string[];
  proposedBy: Actor;
  at: string;
  /** Delegations that support this wording. */
  supporters: string[];
  adopted?: { by: Actor; at: string };
  /** Set on the other options when one is adopted; they stay for the record. */
  setAside?: { at: string };
}

export interface ClauseComment {
  id: string;
  clauseId: string;
  /** The comment this one answers; absent for the start of a thread. */
  parentId?: string;
  by: Actor;
  at: string;
  text: string;
  resolved?: { by: Actor; at: string };
}

export interface Reservation {
  id: string;
  clauseId: string;
  delegation: string;
  by: Actor;
  at: string;
  text: string;
  withdrawn?: { by: Actor; at: string };
}

export function agreementKey(clauseId: string, delegation: string): string {
  return `${clauseId}/${delegation}`;
}
