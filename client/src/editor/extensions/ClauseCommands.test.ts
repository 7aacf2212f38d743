import { LANG_ATTR, readLanguages, TREATY_FRAGMENT, treatyFromNode, writeLanguages } from '@pactum/shared';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { ySyncPlugin } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClauseCommands } from './ClauseCommands.ts';
import { textPos, treatyEditor, treatyJSON } from './treatyEditorFixture.ts';

const languagesOf = (clause: ProseMirrorNode | undefined) =>
  clause ? Array.from({ length: clause.childCount }, (_, i) => clause.child(i).attrs[LANG_ATTR]) : [];

describe('insertClauseAfter', () => {
  it('adds an article with a text in every language and puts the caret in the shown heading', () => {
    for (const lang of ['en', 'uk']) {
      const editor = treatyEditor(treatyJSON(), lang, [ClauseCommands]);
      const { state } = editor;
      editor.view.dispatch(
        state.tr.setSelection(TextSelection.create(state.doc, textPos(editor, 'Purpose text.'))),
      );
      expect(editor.commands.insertClauseAfter()).toBe(true);
      const { doc, selection } = editor.state;
      expect(languagesOf(doc.child(3))).toEqual(['en', 'uk']);
      expect(selection.$head.parent.type.name).toBe('clauseHeading');
      expect(selection.$head.node(2).attrs[LANG_ATTR]).toBe(lang);
      expect(selection.$head.index(0)).toBe(3);

      editor.view.dispatch(editor.state.tr.insertText('New'));
      const texts = treatyFromNode(doc.type.schema.nodeFromJSON(editor.getJSON()), {
        languages: ['en', 'uk'],
      }).clauses[1]?.texts;
      expect([texts?.en?.heading, texts?.uk?.heading]).toEqual(lang === 'en' ? ['New', ''] : ['', 'New']);
    }
  });

  it('takes the languages from the Y.Doc the editor is bound to', () => {
    const ydoc = new Y.Doc();
    writeLanguages(ydoc, ['en', 'uk', 'fr']);
    const bound = Extension.create({
      name: 'boundToYDoc',
      addProseMirrorPlugins: () => [ySyncPlugin(ydoc.getXmlFragment(TREATY_FRAGMENT))],
    });
    const editor = treatyEditor(treatyJSON({ uk: false }), 'en', [ClauseCommands, bound]);
    editor.commands.setTextSelection(textPos(editor, 'Duration text.'));
    expect(editor.commands.insertClauseAfter()).toBe(true);
    expect(languagesOf(editor.state.doc.lastChild ?? undefined)).toEqual(readLanguages(ydoc));
  });
});
