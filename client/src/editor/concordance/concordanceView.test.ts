import { ConcordanceStatus } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { concordanceView } from './concordanceView.ts';

const confirmed = {
  by: { memberId: 'm1', name: 'Olena Kovalenko', delegation: 'UA' },
  at: '2026-12-06T10:00:00.000Z',
  texts: { en: { heading: 'Purpose', text: 'Old.' }, uk: { heading: 'Мета', text: 'Старе.' } },
};

describe('concordanceView', () => {
  it('names the languages that changed and who confirmed, and offers to confirm again', () => {
    const view = concordanceView(
      { status: ConcordanceStatus.outdated, changed: ['uk'], empty: [], confirmed },
      true,
    );
    expect(view.short).toBe('Outdated');
    expect(view.detail).toBe('Ukrainian text changed since confirmed by Olena Kovalenko (UA) on 6 Dec 2026');
    expect(view.changed).toEqual(['uk']);
    expect(view.confirmable).toBe(true);
  });

  it('offers no confirmation to whoever may not give one, nor for empty or concordant texts', () => {
    const outdated = { status: ConcordanceStatus.outdated, changed: ['en'], empty: [], confirmed };
    expect(concordanceView(outdated, false).confirmable).toBe(false);
    const incomplete = concordanceView(
      { status: ConcordanceStatus.incomplete, changed: [], empty: ['uk'] },
      true,
    );
    expect([incomplete.detail, incomplete.confirmable]).toEqual(['No Ukrainian text yet', false]);
    const concordant = concordanceView(
      { status: ConcordanceStatus.concordant, changed: [], empty: [], confirmed },
      true,
    );
    expect([concordant.detail, concordant.confirmable]).toEqual([
      'Confirmed by Olena Kovalenko (UA) on 6 Dec 2026',
      false,
    ]);
  });

  it('changes its key when what it shows changes, not otherwise', () => {
    const a = concordanceView({ status: ConcordanceStatus.unconfirmed, changed: [], empty: [] }, true);
    const b = concordanceView({ status: ConcordanceStatus.unconfirmed, changed: [], empty: [] }, true);
    const c = concordanceView({ status: ConcordanceStatus.unconfirmed, changed: [], empty: [] }, false);
    expect(a.key).toBe(b.key);
    expect(a.key).not.toBe(c.key);
  });
});
