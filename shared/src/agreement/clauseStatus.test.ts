import { describe, expect, it } from 'vitest';
import { clause, treaty } from '../tags/treatyFixture.ts';
import type { ClauseJSON } from '../treatyModel.ts';
import type { Bracket, SignOff } from './agreementLayout.ts';
import { clauseContentHash } from './clauseContentHash.ts';
import { agreementOverview, ClauseStatus, clauseAgreement, negotiatingText } from './clauseStatus.ts';
import { type ClauseRecord, emptyClauseRecord } from './readAgreement.ts';

const parties = treaty([]).parties; // UA, FR, UK
const text = (t: string): ClauseJSON => ({
  ...clause(1),
  text: t,
  body: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
});
const signed = (c: ClauseJSON, delegation: string, adReferendum = false): SignOff => ({
  clauseId: c.clauseId,
  delegation,
  by: { memberId: `m-${delegation}`, name: delegation, delegation },
  at: '2026-11-30T10:00:00.000Z',
  contentHash: clauseContentHash(c),
  adReferendum,
});
const bracket = (c: ClauseJSON, delegation: string): Bracket => ({
  clauseId: c.clauseId,
  delegation,
  by: { memberId: `m-${delegation}`, name: delegation, delegation },
  at: '2026-11-30T10:00:00.000Z',
  reason: 'needs capital',
});
const record = (part: Partial<ClauseRecord>): ClauseRecord => ({ ...emptyClauseRecord(), ...part });

describe('clauseAgreement', () => {
  const c = text('The Parties shall assist within 24 hours.');

  it('is a draft until every party has signed', () => {
    const result = clauseAgreement(c, parties, record({ signoffs: [signed(c, 'UA'), signed(c, 'FR')] }));
    expect(result.status).toBe(ClauseStatus.draft);
    expect(result.signedBy).toEqual(['UA', 'FR']);
    expect(result.missing).toEqual(['UK']);
  });

  it('is agreed when every party holds a current sign-off, ad referendum if one signed so', () => {
    const all = ['UA', 'FR', 'UK'].map((d) => signed(c, d));
    expect(clauseAgreement(c, parties, record({ signoffs: all })).status).toBe(ClauseStatus.agreed);
    const adRef = [signed(c, 'UA'), signed(c, 'FR', true), signed(c, 'UK')];
    expect(clauseAgreement(c, parties, record({ signoffs: adRef })).status).toBe(
      ClauseStatus.agreedAdReferendum,
    );
  });

  it('turns every sign-off stale when the text changes, and the clause falls back to draft', () => {
    const all = ['UA', 'FR', 'UK'].map((d) => signed(c, d));
    const edited = text('The Parties should assist within 24 hours.');
    const result = clauseAgreement(edited, parties, record({ signoffs: all }));
    expect(result.status).toBe(ClauseStatus.draft);
    expect(result.staleBy).toEqual(['UA', 'FR', 'UK']);
    expect(result.signoffs.every((s) => !s.current)).toBe(true);
    expect(result.missing).toEqual(['UA', 'FR', 'UK']);
  });

  it('is bracketed while any delegation holds a bracket, whatever was signed', () => {
    const all = ['UA', 'FR', 'UK'].map((d) => signed(c, d));
    const result = clauseAgreement(c, parties, record({ signoffs: all, brackets: [bracket(c, 'FR')] }));
    expect(result.status).toBe(ClauseStatus.bracketed);
    expect(negotiatingText(c, result)).toBe(`[${c.text}]`);
    expect(negotiatingText(c, clauseAgreement(c, parties, record({ signoffs: all })))).toBe(c.text);
  });

  it('ignores sign-offs of delegations that are not parties, and agrees nothing without parties', () => {
    const result = clauseAgreement(c, parties, record({ signoffs: [signed(c, 'SEC')] }));
    expect(result.signedBy).toEqual([]);
    expect(clauseAgreement(c, [], record({})).status).toBe(ClauseStatus.draft);
  });
});

describe('agreementOverview', () => {
  it('lists per delegation what it still has to sign and what went stale', () => {
    const one = { ...text('one'), clauseId: 'c-one', number: 1 };
    const two = { ...text('two'), clauseId: 'c-two', number: 2 };
    const stale = { ...signed({ ...two, text: 'old', body: [] }, 'FR') };
    const records = new Map([
      ['c-one', record({ signoffs: ['UA', 'FR', 'UK'].map((d) => signed(one, d)) })],
      ['c-two', record({ signoffs: [signed(two, 'UA'), stale], brackets: [bracket(two, 'UK')] })],
    ]);
    const overview = agreementOverview(treaty([one, two]), records);
    expect(overview.counts).toMatchObject({ agreed: 1, bracketed: 1, draft: 0 });
    const byCode = Object.fromEntries(overview.delegations.map((d) => [d.code, d]));
    expect(byCode.UA?.toSign).toEqual([]);
    expect(byCode.FR?.toSign).toEqual(['c-two']);
    expect(byCode.FR?.stale).toEqual(['c-two']);
    expect(byCode.UK?.brackets).toEqual(['c-two']);
  });
});
