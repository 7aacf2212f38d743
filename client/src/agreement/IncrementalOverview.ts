import {
  type AgreementOverview,
  type AgreementRecords,
  type ClauseAgreement,
  type ClauseJSON,
  type ClauseRecord,
  clauseAgreement,
  emptyClauseRecord,
  summariseAgreement,
  type TreatyJSON,
} from '@pactum/shared';

const NO_RECORD: ClauseRecord = emptyClauseRecord();

interface Cached {
  /** The body and the texts as last hashed: readers hand back the same objects while a clause is unchanged. */
  body: ClauseJSON['body'];
  texts: ClauseJSON['texts'];
  /** Everything else the result depends on, small enough to compare as JSON. */
  key: string;
  agreement: ClauseAgreement;
}

function smallKey(clause: ClauseJSON, record: ClauseRecord, partiesKey: string): string {
  const { heading, domains, threshold, commitments } = clause;
  return JSON.stringify([heading, domains, threshold, commitments, record, partiesKey]);
}

/**
 * `agreementOverview` for a treaty that is read again and again while people
 * type. That function hashes every clause (~50 ms for 500 clauses); this one
 * re-hashes only the clauses whose body or texts in any language (compared
 * by identity, see ClauseTextReader), heading, tags, workflow records or parties changed since
 * the last call. The result equals `agreementOverview(treaty, records)`.
 */
export class IncrementalOverview {
  #cache = new Map<string, Cached>();

  compute(treaty: Pick<TreatyJSON, 'clauses' | 'parties'>, records: AgreementRecords): AgreementOverview {
    const partiesKey = JSON.stringify(treaty.parties);
    const next = new Map<string, Cached>();
    const clauses = treaty.clauses.map((clause) => {
      const record = records.get(clause.clauseId) ?? NO_RECORD;
      const key = smallKey(clause, record, partiesKey);
      const cached = this.#cache.get(clause.clauseId);
      let agreement =
        cached?.body === clause.body && cached.texts === clause.texts && cached.key === key
          ? cached.agreement
          : clauseAgreement(clause, treaty.parties, record);
      if (agreement.number !== clause.number)
        agreement = { ...agreement, number: clause.number, label: clause.label };
      next.set(clause.clauseId, { body: clause.body, texts: clause.texts, key, agreement });
      return agreement;
    });
    this.#cache = next;
    return summariseAgreement(clauses, treaty.parties);
  }
}
