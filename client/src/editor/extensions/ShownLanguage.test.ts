import {
  ClauseIdentity,
  fragmentProblem,
  LANG_ATTR,
  TREATY_FRAGMENT,
  treatyFromNode,
  writeLanguages,
} from '@pactum/shared';
import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { prosemirrorToYXmlFragment, ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { shownSelectionFrom } from '../shownText.ts';
import { ClauseCommands } from './ClauseCommands.ts';
import { HIDDEN_LANGUAGE_CLASS, hideLanguages } from './hiddenLanguages.ts';
import { ShownSelection } from './ShownSelection.ts';
import { textPos, treatyEditor, treatyJSON } from './treatyEditorFixture.ts';

const read = (doc: ProseMirrorNode, lang: string) => treatyFromNode(doc, { languages: ['en', 'uk'], lang });
/** What the server's schema check says about `doc` in Yjs: null when it would keep it as it is. */
function fragmentOf(doc: ProseMirrorNode): string | null {
  const ydoc = new Y.Doc();
  writeLanguages(ydoc, ['en', 'uk']);
  const fragment = ydoc.getXmlFragment(TREATY_FRAGMENT);
  prosemirrorToYXmlFragment(doc, fragment);
  return fragmentProblem(fragment);
}
const texts = (doc: ProseMirrorNode, lang: string) => {
  const treaty = read(doc, lang);
  return [treaty.title, treaty.preamble, ...treaty.clauses.map((c) => `${c.heading} | ${c.text}`)];
};

/** Types `text` over the selection the way ProseMirror does for a keypress. */
function type(editor: Editor, text: string): void {
  editor.view.dispatch(editor.state.tr.insertText(text));
}

function select(editor: Editor, from: number, to = from): void {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
}

describe('ShownLanguage', () => {
  it('hides the title, preamble and article texts of every other language', () => {
    const editor = treatyEditor(treatyJSON(), 'en');
    const { doc } = editor.state;
    const hidden = hideLanguages(doc, ['en'])
      .find()
      .map((decoration) => {
        expect((decoration as unknown as { type: { attrs: object } }).type.attrs).toEqual({
          class: HIDDEN_LANGUAGE_CLASS,
        });
        const node = doc.nodeAt(decoration.from);
        return [node?.type.name, node?.attrs[LANG_ATTR], decoration.to - decoration.from === node?.nodeSize];
      });
    expect(hidden).toEqual([
      ['titleText', 'uk', true],
      ['preambleText', 'uk', true],
      ['clauseText', 'uk', true],
      ['clauseText', 'uk', true],
      ['clauseText', 'uk', true],
    ]);
    expect(
      hideLanguages(doc, ['uk'])
        .find()
        .map((d) => doc.nodeAt(d.from)?.attrs[LANG_ATTR]),
    ).toEqual(['en', 'en', 'en', 'en', 'en']);
    expect(hideLanguages(treatyEditor(treatyJSON({ uk: false })).state.doc, ['en']).find()).toEqual([]);
    // Side by side, both are shown, the first language in the first column.
    const columns = hideLanguages(doc, ['uk', 'en'])
      .find()
      .map((d) => [
        doc.nodeAt(d.from)?.attrs[LANG_ATTR],
        (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class,
      ]);
    expect(columns.slice(0, 2)).toEqual([
      ['en', 'lang-column-2'],
      ['uk', 'lang-column-1'],
    ]);
    expect(columns.filter(([, c]) => c === HIDDEN_LANGUAGE_CLASS)).toEqual([]);
  });

  it('lets the user type in the shown text but not in a hidden one, where remote changes still land', () => {
    const editor = treatyEditor(treatyJSON(), 'en');
    select(editor, textPos(editor, 'Assistance text.'));
    type(editor, 'Indeed, ');
    expect(read(editor.state.doc, 'en').clauses[1]?.text).toBe('Indeed, Assistance text.');

    const uk = textPos(editor, 'Допомога: текст.');
    editor.view.dispatch(editor.state.tr.insertText('Так, ', uk));
    expect(read(editor.state.doc, 'uk').clauses[1]?.text).toBe('Допомога: текст.');

    editor.view.dispatch(
      editor.state.tr.insertText('Так, ', uk).setMeta(ySyncPluginKey, { isChangeOrigin: true }),
    );
    expect(read(editor.state.doc, 'uk').clauses[1]?.text).toBe('Так, Допомога: текст.');
  });

  it('types over select all in the shown texts only: articles and hidden texts stay', () => {
    const editor = treatyEditor(treatyJSON(), 'en');
    const before = editor.state.doc;
    editor.commands.selectAll();
    expect(editor.state.selection).toBeInstanceOf(ShownSelection);
    type(editor, 'x');
    expect(texts(editor.state.doc, 'uk')).toEqual(texts(before, 'uk'));
    expect(texts(editor.state.doc, 'en')).toEqual(['x', '', ' | ', ' | ', ' | ']);
    expect(fragmentOf(editor.state.doc)).toBeNull();

    const other = treatyEditor(treatyJSON(), 'en');
    other.commands.selectAll();
    other.commands.deleteSelection();
    expect(texts(other.state.doc, 'uk')).toEqual(texts(before, 'uk'));
    expect(texts(other.state.doc, 'en')).toEqual(['', '', ' | ', ' | ', ' | ']);
  });

  it('deletes, types and bolds across articles in the shown texts only', () => {
    const editor = treatyEditor(treatyJSON(), 'en');
    const before = editor.state.doc;
    const from = textPos(editor, 'Purpose text.') + 3;
    const to = textPos(editor, 'Assistance text.') + 3;
    select(editor, from, to);
    expect(editor.state.selection.ranges).toHaveLength(2);
    editor.commands.setBold();
    const bold = treatyFromNode(editor.state.doc, { languages: ['en', 'uk'], lang: 'en' }).clauses;
    expect(JSON.stringify(bold[0]?.body)).toContain('"marks":[{"type":"bold"}],"text":"pose text."');
    expect(JSON.stringify(bold[1]?.body)).toContain('"marks":[{"type":"bold"}],"text":"Ass"');
    expect(texts(editor.state.doc, 'uk')).toEqual(texts(before, 'uk'));

    select(editor, from, to);
    type(editor, '!');
    // As in one text: what is left of the body after a heading deleted from its start joins the heading.
    expect(texts(editor.state.doc, 'en').slice(2)).toEqual([
      'Purpose | Pur!',
      'istance text. | ',
      'Duration | Duration text.',
    ]);
    expect(texts(editor.state.doc, 'uk')).toEqual(texts(before, 'uk'));
    expect(fragmentOf(editor.state.doc)).toBeNull();
  });

  it('copies the shown texts of a selection across articles, not the hidden ones', () => {
    const editor = treatyEditor(treatyJSON(), 'en');
    select(editor, textPos(editor, 'Purpose text.') + 8, textPos(editor, 'Assistance text.') + 10);
    const copied: string[] = [];
    editor.state.selection.content().content.forEach((block) => {
      copied.push(block.textContent);
    });
    expect(copied).toEqual(['text.', 'Assistance', 'Assistance']);
  });

  it('side by side, edits both shown texts, and a selection across the two changes both', () => {
    const editor = treatyEditor(treatyJSON(), 'uk', [], 'en');
    select(editor, textPos(editor, 'Допомога: текст.'));
    type(editor, 'Так, ');
    select(editor, textPos(editor, 'Assistance text.'));
    type(editor, 'Indeed, ');
    expect(read(editor.state.doc, 'uk').clauses[1]?.text).toBe('Так, Допомога: текст.');
    expect(read(editor.state.doc, 'en').clauses[1]?.text).toBe('Indeed, Assistance text.');

    // A selection from one text of an article into the other changes both, and joins neither.
    select(
      editor,
      textPos(editor, 'Indeed, Assistance text.') + 8,
      textPos(editor, 'Так, Допомога: текст.') + 5,
    );
    expect(editor.state.selection).toBeInstanceOf(ShownSelection);
    type(editor, '…');
    expect(texts(editor.state.doc, 'en')[3]).toBe('Assistance | Indeed, …');
    expect(texts(editor.state.doc, 'uk')[3]).toBe('Допомога: текст. | ');
    expect(fragmentOf(editor.state.doc)).toBeNull();
  });

  it('still lets select all and type replace a treaty in one language, with valid new texts', () => {
    const editor = treatyEditor(treatyJSON({ uk: false }), 'en', [ClauseIdentity]);
    editor.commands.selectAll();
    type(editor, 'x');
    const treaty = treatyFromNode(editor.state.doc);
    expect([treaty.title, treaty.clauses.length]).toEqual(['x', 1]);
    // ProseMirror made the new texts without a language; the server would refuse them.
    const fragment = new Y.Doc().getXmlFragment(TREATY_FRAGMENT);
    prosemirrorToYXmlFragment(editor.state.doc, fragment);
    expect(fragmentProblem(fragment)).toBeNull();
  });

  it('refuses steps built from positions that reach into a hidden text, marks included', () => {
    const editor = treatyEditor(treatyJSON(), 'en');
    const before = editor.state.doc;
    const from = textPos(editor, 'Purpose text.') + 3;
    const to = textPos(editor, 'Assistance text.') + 3;
    editor.view.dispatch(editor.state.tr.delete(from, to));
    editor.view.dispatch(editor.state.tr.addMark(from, to, editor.schema.marks.bold?.create() as never));
    expect(editor.state.doc.eq(before)).toBe(true);

    // Within the shown text, bold applies.
    select(editor, textPos(editor, 'Purpose text.'), textPos(editor, 'Purpose text.') + 7);
    expect(editor.state.selection).not.toBeInstanceOf(ShownSelection);
    editor.commands.setBold();
    expect(editor.state.doc.eq(before)).toBe(false);
  });

  it('deletes and moves whole articles, their hidden texts with them', () => {
    const editor = treatyEditor(treatyJSON(), 'en', [ClauseCommands]);
    select(editor, textPos(editor, 'Purpose text.'));
    expect(editor.commands.moveClause('down')).toBe(true);
    expect(read(editor.state.doc, 'uk').clauses.map((c) => c.heading)).toEqual(['Допомога', 'Мета', 'Строк']);
    expect(editor.commands.deleteClause()).toBe(true);
    expect(read(editor.state.doc, 'uk').clauses.map((c) => c.heading)).toEqual(['Допомога', 'Строк']);
    expect(read(editor.state.doc, 'en').clauses.map((c) => c.heading)).toEqual(['Assistance', 'Duration']);
  });

  it('refuses to put an article without its hidden text in the place of one', () => {
    const editor = treatyEditor(treatyJSON(), 'en');
    const { doc } = editor.state;
    const pos = doc.resolve(0).posAtIndex(3, 0);
    const article = doc.child(3);
    const englishOnly = article.copy(article.content.cut(0, article.child(0).nodeSize));
    editor.view.dispatch(editor.state.tr.replaceWith(pos, pos + article.nodeSize, englishOnly));
    expect(editor.state.doc.eq(doc)).toBe(true);
    editor.view.dispatch(editor.state.tr.replaceWith(pos, pos + article.nodeSize, article));
    expect(editor.state.doc.eq(doc)).toBe(true);
    expect(editor.state.tr.replaceWith(pos, pos + article.nodeSize, article).docChanged).toBe(true);
  });

  it('moves a caret left in a hidden text to the shown one, and Enter skips hidden texts', () => {
    const editor = treatyEditor(treatyJSON(), 'en');
    select(editor, textPos(editor, 'Мета'));
    expect(editor.state.selection.$head.node(2).attrs[LANG_ATTR]).toBe('en');

    const afterTitle = editor.state.doc.resolve(textPos(editor, 'Security Agreement') + 18);
    const next = shownSelectionFrom(editor.state.doc.resolve(afterTitle.after()), 1, ['en']);
    expect(next?.$head.parent.textContent).toBe('The Parties,');
  });
});
