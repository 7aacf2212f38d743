import { type AgreementOverview, CLAUSE_ID_ATTR, readLanguages, TreatyNode } from '@pactum/shared';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type * as Y from 'yjs';
import type { AgreementStore } from '../../agreement/AgreementStore.ts';
import { clauseAt } from '../clauseAt.ts';
import { type ClauseWindow, INITIAL_WINDOW, inWindow, movedWindow } from '../extensions/ClauseWindow.ts';
import { interfaceLanguageChanged } from '../extensions/interfaceLanguageRefresh.ts';
import { shownLanguages } from '../extensions/ShownLanguage.ts';
import { changesClauseIds, changesOutside } from '../extensions/touchesClauseList.ts';
import { concordanceChanges } from './concordanceChanges.ts';
import { concordanceChangedKey, concordanceRefreshPlugin } from './concordanceRefresh.ts';
import { concordanceView } from './concordanceView.ts';
import { confirmConcordance } from './confirmConcordance.ts';
import { liveTextHashes } from './liveClauseTexts.ts';
import { releaseConcordance, renderConcordance, renderConcordanceBadge } from './renderConcordance.ts';

export interface ConcordanceDecorationsOptions {
  store: AgreementStore | null;
  doc: Y.Doc | null;
  treatyId: string;
  /** Whether the reader may confirm (a drafter or chair of a party delegation); the server decides all the same. */
  mayConfirm: () => boolean;
  /** Resolves once this reader's own edits are on the server, so a confirmation never overtakes them. */
  whenSaved: () => Promise<void>;
}

interface State {
  decorations: DecorationSet;
  window: ClauseWindow;
}

const key = new PluginKey<State>('concordanceDecorations');

/**
 * The concordance of each article of a treaty in several languages, from the
 * agreement store (derived there from the live Y.Doc, with sign-offs): side
 * by side, a strip under the two texts with the status, the change since
 * the confirmation and the confirmation itself; with one language shown, a
 * badge by the status marker. Drawn near the screen only (ClauseWindow.ts),
 * redrawn when a status changes, the window moves, articles come and go or
 * the interface language changes.
 */
export const ConcordanceDecorations = Extension.create<ConcordanceDecorationsOptions>({
  name: 'concordanceDecorations',

  addOptions: () => ({
    store: null,
    doc: null,
    treatyId: '',
    mayConfirm: () => false,
    whenSaved: () => Promise.resolve(),
  }),

  addKeyboardShortcuts() {
    return {
      // Side by side, Tab goes from an article's text to its concordance (else the browser's next stop
      // is the first control in the whole text); Shift+Tab from there goes back the usual way.
      Tab: () => {
        const { view, state } = this.editor;
        const clause = shownLanguages(state).length > 1 ? clauseAt(state.selection) : null;
        const dom = clause && view.nodeDOM(clause.pos);
        const control =
          dom instanceof HTMLElement
            ? dom.querySelector<HTMLElement>('.concordance summary, .concordance button')
            : null;
        control?.focus();
        return control !== null && control !== undefined;
      },
    };
  },

  addProseMirrorPlugins() {
    const { store, doc, treatyId, mayConfirm, whenSaved } = this.options;
    if (!store || !doc) return [];

    const draw = (
      pmDoc: ProseMirrorNode,
      sideBySide: boolean,
      overview: AgreementOverview,
      window: ClauseWindow,
    ) => {
      if (readLanguages(doc).length < 2) return { decorations: DecorationSet.empty, window };
      const byId = new Map(overview.clauses.map((clause) => [clause.clauseId, clause]));
      const may = mayConfirm();
      const decorations: Decoration[] = [];
      pmDoc.forEach((clause, pos, index) => {
        if (clause.type.name !== TreatyNode.clause || !inWindow(window, index)) return;
        const clauseId = String(clause.attrs[CLAUSE_ID_ATTR] ?? '');
        const agreement = byId.get(clauseId);
        if (!agreement) return;
        const view = concordanceView(agreement.concordance, may);
        const confirmed = agreement.concordance.confirmed?.texts ?? {};
        const render = sideBySide
          ? () =>
              renderConcordance(view, {
                label: agreement.label,
                changes: () => concordanceChanges(doc, clauseId, confirmed, view.changed),
                watch: store.subscribe,
                confirm: async () => {
                  const read = liveTextHashes(doc, clauseId);
                  await whenSaved();
                  await confirmConcordance(treatyId, clauseId, read);
                },
              })
          : () => renderConcordanceBadge(view);
        decorations.push(
          Decoration.widget(pos + clause.nodeSize - 1, render, {
            key: `concordance ${clauseId} ${sideBySide} ${view.key}`,
            side: 1,
            ignoreSelection: true,
            stopEvent: () => true,
            destroy: releaseConcordance,
          }),
        );
      });
      return { decorations: DecorationSet.create(pmDoc, decorations), window };
    };

    return [
      concordanceRefreshPlugin(store),
      new Plugin<State>({
        key,
        state: {
          init: (_config, state) =>
            draw(state.doc, shownLanguages(state).length > 1, store.getSnapshot(), INITIAL_WINDOW),
          apply: (tr, value, oldState) => {
            const window = movedWindow(tr);
            if (
              window ||
              tr.getMeta(concordanceChangedKey) ||
              interfaceLanguageChanged(tr) ||
              (tr.docChanged && (changesOutside(tr, 2) || changesClauseIds(tr)))
            )
              return draw(
                tr.doc,
                shownLanguages(oldState).length > 1,
                store.getSnapshot(),
                window ?? value.window,
              );
            return tr.docChanged
              ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) }
              : value;
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});
