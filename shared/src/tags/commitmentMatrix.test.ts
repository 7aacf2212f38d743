import { describe, expect, it } from 'vitest';
import { commitmentMatrix } from './commitmentMatrix.ts';
import { clause, commit, treaty, trigger } from './treatyFixture.ts';

describe('commitmentMatrix', () => {
  const t = treaty(
    [
      clause(1, {
        domains: ['military-assistance'],
        commitments: [commit('FR', 'military-assistance'), commit('FR', 'military-assistance')],
      }),
      clause(2, { domains: ['cyber'], threshold: trigger('cyber-attack', 1) }),
      clause(3, { commitments: [commit('UK', 'military-assistance'), commit('UK', 'logistics')] }),
      clause(4, { commitments: [commit('FR', 'military-assistance')] }),
    ],
    ['UA', 'FR', 'UK', 'PL'],
  );
  const matrix = commitmentMatrix(t);
  const cell = (domain: string, party: string) =>
    matrix.cells[matrix.domains.indexOf(domain)]?.[matrix.parties.indexOf(party)];

  it('counts commitments per domain and party with the clauses behind each cell', () => {
    expect(matrix.parties).toEqual(['UA', 'FR', 'UK', 'PL']);
    expect(matrix.domains[0]).toBe('military-assistance');
    expect(cell('military-assistance', 'FR')).toEqual({
      domain: 'military-assistance',
      party: 'FR',
      count: 3,
      clauses: [
        { clauseId: 'c-clause1', number: 1 },
        { clauseId: 'c-clause4', number: 4 },
      ],
    });
    expect(cell('logistics', 'UK')?.count).toBe(1);
    expect(cell('logistics', 'FR')).toMatchObject({ count: 0, clauses: [] });
  });

  it('reports a domain with a trigger clause but no committed party, and parties with no commitment', () => {
    expect(matrix.gaps.domainsWithoutParty).toEqual([
      { domain: 'cyber', triggerClauses: [{ clauseId: 'c-clause2', number: 2 }] },
    ]);
    expect(matrix.gaps.partiesWithoutCommitment).toEqual(['UA', 'PL']);
  });

  it('keeps commitments of parties or domains missing from the treaty lists visible', () => {
    const odd = commitmentMatrix(treaty([clause(1, { commitments: [commit('XX', 'space')] })], ['UA']));
    expect(odd.parties).toEqual(['UA', 'XX']);
    expect(odd.domains.at(-1)).toBe('space');
    expect(odd.cells.at(-1)?.at(-1)?.count).toBe(1);
  });
});
