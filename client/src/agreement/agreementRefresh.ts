import type { AgreementOverview } from '@pactum/shared';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { AgreementStore } from './AgreementStore.ts';

/** Meta of the transaction that tells the text to redraw brackets and status markers. */
export const agreementChangedKey = new PluginKey('agreementChanged');

/** Everything the text shows of the agreement, as one string: unchanged while someone just types. */
function drawnState(overview: AgreementOverview): string {
  return overview.clauses
    .map(
      (c) =>
        `${c.clauseId}:${c.status}:${c.signedBy}:${c.staleBy}:${c.missing}:${c.brackets.map((b) => b.delegation)}`,
    )
    .join(' ');
}

/**
 * Turns a new agreement overview into one meta transaction, but only when
 * something the text shows changed (most overviews while typing differ only
 * in the hash of the clause being typed in). Deferred to a microtask so it
 * never dispatches inside another dispatch.
 */
export function agreementRefreshPlugin(store: AgreementStore): Plugin {
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
          if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(agreementChangedKey, true));
        });
      });
      return { destroy: unsubscribe };
    },
  });
}
