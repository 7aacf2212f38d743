import { clauseJSON, TreatyNode, treatySchema } from '@pactum/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { narrowRemoteChange } from './NarrowRemoteSteps.ts';

const schema = treatySchema();

function treaty(...bodies: string[]): ProseMirrorNode {
  return schema.nodeFromJSON({
    type: TreatyNode.doc,
    content: [
      {
        type: TreatyNode.title,
        content: [
          { type: TreatyNode.titleText, attrs: { lang: 'en' }, content: [{ type: 'text', text: 'Treaty' }] },
        ],
      },
      {
        type: TreatyNode.preamble,
        content: [{ type: TreatyNode.preambleText, attrs: { lang: 'en' }, content: [{ type: 'paragraph' }] }],
      },
      ...bodies.map((body, i) =>
        clauseJSON({
          clauseId: `c-clause${i}00`,
          texts: [{ lang: 'en', heading: `H${i}`, paragraphs: [body] }],
        }),
      ),
    ],
  });
}

/** What y-tiptap dispatches for a remote change: one step replacing the whole document, flagged as remote. */
function remoteReplace(state: EditorState, next: ProseMirrorNode) {
  return state.tr
    .replace(0, state.doc.content.size, next.slice(0, next.content.size))
    .setMeta(ySyncPluginKey, { isChangeOrigin: true })
    .setMeta('addToHistory', false);
}

describe('narrowRemoteChange', () => {
  const before = treaty('First article.', 'Second article.', 'Third article.');
  const inSecond = (text: string) => {
    let at = -1;
    before.descendants((node, pos) => {
      if (node.isText && node.text === text) at = pos;
      return at < 0;
    });
    return at;
  };

  it('turns a whole-document replacement into a step over the typed characters only', () => {
    const state = EditorState.create({ schema, doc: before });
    const after = treaty('First article.', 'Second aarticle.', 'Third article.');
    const narrowed = narrowRemoteChange(state, remoteReplace(state, after));
    expect(narrowed?.doc.eq(after)).toBe(true);
    const [step] = narrowed?.steps ?? [];
    expect(step).toBeInstanceOf(ReplaceStep);
    const { from, to } = step as ReplaceStep;
    // Typing "a" into "aa" matches from both sides; the step stays within the word.
    expect(from).toBeGreaterThanOrEqual(inSecond('Second article.') + 'Second '.length);
    expect(to).toBeLessThanOrEqual(inSecond('Second article.') + 'Second a'.length + 1);
    expect(narrowed?.getMeta(ySyncPluginKey)).toEqual({ isChangeOrigin: true });
    expect(narrowed?.getMeta('addToHistory')).toBe(false);
  });

  it('keeps the decorations of the other articles where they were', () => {
    const state = EditorState.create({ schema, doc: before });
    const third = inSecond('Third article.');
    const decorations = DecorationSet.create(before, [Decoration.inline(third, third + 5, { class: 'x' })]);
    const after = treaty('First article.', 'Second article, amended.', 'Third article.');
    const narrowed = narrowRemoteChange(state, remoteReplace(state, after));
    const mapped = narrowed ? decorations.map(narrowed.mapping, narrowed.doc).find() : [];
    expect(mapped.map(({ from, to }) => narrowed?.doc.textBetween(from, to))).toEqual(['Third']);
  });

  it('keeps the selection the remote transaction restored', () => {
    const state = EditorState.create({ schema, doc: before });
    const after = treaty('Inserted. First article.', 'Second article.', 'Third article.');
    const tr = remoteReplace(state, after);
    tr.setSelection(TextSelection.create(tr.doc, inSecond('Third article.') + 10));
    const narrowed = narrowRemoteChange(state, tr);
    expect(narrowed?.selection.toJSON()).toEqual(tr.selection.toJSON());
  });

  it('leaves local transactions and ordinary steps alone', () => {
    const state = EditorState.create({ schema, doc: before });
    const local = state.tr.replace(0, state.doc.content.size, before.slice(0, before.content.size));
    expect(narrowRemoteChange(state, local)).toBeNull();
    const typed = state.tr.insertText('x', inSecond('First article.')).setMeta(ySyncPluginKey, {
      isChangeOrigin: true,
    });
    expect(narrowRemoteChange(state, typed)).toBeNull();
  });
});
