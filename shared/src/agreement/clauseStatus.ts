import type { Party } from '../tags/tagSchemas.ts';
import type { ClauseJSON, TreatyJSON } from '../treatyModel.ts';
import type { Bracket, ClauseComment, ClauseOption, Reservation, SignOff } from './agreementLayout.ts';
import { clauseContentHash } from './clauseContentHash.ts';
import {
  type ClauseConcordance,
  CONCORDANCE_STATUSES,
  ConcordanceStatus,
  clauseConcordance,
} from './concordance.ts';
import { type AgreementRecords, type ClauseRecord, recordOf } from './readAgreement.ts';

export const ClauseStatus = {
  draft: 'draft',
  bracketed: 'bracketed',
  agreedAdReferendum: 'agreed ad referendum',
  agreed: 'agreed',
} as const;
export type ClauseStatus = (typeof ClauseStatus)[keyof typeof ClauseStatus];

export interface SignOffState extends SignOff {
  /** False once the clause's content no longer matches what was signed. */
  current: boolean;
}

/** Where one clause stands: derived, never stored. */
export interface ClauseAgreement {
  clauseId: string;
  number: number;
  label: string;
  heading: string;
  status: ClauseStatus;
  contentHash: string;
  signoffs: SignOffState[];
  /** Party delegations holding a current sign-off. */
  signedBy: string[];
  /** Party delegations whose sign-off no longer matches the text. */
  staleBy: string[];
  /** Party delegations without a current sign-off. */
  missing: string[];
  brackets: Bracket[];
  options: ClauseOption[];
  comments: ClauseComment[];
  openComments: number;
  /** Reservations in force (withdrawn ones are left out). */
  reservations: Reservation[];
  concordance: ClauseConcordance;
  /** Every party holds a current sign-off and no bracket stands, but the language texts are not concordant. */
  awaitingConcordance: boolean;
}

/**
 * `agreed` when every party holds a current sign-off and the language texts
 * are concordant, `agreed ad referendum` when in addition at least one signed
 * ad referendum, `bracketed` while any delegation holds a bracket, `draft`
 * otherwise. A treaty without parties has nobody to agree, so its clauses
 * stay drafts.
 */
export function clauseAgreement(
  clause: ClauseJSON,
  parties: readonly Party[],
  record: ClauseRecord,
): ClauseAgreement {
  const contentHash = clauseContentHash(clause);
  const partyCodes = new Set(parties.map((party) => party.code));
  const signoffs = record.signoffs.map((signoff) => ({
    ...signoff,
    current: signoff.contentHash === contentHash,
  }));
  const current = signoffs.filter((signoff) => signoff.current && partyCodes.has(signoff.delegation));
  const signedBy = parties.map((p) => p.code).filter((code) => current.some((s) => s.delegation === code));
  const staleBy = signoffs
    .filter((signoff) => !signoff.current && partyCodes.has(signoff.delegation))
    .map((signoff) => signoff.delegation);
  const missing = parties.map((p) => p.code).filter((code) => !signedBy.includes(code));
  const concordance = clauseConcordance(clause, record.concordance.at(-1));
  const signedByAll = record.brackets.length === 0 && parties.length > 0 && missing.length === 0;
  const awaitingConcordance = signedByAll && concordance.status !== ConcordanceStatus.concordant;
  let status: ClauseStatus = ClauseStatus.draft;
  if (record.brackets.length > 0) status = ClauseStatus.bracketed;
  else if (signedByAll && !awaitingConcordance) {
    status = current.some((signoff) => signoff.adReferendum)
      ? ClauseStatus.agreedAdReferendum
      : ClauseStatus.agreed;
  }
  return {
    clauseId: clause.clauseId,
    number: clause.number,
    label: clause.label,
    heading: clause.heading,
    status,
    contentHash,
    signoffs,
    signedBy,
    staleBy,
    missing,
    brackets: record.brackets,
    options: record.options,
    comments: record.comments,
    openComments: record.comments.filter((comment) => !comment.resolved && !comment.parentId).length,
    reservations: record.reservations.filter((reservation) => !reservation.withdrawn),
    concordance,
    awaitingConcordance,
  };
}

/** What one delegation still has to do. */
export interface DelegationTodo {
  code: string;
  name: string;
  /** Clause ids this delegation has not signed (or whose sign-off went stale). */
  toSign: string[];
  /** Of those, the ones it had signed before the text changed. */
  stale: string[];
  /** Clause ids this delegation brackets. */
  brackets: string[];
}

export interface AgreementOverview {
  clauses: ClauseAgreement[];
  delegations: DelegationTodo[];
  counts: Record<ClauseStatus, number>;
  concordance: Record<ConcordanceStatus, number>;
  /** Clause ids signed by every party that only lack concordant language texts. */
  awaitingConcordance: string[];
}

export function agreementOverview(treaty: TreatyJSON, records: AgreementRecords): AgreementOverview {
  const clauses = treaty.clauses.map((clause) =>
    clauseAgreement(clause, treaty.parties, recordOf(records, clause.clauseId)),
  );
  return summariseAgreement(clauses, treaty.parties);
}

/** Counts per status and what each party still has to do, from clause agreements already derived. */
export function summariseAgreement(clauses: ClauseAgreement[], parties: readonly Party[]): AgreementOverview {
  const counts = Object.fromEntries(Object.values(ClauseStatus).map((status) => [status, 0])) as Record<
    ClauseStatus,
    number
  >;
  for (const clause of clauses) counts[clause.status] += 1;
  const concordance = Object.fromEntries(CONCORDANCE_STATUSES.map((status) => [status, 0])) as Record<
    ConcordanceStatus,
    number
  >;
  for (const clause of clauses) concordance[clause.concordance.status] += 1;
  const idsWhere = (test: (clause: ClauseAgreement) => boolean) =>
    clauses.filter(test).map((clause) => clause.clauseId);
  const delegations = parties.map(({ code, name }) => ({
    code,
    name,
    toSign: idsWhere((c) => c.missing.includes(code)),
    stale: idsWhere((c) => c.staleBy.includes(code)),
    brackets: idsWhere((c) => c.brackets.some((b) => b.delegation === code)),
  }));
  return {
    clauses,
    delegations,
    counts,
    concordance,
    awaitingConcordance: idsWhere((c) => c.awaitingConcordance),
  };
}

/** True for `agreed` and `agreed ad referendum`. */
export function isAgreed(status: ClauseStatus): boolean {
  return status === ClauseStatus.agreed || status === ClauseStatus.agreedAdReferendum;
}

/**
 * A clause's text as negotiators read it: bracketed clauses between square
 * brackets. The clean text is the text of the agreed clauses alone.
 */
export function negotiatingText(clause: Pick<ClauseJSON, 'text'>, agreement: ClauseAgreement): string {
  return agreement.status === ClauseStatus.bracketed ? `[${clause.text}]` : clause.text;
}
