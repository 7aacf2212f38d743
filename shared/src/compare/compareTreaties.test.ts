import { describe, expect, it } from 'vitest';
import { commit, clause as taggedClause, treaty, trigger } from '../tags/treatyFixture.ts';
import type { ClauseJSON } from '../treatyModel.ts';
import { compareTreaties } from './compareTreaties.ts';
import { sideOf } from './wordDiff.ts';

/** Clause `id` at position `number` with heading and text. */
function clause(
  id: string,
  number: number,
  heading: string,
  text: string,
  tags: Parameters<typeof taggedClause>[1] = {},
): ClauseJSON {
  return { ...taggedClause(number, tags), clauseId: `c-${id}`, heading, text };
}

const renumber = (clauses: ClauseJSON[]) =>
  clauses.map((c, i) => ({ ...c, number: i + 1, label: `Article ${i + 1}` }));

const A = clause('aaaa', 1, 'Definitions', 'For the purposes of this Agreement.');
const B = clause('bbbb', 2, 'Assistance', 'The Parties shall provide assistance within 72 hours.');
const C = clause('cccc', 3, 'Logistics', 'Supply chains shall be secured.');
const D = clause('dddd', 4, 'Duration', 'Ten years.');

describe('compareTreaties', () => {
  it('classifies added, removed, moved, renumbered, changed and unchanged clauses', () => {
    const E = clause('eeee', 0, 'New article', 'Brand new.');
    const before = treaty([A, B, C, D]);
    // A removed; E added first; D moved before C; B unchanged but renumbered? B stays 2nd after E → same number.
    const after = treaty(renumber([E, B, D, { ...C, text: 'Supply chains should be secured.' }]));
    const result = compareTreaties(before, after);
    const byId = Object.fromEntries(result.clauses.map((c) => [c.clauseId, c]));
    expect(byId['c-eeee']).toMatchObject({
      status: 'added',
      from: null,
      to: { number: 1, heading: 'New article' },
    });
    expect(byId['c-aaaa']).toMatchObject({ status: 'removed', from: { number: 1 }, to: null });
    expect(byId['c-bbbb']).toMatchObject({ status: 'unchanged', changes: [] });
    expect(byId['c-cccc']).toMatchObject({
      status: 'changed',
      changes: ['renumbered', 'text'],
      from: { number: 3 },
      to: { number: 4 },
    });
    expect(byId['c-dddd']).toMatchObject({
      status: 'moved',
      changes: ['moved'],
      from: { number: 4 },
      to: { number: 3 },
    });
    expect(result.summary).toEqual({
      changed: 1,
      added: 1,
      removed: 1,
      moved: 1,
      renumbered: 0,
      unchanged: 1,
      material: 1,
    });
    // Removed clauses stand where they were: A was first.
    expect(result.clauses.map((c) => c.clauseId)).toEqual(['c-aaaa', 'c-eeee', 'c-bbbb', 'c-dddd', 'c-cccc']);
  });

  it('reports a clause pushed down by an insertion as renumbered only', () => {
    const X = clause('xxxx', 0, 'Inserted', 'x');
    const result = compareTreaties(treaty([A, B]), treaty(renumber([X, A, B])));
    expect(result.clauses.map((c) => [c.clauseId, c.status])).toEqual([
      ['c-xxxx', 'added'],
      ['c-aaaa', 'renumbered'],
      ['c-bbbb', 'renumbered'],
    ]);
    expect(result.summary.moved).toBe(0);
  });

  it('gives a word-level redline and flags shall → should and a changed deadline as material', () => {
    const after = { ...B, text: 'The Parties should provide assistance within 48 hours.' };
    const [only] = compareTreaties(treaty([B]), treaty([after])).clauses;
    expect(only?.text?.filter((s) => s.op !== 'equal').map((s) => [s.op, s.text.trim()])).toEqual([
      ['delete', 'shall'],
      ['insert', 'should'],
      ['delete', '72'],
      ['insert', '48'],
    ]);
    expect(sideOf(only?.text ?? [], 'before')).toBe(B.text);
    expect(sideOf(only?.text ?? [], 'after')).toBe(after.text);
    expect(only?.material.map((m) => m.kind)).toEqual(['modal', 'number']);
    expect(only?.material[0]?.description).toBe('obligation wording “shall” → “should”');
    const added = compareTreaties(treaty([B]), treaty([{ ...B, text: `${B.text} It shall report.` }]))
      .clauses[0];
    expect(added?.material[0]?.description).toBe('obligation wording added: “shall”');
  });

  it('diffs Ukrainian text by whole words and flags a changed modal verb', () => {
    const before = clause('uuuu', 1, 'Допомога', 'Сторони зобов’язуються надати допомогу протягом 24 годин.');
    const after = { ...before, text: 'Сторони можуть надати допомогу протягом 24 годин.' };
    const [only] = compareTreaties(treaty([before]), treaty([after])).clauses;
    expect(only?.text?.filter((s) => s.op !== 'equal').map((s) => s.text.trim())).toEqual([
      'зобов’язуються',
      'можуть',
    ]);
    expect(only?.material.map((m) => m.kind)).toEqual(['modal']);
  });

  it('flags a party name that appears or disappears', () => {
    const before = clause('pppp', 1, 'Air defence', 'France shall deliver two batteries.');
    const after = { ...before, text: 'Germany shall deliver two batteries.' };
    const t = (c: ClauseJSON) => ({
      ...treaty([c], []),
      parties: [
        { code: 'FR', name: 'France' },
        { code: 'DE', name: 'Germany' },
      ],
    });
    const [only] = compareTreaties(t(before), t(after)).clauses;
    expect(only?.material).toEqual([
      {
        kind: 'party',
        description: 'party “france” → “germany”',
        detail: { of: 'text', gone: ['france'], goneMore: 0, came: ['germany'], cameMore: 0 },
      },
    ]);
  });

  it('reports heading changes and tag changes, with threshold deadlines as material', () => {
    const before = clause('tttt', 1, 'Activation', 'x', {
      domains: ['military-assistance'],
      threshold: trigger('armed-attack', 3),
      commitments: [commit('FR', 'military-assistance', 'brigade')],
    });
    const after = clause('tttt', 1, 'Activation on attack', 'x', {
      domains: ['military-assistance', 'cyber'],
      threshold: trigger('armed-attack', 3, { assistanceHours: 96 }),
      commitments: [commit('UK', 'military-assistance', 'brigade')],
    });
    const [only] = compareTreaties(treaty([before]), treaty([after])).clauses;
    expect(only?.changes).toEqual(['heading', 'tags']);
    expect(only?.tags).toEqual([
      { field: 'domain', from: null, to: 'cyber' },
      { field: 'threshold.assistanceHours', from: '72 h', to: '96 h' },
      {
        field: 'commitment',
        from: 'FR · military-assistance · brigade',
        to: 'UK · military-assistance · brigade',
      },
    ]);
    expect(only?.material.map((m) => m.description)).toEqual([
      'assistanceHours 72 h → 96 h',
      'commitment moved from FR to UK',
    ]);
  });

  it('stays correct, if coarse, when a huge clause is rewritten entirely', () => {
    const huge = (seed: number) =>
      Array.from({ length: 100_000 }, (_, i) => `w${(i * 31 + seed) % 9973}`).join(' ');
    const before = clause('hhhh', 1, 'Huge', huge(1));
    const after = { ...before, text: huge(2) };
    const [only] = compareTreaties(treaty([before]), treaty([after])).clauses;
    expect(only?.coarse).toBe(true);
    expect(sideOf(only?.text ?? [], 'before')).toBe(before.text);
    expect(sideOf(only?.text ?? [], 'after')).toBe(after.text);
  });

  it('compares title and preamble', () => {
    const result = compareTreaties(
      { ...treaty([A]), title: 'Draft 1' },
      { ...treaty([A]), title: 'Draft 2' },
    );
    expect(result.title?.map((s) => [s.op, s.text])).toEqual([
      ['equal', 'Draft '],
      ['delete', '1'],
      ['insert', '2'],
    ]);
    expect(result.preamble).toBeUndefined();
  });
});
