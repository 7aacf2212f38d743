import { type ClauseStatus, clauseAgreement, clausesFromYDoc, readAgreement, recordOf } from '@pactum/shared';
import type * as Y from 'yjs';

/** One article's derived status at one moment. */
export interface ArticleStatus {
  clauseId: string;
  article: number;
  contentHash: string;
  status: ClauseStatus;
}

/** The details of a `status.changed` audit entry. */
export interface StatusChange extends Omit<ArticleStatus, 'status'> {
  from: ClauseStatus;
  to: ClauseStatus;
  cause: string;
}

/**
 * The status of every article that holds a sign-off, as derived now; read
 * inside an edit, before and after the change. Without a sign-off an article
 * is a draft or bracketed whoever the parties are, so only these can move,
 * and only these are read from the text.
 */
export function articleStatuses(doc: Y.Doc): ArticleStatus[] {
  const records = new Map([...readAgreement(doc)].filter(([, record]) => record.signoffs.length > 0));
  if (records.size === 0) return [];
  const { clauses, parties } = clausesFromYDoc(doc, new Set(records.keys()));
  return clauses.map((clause) => {
    const { contentHash, status } = clauseAgreement(clause, parties, recordOf(records, clause.clauseId));
    return { clauseId: clause.clauseId, article: clause.number, contentHash, status };
  });
}

/** Each article whose status differs between two readings of the same treaty, in text order. */
export function statusChanges(
  before: readonly ArticleStatus[],
  after: readonly ArticleStatus[],
  cause: string,
): StatusChange[] {
  const was = new Map(before.map((article) => [article.clauseId, article.status]));
  return after.flatMap(({ clauseId, article, contentHash, status }) => {
    const from = was.get(clauseId);
    return from === undefined || from === status
      ? []
      : [{ clauseId, article, contentHash, from, to: status, cause }];
  });
}
