import {
  CLAUSE_ID_ATTR,
  EMPTY_CLAUSE_TAGS,
  LANG_ATTR,
  LANGUAGE_TEXT_NODES,
  TreatyNode,
  type TreatyTags,
} from '@pactum/shared';
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
import { i18next } from '../../i18n/i18n.ts';
import { formatList } from '../../lib/formatList.ts';
import type { TreatyTagsStore } from '../../tags/TreatyTagsStore.ts';
import { interfaceLanguageName } from '../languageLabel.ts';
import { shownTexts } from '../shownText.ts';
import { interfaceLanguageChanged } from './interfaceLanguageRefresh.ts';
import { shownLanguages } from './ShownLanguage.ts';
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

function lowered(node: ProseMirrorNode): string {
  let text = searchTexts.get(node);
  if (text === undefined) {
    text = searchKey(node.textBetween(0, node.content.size, '\n', '\n'));
    searchTexts.set(node, text);
  }
  return text;
}

/** The article's text in every language, lowered for search: an article matches in any of them. */
function searchableText(clause: ProseMirrorNode): string {
  const texts: string[] = [];
  clause.forEach((text) => {
    if (LANGUAGE_TEXT_NODES.has(text.type.name)) texts.push(lowered(text));
  });
  // A character no query holds, so that no match runs from one language into the next.
  return texts.join('\u0000');
}

/** Inline highlights of `query` in the shown texts of the clause at `pos`; none when they hold none. */
function hitsInShownTexts(clause: ProseMirrorNode, pos: number, langs: readonly string[], query: string) {
  const hits: Decoration[] = [];
  for (const { node, offset } of shownTexts(clause, langs)) {
    node.descendants((block, blockPos) => {
      if (!block.isTextblock) return true;
      const text = block.textContent;
      // Offsets in the text are positions only when every inline node is text and lowering kept its length.
      const lower = text.toLocaleLowerCase();
      if (text.length !== block.content.size || lower.length !== text.length) return false;
      const start = pos + 1 + offset + 1 + blockPos + 1;
      for (let at = lower.indexOf(query); at >= 0; at = lower.indexOf(query, at + query.length))
        hits.push(Decoration.inline(start + at, start + at + query.length, { class: 'search-hit' }));
      return false;
    });
  }
  return hits;
}

/** The names (in the interface language) of the hidden languages whose text holds `query`; none when a shown text holds it. */
function languagesElsewhere(clause: ProseMirrorNode, langs: readonly string[], query: string): string[] {
  const shown = new Set(shownTexts(clause, langs).map((text) => text.index));
  const found: string[] = [];
  let inShown = false;
  clause.forEach((text, _offset, index) => {
    if (!LANGUAGE_TEXT_NODES.has(text.type.name) || !lowered(text).includes(query)) return;
    if (shown.has(index)) inShown = true;
    else found.push(interfaceLanguageName(String(text.attrs[LANG_ATTR])));
  });
  return inShown ? [] : found;
}

function applyFilter(
  doc: ProseMirrorNode,
  langs: readonly string[],
  filter: ClauseFilter,
  tags: () => TreatyTags,
): FilterState {
  const active = isFilterActive(filter);
  const query = searchKey(filter.text);
  const decorations: Decoration[] = [];
  let total = 0;
  let matched = 0;
  doc.forEach((clause, pos) => {
    if (clause.type.name !== TreatyNode.clause) return;
    total++;
    if (!active) return;
    const clauseTags = tags().byClause.get(String(clause.attrs[CLAUSE_ID_ATTR])) ?? EMPTY_CLAUSE_TAGS;
    const match = clauseMatches(filter, clauseTags, () => searchableText(clause));
    if (match) matched++;
    const attrs: Record<string, string> = { class: match ? 'is-match' : 'is-filtered-out' };
    if (match && query !== '') {
      const hits = hitsInShownTexts(clause, pos, langs, query);
      decorations.push(...hits);
      const elsewhere = languagesElsewhere(clause, langs, query);
      if (elsewhere.length > 0) {
        attrs.class = 'is-match is-match-elsewhere';
        attrs['data-match-in'] = i18next.t('editor:foundElsewhere', { languages: formatList(elsewhere) });
      }
    }
    decorations.push(Decoration.node(pos, pos + clause.nodeSize, attrs));
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
 * a class on each `section.clause`; the words searched for are marked in the
 * shown texts, and an article that matches only in a hidden language says which. While a filter is set, every edit
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
            applyFilter(state.doc, shownLanguages(state), NO_FILTER, store.getSnapshot),
          apply: (tr, value, oldState) => {
            const filter = (tr.getMeta(key) as ClauseFilter | undefined) ?? value.filter;
            const active = isFilterActive(filter);
            const recheck =
              filter !== value.filter ||
              (active && (tr.docChanged || tr.getMeta(tagsChangedKey) || interfaceLanguageChanged(tr))) ||
              (tr.docChanged && touchesClauseList(tr));
            return recheck ? applyFilter(tr.doc, shownLanguages(oldState), filter, store.getSnapshot) : value;
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});
