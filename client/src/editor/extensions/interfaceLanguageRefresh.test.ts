import { EMPTY_CLAUSE_TAGS } from '@pactum/shared';
import type { Transaction } from '@tiptap/pm/state';
import type { DecorationSet, EditorView } from '@tiptap/pm/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTER } from '../../filter/clauseFilter.ts';
import { i18next } from '../../i18n/i18n.ts';
import type { TreatyTagsStore } from '../../tags/TreatyTagsStore.ts';
import { ClauseFilterHighlight, setClauseFilter } from './ClauseFilterHighlight.ts';
import {
  InterfaceLanguageRefresh,
  interfaceLanguageRefreshKey as refreshKey,
} from './interfaceLanguageRefresh.ts';
import { treatyEditor, treatyJSON } from './treatyEditorFixture.ts';

const noTags = {
  getSnapshot: () => ({ byClause: new Map(), domains: [], parties: [], clauseTags: () => EMPTY_CLAUSE_TAGS }),
} as unknown as TreatyTagsStore;

afterEach(async () => {
  await i18next.changeLanguage('en');
  vi.restoreAllMocks();
});

describe('InterfaceLanguageRefresh', () => {
  it('rewords the notes in the text when the interface language changes, and stops listening when the editor goes', async () => {
    i18next.addResource('fr', 'editor', 'foundElsewhere', 'Trouvé dans le texte {{languages}}');
    const editor = treatyEditor(treatyJSON(), 'en', [
      InterfaceLanguageRefresh,
      ClauseFilterHighlight.configure({ store: noTags }),
    ]);
    setClauseFilter(editor, { ...NO_FILTER, text: 'допомога' });
    // No DOM in unit tests: the plugin's view is started by hand over the editor's view-less dispatch.
    const refresh = editor.state.plugins.find((plugin) => plugin.spec.key === refreshKey);
    const view = {
      isDestroyed: false,
      dom: { querySelectorAll: () => [] },
      get state() {
        return editor.state;
      },
      dispatch: (tr: Transaction) => editor.view.dispatch(tr),
    } as unknown as EditorView;
    const pluginView = refresh?.spec.view?.(view);
    const notes = () =>
      editor.state.plugins.flatMap((plugin) =>
        ((plugin.props.decorations?.call(plugin, editor.state) as DecorationSet | undefined)?.find() ?? [])
          .map(
            (d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-match-in'],
          )
          .filter(Boolean),
      );
    expect(notes()).toEqual(['Found in the Ukrainian text']);

    await i18next.changeLanguage('fr');
    expect(notes()).toEqual(['Trouvé dans le texte ukrainien']);

    const off = vi.spyOn(i18next, 'off');
    pluginView?.destroy?.();
    expect(off).toHaveBeenCalledWith('languageChanged', expect.any(Function));
    await i18next.changeLanguage('en');
    expect(notes()).toEqual(['Trouvé dans le texte ukrainien']);
  });
});
