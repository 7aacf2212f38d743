import {
  AgreementRoot,
  agreementKey,
  agreementOverview,
  clauseContentHash,
  concordanceRecord,
  readAgreement,
  readTreatyTags,
  type SignOff,
  setClauseDomain,
  setParty,
  treatyFromYDoc,
} from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { ClauseTextReader } from './ClauseTextReader.ts';
import { IncrementalOverview } from './IncrementalOverview.ts';
import { readLiveTreaty } from './readLiveTreaty.ts';
import { moveToEnd, treatyDoc, typeInto } from './treatyDocFixture.ts';

function signOff(doc: Y.Doc, index: number, delegation: string): void {
  const clause = treatyFromYDoc(doc).clauses[index];
  if (!clause) throw new Error(`no clause ${index}`);
  const signoff: SignOff = {
    clauseId: clause.clauseId,
    delegation,
    by: { memberId: `m-${delegation}`, name: delegation, delegation },
    at: '2026-11-30T10:00:00.000Z',
    contentHash: clauseContentHash(clause),
    adReferendum: false,
  };
  doc.getMap(AgreementRoot.signoffs).set(agreementKey(clause.clauseId, delegation), signoff);
}

function confirmConcordance(doc: Y.Doc, index: number): void {
  const clause = treatyFromYDoc(doc).clauses[index];
  if (!clause) throw new Error(`no clause ${index}`);
  const by = { memberId: 'm-UA', name: 'UA', delegation: 'UA' };
  doc
    .getMap(AgreementRoot.concordance)
    .set(clause.clauseId, concordanceRecord(clause, by, '2026-12-06T10:00:00.000Z'));
}

/** The overview as the store computes it: incremental reads, cached results. */
function live(doc: Y.Doc) {
  const reader = new ClauseTextReader(doc);
  const incremental = new IncrementalOverview();
  return () => incremental.compute(readLiveTreaty(reader, readTreatyTags(doc)), readAgreement(doc));
}

describe('IncrementalOverview', () => {
  it('gives what agreementOverview gives, through sign-offs, edits, tag changes, moves and new parties', () => {
    const doc = treatyDoc();
    const overview = live(doc);
    const same = () => {
      const result = overview();
      expect(result).toEqual(agreementOverview(treatyFromYDoc(doc), readAgreement(doc)));
      return result;
    };
    same();
    signOff(doc, 0, 'UA');
    signOff(doc, 0, 'FR');
    signOff(doc, 1, 'UA');
    signOff(doc, 2, 'UA');
    signOff(doc, 2, 'FR');
    expect(same().counts.agreed).toBe(2);

    typeInto(doc, 0, 'Not ');
    expect(same().clauses[0]?.staleBy).toEqual(['UA', 'FR']);

    const third = treatyFromYDoc(doc).clauses[2]?.clauseId ?? '';
    setClauseDomain(doc, third, 'cyber', true);
    expect(same().clauses[2]?.status).toBe('draft');

    moveToEnd(doc, 0);
    expect(same().clauses[2]?.number).toBe(3);

    setParty(doc, { code: 'UK', name: 'United Kingdom' });
    expect(same().delegations.map((d) => d.code)).toEqual(['UA', 'FR', 'UK']);
  });

  it('reads every language: an edit in a hidden one alone makes the sign-offs stale and the texts outdated', () => {
    const doc = treatyDoc({ uk: true });
    const overview = live(doc);
    const same = () => {
      const result = overview();
      expect(result).toEqual(agreementOverview(treatyFromYDoc(doc), readAgreement(doc)));
      return result;
    };
    signOff(doc, 1, 'UA');
    signOff(doc, 1, 'FR');
    expect(same().awaitingConcordance).toHaveLength(1);
    confirmConcordance(doc, 1);
    expect(same().counts.agreed).toBe(1);
    typeInto(doc, 1, 'Не ', 'uk');
    expect(same().clauses[1]?.staleBy).toEqual(['UA', 'FR']);
    expect(same().clauses[1]?.concordance).toMatchObject({ status: 'outdated', changed: ['uk'] });
  });

  it('hands back the same clause objects for clauses nothing happened to', () => {
    const doc = treatyDoc();
    const overview = live(doc);
    const before = overview();
    typeInto(doc, 1, 'x');
    const after = overview();
    expect(after.clauses[0]).toBe(before.clauses[0]);
    expect(after.clauses[1]).not.toBe(before.clauses[1]);
    expect(after.clauses[2]).toBe(before.clauses[2]);
  });
});
