import { AllSelection, Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { ShownSelection } from './ShownSelection.ts';

/**
 * Turns every selection that spans hidden language texts — select all
 * (Mod-a makes an AllSelection), a drag or Shift+click across articles, a
 * selection mapped through a change — into a {@link ShownSelection}, so
 * that typing, deleting, pasting and formatting over it change the shown
 * texts and leave the hidden ones as they are.
 */
export function shownSelectionPlugin(langs: readonly string[]): Plugin {
  return new Plugin({
    key: new PluginKey('shownSelection'),
    appendTransaction: (_transactions, _oldState, state) => {
      const { selection } = state;
      if (selection instanceof ShownSelection || selection.empty) return null;
      if (!(selection instanceof TextSelection || selection instanceof AllSelection)) return null;
      const limited = ShownSelection.limit(state.doc, selection.anchor, selection.head, langs);
      return limited ? state.tr.setSelection(limited) : null;
    },
  });
}
