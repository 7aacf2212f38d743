import { EMPTY_CLAUSE_TAGS } from '@pactum/shared';
import type { Editor } from '@tiptap/core';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../filter/clauseFilter.ts';
import type { TreatyTagsStore } from '../../tags/TreatyTagsStore.ts';
import { ClauseFilterHighlight, filterCount, setClauseFilter } from './ClauseFilterHighlight.ts';
import { treatyEditor, treatyJSON } from './treatyEditorFixture.ts';

const noTags = {
  getSnapshot: () => ({ byClause: new Map(), domains: [], parties: [], clauseTags: () => EMPTY_CLAUSE_TAGS }),
} as unknown as TreatyTagsStore;

function searched(lang: string, second: string | null, text: string) {
  const editor = treatyEditor(
    treatyJSON(),
    lang,
    [ClauseFilterHighlight.configure({ store: noTags })],
    second,
  );
  setClauseFilter(editor, { ...NO_FILTER, text });
  return editor;
}

/** The highlighted words and the articles' classes and notes, as the view draws them. */
function drawn(editor: Editor) {
  const { doc } = editor.state;
  const hits: string[] = [];
  const clauses: string[] = [];
  for (const plugin of editor.state.plugins) {
    const set = plugin.props.decorations?.call(plugin, editor.state);
    for (const d of (set as DecorationSet | null | undefined)?.find() ?? []) {
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      if (attrs.class === 'search-hit') hits.push(doc.textBetween(d.from, d.to));
      else if (attrs.class?.startsWith('is-match'))
        clauses.push(`${attrs.class} ${attrs['data-match-in'] ?? ''}`.trim());
    }
  }
  return { hits, clauses, count: filterCount(editor.state) };
}

describe('ClauseFilterHighlight', () => {
  it('finds an article by its text in a hidden language and says where it was found', () => {
    const result = drawn(searched('en', null, 'ДОПОМОГА'));
    expect(result.count).toEqual({ matched: 1, total: 3 });
    expect(result.hits).toEqual([]);
    expect(result.clauses).toEqual(['is-match is-match-elsewhere Found in the Ukrainian text']);
  });

  it('marks the words found in the shown texts, both of them side by side', () => {
    expect(drawn(searched('en', null, 'text')).hits).toEqual(['text', 'text', 'text']);
    const sideBySide = drawn(searched('en', 'uk', 'допомога'));
    expect(sideBySide.hits).toEqual(['Допомога', 'Допомога']);
    expect(sideBySide.clauses).toEqual(['is-match']);
  });
});
