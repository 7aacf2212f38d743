import { CLAUSE_ID_ATTR, EMPTY_CLAUSE_TAGS, TreatyNode, type TreatyTags } from '@pactum/shared';
import { type Editor, Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  type ClauseFilter,
  clauseMatches,
  isFilterActive,
  NO_FILTER,
  searchKey,
} from '../../filter/clauseFilter.ts';
import type { TreatyTagsStore } from '../../tags/TreatyTagsStore.ts';
import { shownText } from '../shownText.ts';
import { shownLanguage } from './ShownLanguage.ts';
import { tagsChangedKey } from './tagsRefresh.ts';
import { touchesClauseList } from './touchesClauseList.ts';

export interface FilterCount {
  matched: number;
  total: number;
}

interface FilterState extends FilterCount {
  filter: ClauseFilter;
  decorations: DecorationSet;
}

const key = new PluginKey<FilterState>('clauseFilter');

// Unchanged texts keep their node object across edits, local and remote: each text is lowered once.
const searchTexts = new WeakMap<ProseMirrorNode, string>();

/** The article's text in the shown language, lowered for search: what the reader sees is what matches. */
function searchableText(clause: ProseMirrorNode, lang: string): string {
  const shown = shownText(clause, lang)?.node ?? clause;
  let text = searchTexts.get(shown);
  if (text === undefined) {
    text = searchKey(shown.textBetween(0, shown.content.size, '\n', '\n'));
    searchTexts.set(shown, text);
  }
  return text;
}

function applyFilter(
  doc: ProseMirrorNode,
  lang: string,
  filter: ClauseFilter,
  tags: () => TreatyTags,
): FilterState {
  const active = isFilterActive(filter);
  const decorations: Decoration[] = [];
  let total = 0;
  let matched = 0;
  doc.forEach((clause, pos) => {
    if (clause.type.name !== TreatyNode.clause) return;
    total++;
    if (!active) return;
    const clauseTags = tags().byClause.get(String(clause.attrs[CLAUSE_ID_ATTR])) ?? EMPTY_CLAUSE_TAGS;
    const match = clauseMatches(filter, clauseTags, () => searchableText(clause, lang));
    if (match) matched++;
    decorations.push(
      Decoration.node(pos, pos + clause.nodeSize, { class: match ? 'is-match' : 'is-filtered-out' }),
    );
  });
  return {
    filter,
    decorations: active ? DecorationSet.create(doc, decorations) : DecorationSet.empty,
    total,
    matched: active ? matched : total,
  };
}

export function setClauseFilter(editor: Editor, filter: ClauseFilter): void {
  editor.view.dispatch(editor.state.tr.setMeta(key, filter));
}

/** "N of M articles" for the current filter (N = M without one). */
export function filterCount(state: EditorState): FilterCount {
  const { matched, total } = key.getState(state) ?? { matched: 0, total: 0 };
  return { matched, total };
}

/**
 * Highlights the clauses that match the filter bar and dims the others, with
 * a class on each `section.clause`. While a filter is set, every edit
 * re-checks every clause, which stays cheap because each clause's lowered text
 * is cached by node; without one, only a change to the list of clauses
 * recounts them.
 */
export const ClauseFilterHighlight = Extension.create<{ store: TreatyTagsStore | null }>({
  name: 'clauseFilterHighlight',

  addOptions: () => ({ store: null }),

  addProseMirrorPlugins() {
    const { store } = this.options;
    if (!store) return [];
    return [
      new Plugin<FilterState>({
        key,
        state: {
          init: (_config, state) =>
            applyFilter(state.doc, shownLanguage(state), NO_FILTER, store.getSnapshot),
          apply: (tr, value, oldState) => {
            const filter = (tr.getMeta(key) as ClauseFilter | undefined) ?? value.filter;
            const active = isFilterActive(filter);
            const recheck =
              filter !== value.filter ||
              (active && (tr.docChanged || tr.getMeta(tagsChangedKey))) ||
              (tr.docChanged && touchesClauseList(tr));
            return recheck ? applyFilter(tr.doc, shownLanguage(oldState), filter, store.getSnapshot) : value;
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});
