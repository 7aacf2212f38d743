import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Plugin, type StateField } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { yCursorPluginKey } from '@tiptap/y-tiptap';

/**
 * The caret plugin with its state computed so that it cannot fail: whatever
 * throws while the remote carets are worked out leaves no carets, instead of
 * failing the transaction (a remote change, whose text would then never reach
 * the editor). The next awareness event or remote change tries again.
 */
function withSafeState(plugin: Plugin): Plugin {
  const field = plugin.spec.state as StateField<DecorationSet> | undefined;
  if (!field) return plugin;
  let warned = false;
  const safely =
    <Args extends unknown[]>(compute: (...args: Args) => DecorationSet) =>
    (...args: Args): DecorationSet => {
      try {
        return compute(...args);
      } catch (error) {
        if (!warned) console.warn('Remote carets are hidden: they could not be drawn.', error);
        warned = true;
        return DecorationSet.empty;
      }
    };
  return new Plugin({
    ...plugin.spec,
    state: { ...field, init: safely(field.init), apply: safely(field.apply) },
  });
}

/** Tiptap's CollaborationCaret, except that drawing remote carets can never take the editor down. */
export const RemoteCarets = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    return (this.parent?.() ?? []).map((plugin) =>
      plugin.spec.key === yCursorPluginKey ? withSafeState(plugin) : plugin,
    );
  },
});
