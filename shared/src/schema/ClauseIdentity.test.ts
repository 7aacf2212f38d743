import { EditorState } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { CLAUSE_ID_ATTR } from '../treatyLayout.ts';
import { clauseJSON, treatyDraftToJSON } from '../treatyYDoc.ts';
import { clauseIdentityPlugin } from './ClauseIdentity.ts';
import { treatySchema } from './treatySchemaExtensions.ts';

function stateWith(ids: string[]): EditorState {
  const json = treatyDraftToJSON({
    title: 'T',
    preamble: ['P'],
    clauses: ids.map((clauseId) => ({ clauseId, heading: clauseId, paragraphs: ['text'] })),
  });
  return EditorState.create({ doc: treatySchema().nodeFromJSON(json), plugins: [clauseIdentityPlugin()] });
}

function clauseIds(state: EditorState): string[] {
  const ids: string[] = [];
  state.doc.forEach((node) => {
    if (node.type.name === 'clause') ids.push(node.attrs[CLAUSE_ID_ATTR]);
  });
  return ids;
}

/** Position just before the `index`-th top-level child. */
function childPos(state: EditorState, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
  return pos;
}

describe('ClauseIdentity', () => {
  it('gives a pasted copy a fresh id and leaves the original its own, even when the copy comes first', () => {
    const state = stateWith(['c-a', 'c-b']);
    const copy = state.doc.child(3); // title, preamble, c-a, c-b
    const next = state.applyTransaction(state.tr.insert(childPos(state, 2), copy)).state;
    const ids = clauseIds(next);
    expect(ids).toHaveLength(3);
    expect(ids.slice(1)).toEqual(['c-a', 'c-b']);
    expect(ids[0]).not.toBe('c-b');
    expect(ids[0]).toMatch(/^c-/);
  });

  it('gives an inserted clause without an id a new id', () => {
    const state = stateWith(['c-a']);
    const node = treatySchema().nodeFromJSON({
      ...clauseJSON({ texts: [{ lang: 'en', heading: 'New', paragraphs: [] }] }),
      attrs: {},
    });
    const next = state.applyTransaction(state.tr.insert(state.doc.content.size, node)).state;
    const ids = clauseIds(next);
    expect(ids[0]).toBe('c-a');
    expect(ids[1]).toMatch(/^c-[a-z0-9]{12}$/);
  });

  it('leaves remote (collaboration) transactions alone', () => {
    const state = stateWith(['c-a']);
    const copy = state.doc.child(2);
    const tr = state.tr
      .insert(state.doc.content.size, copy)
      .setMeta(ySyncPluginKey, { isChangeOrigin: true });
    expect(clauseIds(state.applyTransaction(tr).state)).toEqual(['c-a', 'c-a']);
  });

  it('keeps ids when a clause is moved', () => {
    const state = stateWith(['c-a', 'c-b', 'c-c']);
    const last = state.doc.child(4);
    const tr = state.tr.delete(childPos(state, 4), childPos(state, 5)).insert(childPos(state, 2), last);
    expect(clauseIds(state.applyTransaction(tr).state)).toEqual(['c-c', 'c-a', 'c-b']);
  });
});
