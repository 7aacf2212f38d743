import { CLAUSE_ID_ATTR, EMPTY_CLAUSE_TAGS, TreatyNode, type TreatyTags } from '@pactum/shared';
import { type Editor, Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TreatyTagsStore } from '../../tags/TreatyTagsStore.ts';
import { clauseAt } from '../clauseAt.ts';
import {
  OVERLAY_PARTS,
  type OverlayPart,
  type OverlayPartsOf,
  OverlaySlot,
} from '../overlay/overlayParts.ts';
import { shownText } from '../shownText.ts';
import { type ClauseWindow, INITIAL_WINDOW, inWindow, movedWindow } from './ClauseWindow.ts';
import { clauseTagsView, renderClauseTags, TAGS_SHORTCUT } from './clauseTagsWidget.ts';
import { interfaceLanguageChanged } from './interfaceLanguageRefresh.ts';
import { shownLanguage } from './ShownLanguage.ts';
import { tagsChangedKey, tagsRefreshPlugin } from './tagsRefresh.ts';
import { changesClauseIds, changesOutside } from './touchesClauseList.ts';

export interface ClauseTagsOptions {
  store: TreatyTagsStore | null;
  /** Opens the tag panel of a clause (its Tags button, or the shortcut in it). */
  onOpen: (clauseId: string) => void;
}

interface ClauseTagsState {
  decorations: DecorationSet;
  /** Each article's tags and Tags button near the screen, drawn beside the text (ClauseOverlay.ts). */
  parts: readonly OverlayPart[];
  /** The clause whose panel is open, outlined in the text. */
  activeClauseId: string | null;
  window: ClauseWindow;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    clauseTags: {
      /** Opens the tag panel of the article at the cursor. */
      openClauseTags: () => ReturnType;
    };
  }
}

const key = new PluginKey<ClauseTagsState>('clauseTags');

function clauseIdOf(clause: ProseMirrorNode): string {
  return String(clause.attrs[CLAUSE_ID_ATTR] ?? '');
}

function drawTags(
  doc: ProseMirrorNode,
  lang: string,
  tags: TreatyTags,
  { activeClauseId, window }: Omit<ClauseTagsState, 'decorations' | 'parts'>,
  open: (clauseId: string) => void,
): Pick<ClauseTagsState, 'decorations' | 'parts'> {
  const decorations: Decoration[] = [];
  const parts: OverlayPart[] = [];
  doc.forEach((clause, pos, index) => {
    if (clause.type.name !== TreatyNode.clause) return;
    const clauseId = clauseIdOf(clause);
    const text = shownText(clause, lang);
    const heading = text?.node.firstChild;
    if (!text || !heading) return;
    const view = clauseTagsView(tags.byClause.get(clauseId) ?? EMPTY_CLAUSE_TAGS, tags.domains);
    const tagged = view.chips.length > 0 || view.badge !== null;
    if (clauseId === activeClauseId) {
      decorations.push(Decoration.node(pos, pos + clause.nodeSize, { class: 'is-tagging' }));
    }
    const body = text.node.maybeChild(1);
    const bodyPos = pos + 1 + text.offset + 1 + heading.nodeSize;
    if (tagged && body?.type.name === TreatyNode.clauseBody) {
      // Everywhere, so the room for the tag line is there before the line itself is drawn. On the
      // body, not the clause: decorations on top-level nodes are scanned once per article on every
      // update, which made each keystroke cost O(articles²) on a long treaty.
      decorations.push(Decoration.node(bodyPos, bodyPos + body.nodeSize, { class: 'has-tag-line' }));
    }
    if (!inWindow(window, index)) return;
    parts.push({
      clauseId,
      index,
      slot: OverlaySlot.tags,
      key: `${clauseId} ${view.key}`,
      render: () => renderClauseTags(view, () => open(clauseId)),
      ...(clauseId === activeClauseId && { itemClass: 'is-tagging' }),
    });
  });
  return { decorations: DecorationSet.create(doc, decorations), parts };
}

/** Outlines the clause whose tag panel is open, or none. */
export function setTaggingClause(editor: Editor, clauseId: string | null): void {
  if (key.getState(editor.state)?.activeClauseId === clauseId) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, { activeClauseId: clauseId }));
}

/**
 * Draws each clause's domain chips and trigger badge under its heading, with
 * a Tags button in the margin, for the articles near the screen (see
 * ClauseWindow.ts), in the layer beside the text (ClauseOverlay.ts): plain
 * DOM, keyed by what it shows, so the layer keeps the DOM of every clause
 * whose tags did not change. The room for the tag line stays in the text, a
 * class on the article's body. The set
 * is rebuilt only when tags change (a meta transaction from the store), the
 * window moves, the list of clauses changes or the interface language changes
 * (the widgets are worded in it); typing inside a clause only maps it.
 */
export const ClauseTags = Extension.create<ClauseTagsOptions>({
  name: 'clauseTags',

  addOptions: () => ({ store: null, onOpen: () => {} }),

  addProseMirrorPlugins() {
    const { store } = this.options;
    if (!store) return [];
    const open = (clauseId: string) => this.options.onOpen(clauseId);
    const draw = (
      doc: ProseMirrorNode,
      lang: string,
      state: Omit<ClauseTagsState, 'decorations' | 'parts'>,
    ): ClauseTagsState => ({ ...state, ...drawTags(doc, lang, store.getSnapshot(), state, open) });
    return [
      tagsRefreshPlugin(store),
      new Plugin<ClauseTagsState>({
        key,
        state: {
          init: (_config, state) =>
            draw(state.doc, shownLanguage(state), { activeClauseId: null, window: INITIAL_WINDOW }),
          apply: (tr, value, oldState) => {
            const meta = tr.getMeta(key) as Pick<ClauseTagsState, 'activeClauseId'> | undefined;
            const window = movedWindow(tr);
            if (
              meta ||
              window ||
              tr.getMeta(tagsChangedKey) ||
              interfaceLanguageChanged(tr) ||
              (tr.docChanged && (changesOutside(tr, 2) || changesClauseIds(tr)))
            ) {
              return draw(tr.doc, shownLanguage(oldState), {
                activeClauseId: meta ? meta.activeClauseId : value.activeClauseId,
                window: window ?? value.window,
              });
            }
            if (!tr.docChanged) return value;
            return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
        [OVERLAY_PARTS]: ((state) => key.getState(state)?.parts) satisfies OverlayPartsOf,
      }),
    ];
  },

  addCommands() {
    return {
      openClauseTags:
        () =>
        ({ state, dispatch }) => {
          const clause = clauseAt(state.selection);
          if (!clause) return false;
          if (dispatch) this.options.onOpen(clauseIdOf(clause.node));
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { [TAGS_SHORTCUT]: () => this.editor.commands.openClauseTags() };
  },
});
