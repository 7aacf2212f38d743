import type { TreatyJSON } from '../treatyModel.ts';

export interface MatrixClauseRef {
  clauseId: string;
  number: number;
}

export interface MatrixCell {
  domain: string;
  party: string;
  /** Number of commitments of `party` in `domain`. */
  count: number;
  /** The clauses those commitments are in, in article order, each once. */
  clauses: MatrixClauseRef[];
}

export interface CommitmentMatrix {
  /** Domain keys (rows), in the treaty's domain order. */
  domains: string[];
  /** Party codes (columns): the treaty's parties, then any code only commitments use. */
  parties: string[];
  /** `cells[d][p]` is the cell of `domains[d]` × `parties[p]`. */
  cells: MatrixCell[][];
  gaps: {
    /** Domains that a trigger clause covers but in which no party commits anything. */
    domainsWithoutParty: Array<{ domain: string; triggerClauses: MatrixClauseRef[] }>;
    /** Parties of the treaty with no commitment at all. */
    partiesWithoutCommitment: string[];
  };
}

/** Who commits what in which domain, and where the guarantee has holes. */
export function commitmentMatrix(treaty: TreatyJSON): CommitmentMatrix {
  const domains = treaty.domains.map((domain) => domain.key);
  const parties = treaty.parties.map((party) => party.code);
  for (const clause of treaty.clauses) {
    for (const { party, domain } of clause.commitments) {
      if (!parties.includes(party)) parties.push(party);
      if (!domains.includes(domain)) domains.push(domain);
    }
  }
  const cells = domains.map((domain) =>
    parties.map((party): MatrixCell => ({ domain, party, count: 0, clauses: [] })),
  );
  for (const clause of treaty.clauses) {
    for (const { party, domain } of clause.commitments) {
      const cell = cells[domains.indexOf(domain)]?.[parties.indexOf(party)];
      if (!cell) continue;
      cell.count++;
      if (!cell.clauses.some((ref) => ref.clauseId === clause.clauseId)) {
        cell.clauses.push({ clauseId: clause.clauseId, number: clause.number });
      }
    }
  }

  const domainsWithoutParty = domains.flatMap((domain, row) => {
    if ((cells[row] ?? []).some((cell) => cell.count > 0)) return [];
    const triggerClauses = treaty.clauses
      .filter((clause) => clause.threshold !== null && clause.domains.includes(domain))
      .map(({ clauseId, number }) => ({ clauseId, number }));
    return triggerClauses.length > 0 ? [{ domain, triggerClauses }] : [];
  });
  const partiesWithoutCommitment = treaty.parties
    .map((party) => party.code)
    .filter((code) => cells.every((row) => (row[parties.indexOf(code)]?.count ?? 0) === 0));

  return { domains, parties, cells, gaps: { domainsWithoutParty, partiesWithoutCommitment } };
}
