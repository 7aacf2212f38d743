import type { AgreementOverview } from '@pactum/shared';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { AgreementStore } from '../../agreement/AgreementStore.ts';

/** Meta of the transaction that tells the text to redraw the concordance of its articles. */
export const concordanceChangedKey = new PluginKey('concordanceChanged');

/** Everything the text shows of concordance, as one string: unchanged while someone types in a concordant text. */
function drawnState(overview: AgreementOverview): string {
  return overview.clauses
    .map(
      ({ clauseId, concordance: c }) => `${clauseId}:${c.status}:${c.changed}:${c.empty}:${c.confirmed?.at}`,
    )
    .join(' ');
}

/**
 * One meta transaction when the concordance of an article changes in the
 * agreement store's overview (the store the status markers read, so it is
 * derived once). Deferred to a microtask so it never dispatches inside another dispatch.
 */
export function concordanceRefreshPlugin(store: AgreementStore): Plugin {
  return new Plugin({
    view: (view) => {
      let drawn = drawnState(store.getSnapshot());
      let queued = false;
      const unsubscribe = store.subscribe(() => {
        const next = drawnState(store.getSnapshot());
        if (queued || next === drawn) return;
        drawn = next;
        queued = true;
        queueMicrotask(() => {
          queued = false;
          if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(concordanceChangedKey, true));
        });
      });
      return { destroy: unsubscribe };
    },
  });
}
