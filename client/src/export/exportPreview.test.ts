import { type AgreementOverview, type ClauseAgreement, ClauseStatus } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import type { ExportChoice } from './exportHref.ts';
import { exportPreview } from './exportPreview.ts';

function overview(counts: Partial<Record<ClauseStatus, number>>): AgreementOverview {
  const full = { draft: 0, bracketed: 0, 'agreed ad referendum': 0, agreed: 0, ...counts };
  const total = Object.values(full).reduce((sum, count) => sum + count, 0);
  return {
    clauses: Array.from({ length: total }, () => ({}) as ClauseAgreement),
    delegations: [],
    counts: full,
    concordance: { concordant: total, outdated: 0, incomplete: 0, unconfirmed: 0 },
    awaitingConcordance: [],
  };
}

const choice = (overrides: Partial<ExportChoice>): ExportChoice => ({
  format: 'pdf',
  scope: 'agreed',
  version: 'live',
  from: 'v-1',
  to: 'live',
  annex: false,
  lang: 'en',
  ...overrides,
});

describe('exportPreview', () => {
  it('counts agreed articles (ad referendum included) and the ones listed as open', () => {
    const twelve = overview({ agreed: 5, [ClauseStatus.agreedAdReferendum]: 2, bracketed: 3, draft: 2 });
    expect(exportPreview(choice({}), twelve, true)).toBe(
      '7 of 12 articles are agreed; 5 will be listed as still open.',
    );
  });

  it('says when nothing or everything is agreed', () => {
    expect(exportPreview(choice({}), overview({ draft: 4 }), true)).toBe(
      'No article is agreed yet: the file only lists the 4 articles still open.',
    );
    expect(exportPreview(choice({}), overview({ agreed: 3 }), true)).toBe(
      'All 3 articles are agreed: the file holds the whole text.',
    );
    expect(exportPreview(choice({}), overview({ agreed: 1 }), true)).toBe(
      'The only article is agreed: the file holds the whole text.',
    );
  });

  it('describes the full text by status, leaving out statuses no article has', () => {
    expect(exportPreview(choice({ scope: 'full' }), overview({ agreed: 7, draft: 5 }), true)).toBe(
      'All 12 articles as they stand now: 7 agreed, 5 in draft.',
    );
    expect(exportPreview(choice({ scope: 'full' }), overview({ draft: 12 }), true)).toBe(
      'All 12 articles as they stand now: all in draft.',
    );
  });

  it('does not count live sign-offs for a stored version', () => {
    const text = exportPreview(choice({ version: 'v-3' }), overview({ agreed: 7, draft: 5 }), true);
    expect(text).not.toMatch(/\d/);
  });

  it('warns when both sides of a compare are the same, or there is no version to compare with', () => {
    const same = choice({ scope: 'compare', from: 'live' });
    expect(exportPreview(same, overview({ draft: 2 }), true)).toMatch(/same text/);
    expect(exportPreview(same, overview({ draft: 2 }), false)).toMatch(/no stored versions/);
  });
});
