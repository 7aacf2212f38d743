import { type AgreementOverview, CLAUSE_ID_ATTR, TreatyNode } from '@pactum/shared';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  type ClauseWindow,
  INITIAL_WINDOW,
  inWindow,
  movedWindow,
} from '../editor/extensions/ClauseWindow.ts';
import { interfaceLanguageChanged } from '../editor/extensions/interfaceLanguageRefresh.ts';
import { shownLanguage } from '../editor/extensions/ShownLanguage.ts';
import { changesClauseIds, changesOutside } from '../editor/extensions/touchesClauseList.ts';
import {
  OVERLAY_PARTS,
  type OverlayPart,
  type OverlayPartsOf,
  OverlaySlot,
} from '../editor/overlay/overlayParts.ts';
import { shownText } from '../editor/shownText.ts';
import { i18next } from '../i18n/i18n.ts';
import { formatList } from '../lib/formatList.ts';
import type { AgreementStore } from './AgreementStore.ts';
import { agreementMarkerView, renderAgreementMarker } from './agreementMarker.ts';
import { agreementChangedKey, agreementRefreshPlugin } from './agreementRefresh.ts';

export interface AgreementDecorationsOptions {
  store: AgreementStore | null;
  /** Opens the side panel of a clause (its status marker). */
  onOpen: (clauseId: string) => void;
}

interface AgreementDecorationsState {
  decorations: DecorationSet;
  /** The status markers near the screen, drawn beside the text (ClauseOverlay.ts). */
  parts: readonly OverlayPart[];
  window: ClauseWindow;
}

const key = new PluginKey<AgreementDecorationsState>('agreementDecorations');

function draw(
  doc: ProseMirrorNode,
  lang: string,
  overview: AgreementOverview,
  window: ClauseWindow,
  open: (clauseId: string) => void,
): AgreementDecorationsState {
  const byId = new Map(overview.clauses.map((clause) => [clause.clauseId, clause]));
  const decorations: Decoration[] = [];
  const parts: OverlayPart[] = [];
  doc.forEach((clause, pos, index) => {
    if (clause.type.name !== TreatyNode.clause) return;
    const clauseId = String(clause.attrs[CLAUSE_ID_ATTR] ?? '');
    const agreement = byId.get(clauseId);
    const text = shownText(clause, lang);
    const heading = text?.node.firstChild;
    if (!agreement || !text || !heading) return;
    if (inWindow(window, index)) {
      const marker = agreementMarkerView(agreement);
      parts.push({
        clauseId,
        index,
        slot: OverlaySlot.marker,
        key: `${clauseId} ${marker.key}`,
        render: () => renderAgreementMarker(marker, () => open(clauseId)),
      });
    }
    if (agreement.brackets.length === 0) return;
    const codes = agreement.brackets.map((bracket) => bracket.delegation);
    const holders = codes.join(', ');
    decorations.push(
      Decoration.node(pos, pos + clause.nodeSize, { class: 'is-bracketed', 'data-bracketed-by': holders }),
    );
    const bodyPos = pos + 1 + text.offset + 1 + heading.nodeSize;
    const body = text.node.maybeChild(1);
    const bracketedBy = i18next.t('agreement:bracketedBy', { codes: formatList(codes, 'unit') });
    // The title shows on hover; screen readers say the description when they reach the text.
    if (body)
      decorations.push(
        Decoration.node(bodyPos, bodyPos + body.nodeSize, {
          title: bracketedBy,
          'aria-description': bracketedBy,
        }),
      );
  });
  return { decorations: DecorationSet.create(doc, decorations), parts, window };
}

/**
 * Square brackets around the text of every bracketed clause (CSS on the
 * `is-bracketed` class, holders in `data-bracketed-by` and on hover) and a
 * status marker beside each heading near the screen (ClauseWindow.ts), in
 * the layer beside the text (ClauseOverlay.ts).
 * Redrawn only when what they show changes (the store's throttled overview,
 * filtered by agreementRefresh.ts, so a sign-off going stale shows within a
 * blink), the window moves or the list of clauses changes; typing only maps them.
 */
export const AgreementDecorations = Extension.create<AgreementDecorationsOptions>({
  name: 'agreementDecorations',

  addOptions: () => ({ store: null, onOpen: () => {} }),

  addProseMirrorPlugins() {
    const { store } = this.options;
    if (!store) return [];
    const open = (clauseId: string) => this.options.onOpen(clauseId);
    return [
      agreementRefreshPlugin(store),
      new Plugin<AgreementDecorationsState>({
        key,
        state: {
          init: (_config, state) =>
            draw(state.doc, shownLanguage(state), store.getSnapshot(), INITIAL_WINDOW, open),
          apply: (tr, value, oldState) => {
            const window = movedWindow(tr);
            if (
              window ||
              tr.getMeta(agreementChangedKey) ||
              // Markers and hover texts are worded in the interface language.
              interfaceLanguageChanged(tr) ||
              (tr.docChanged && (changesOutside(tr, 2) || changesClauseIds(tr)))
            )
              return draw(tr.doc, shownLanguage(oldState), store.getSnapshot(), window ?? value.window, open);
            return tr.docChanged
              ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) }
              : value;
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
        [OVERLAY_PARTS]: ((state) => key.getState(state)?.parts) satisfies OverlayPartsOf,
      }),
    ];
  },
});
