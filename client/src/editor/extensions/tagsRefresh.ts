import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { TreatyTagsStore } from '../../tags/TreatyTagsStore.ts';

/** Meta of the transaction that tells tag-drawing plugins to redraw: the tags changed, the text did not. */
export const tagsChangedKey = new PluginKey('tagsChanged');

/**
 * Turns tag changes in the Y.Doc into one meta transaction. Deferred to a
 * microtask so it never dispatches in the middle of another dispatch (a tag
 * write can happen inside the sync plugin's own Yjs transaction).
 */
export function tagsRefreshPlugin(store: TreatyTagsStore): Plugin {
  return new Plugin({
    view: (view) => {
      let queued = false;
      const unsubscribe = store.subscribe(() => {
        if (queued) return;
        queued = true;
        queueMicrotask(() => {
          queued = false;
          if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(tagsChangedKey, true));
        });
      });
      return { destroy: unsubscribe };
    },
  });
}
