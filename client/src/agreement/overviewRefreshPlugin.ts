import type { AgreementOverview } from '@pactum/shared';
import { Plugin, type PluginKey } from '@tiptap/pm/state';
import type { AgreementStore } from './AgreementStore.ts';

/**
 * Turns a new agreement overview into one meta transaction (`key`), but only
 * when `drawn` — everything some decorations show of it, as one string —
 * changed: most overviews while typing differ only in the hash of the clause
 * being typed in. Deferred to a microtask so it never dispatches inside
 * another dispatch.
 */
export function overviewRefreshPlugin(
  store: AgreementStore,
  key: PluginKey,
  drawn: (overview: AgreementOverview) => string,
): Plugin {
  return new Plugin({
    view: (view) => {
      let last = drawn(store.getSnapshot());
      let queued = false;
      const unsubscribe = store.subscribe(() => {
        const next = drawn(store.getSnapshot());
        if (queued || next === last) return;
        last = next;
        queued = true;
        queueMicrotask(() => {
          queued = false;
          if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, true));
        });
      });
      return { destroy: unsubscribe };
    },
  });
}
