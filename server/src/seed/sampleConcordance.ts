import {
  type Actor,
  AgreementRoot,
  agreementMaps,
  clauseBodyElement,
  concordanceRecord,
  treatyFromYDoc,
} from '@pactum/shared';
import * as Y from 'yjs';

/** Who confirms the sample's texts: concordance is confirmed by a party delegation, here Ukraine's lawyer. */
const CONFIRMED_BY: Actor = { memberId: 'operator', name: 'Legal adviser', delegation: 'UA' };

/**
 * English-only edits made after the confirmation, the kind a lawyer must catch:
 * a deadline (Article 7) and a modal verb (Article 9). The Ukrainian text keeps
 * 72 hours and «зобов’язуються», so both articles are `outdated`.
 */
const ENGLISH_EDITS = [
  { index: 6, from: 'within 72 hours', to: 'within 48 hours' },
  { index: 8, from: 'shall give priority', to: 'may give priority' },
];

/** What one seeded confirmation records in the audit log. */
export interface SeededConfirmation {
  clauseId: string;
  article: number;
  hashes: Record<string, string>;
}

/**
 * Confirms every article of the sample treaty's new document concordant, then
 * changes the English text of two of them, so a newcomer sees concordance at
 * work at once. Runs on the document before it is first stored, so the sample
 * is created whole in one transaction; returns the confirmations to audit.
 */
export function seedSampleConcordance(doc: Y.Doc): SeededConfirmation[] {
  const at = new Date().toISOString();
  const confirmations = agreementMaps(doc)[AgreementRoot.concordance];
  const confirmed = treatyFromYDoc(doc).clauses.map((clause) => {
    const record = concordanceRecord(clause, CONFIRMED_BY, at);
    confirmations.set(clause.clauseId, record);
    return { clauseId: clause.clauseId, article: clause.number, hashes: record.hashes };
  });
  for (const { index, from, to } of ENGLISH_EDITS)
    replaceInBody(clauseBodyElement(doc, index, 'en'), from, to);
  return confirmed;
}

/** Replaces `from` in the first text of `body` that holds it, as a typist would. */
function replaceInBody(body: Y.XmlElement, from: string, to: string): void {
  for (const node of body.createTreeWalker((child) => child instanceof Y.XmlText)) {
    const text = node as Y.XmlText;
    const at = text.toString().indexOf(from);
    if (at < 0) continue;
    text.delete(at, from.length);
    text.insert(at, to);
    return;
  }
  throw new Error(`the sample's English text no longer holds "${from}"`);
}
