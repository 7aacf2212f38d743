import type { AgreementOverview } from '@pactum/shared';
import { type Plugin, PluginKey } from '@tiptap/pm/state';
import type { AgreementStore } from './AgreementStore.ts';
import { overviewRefreshPlugin } from './overviewRefreshPlugin.ts';

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

/** One meta transaction when brackets or status markers of an article change. */
export function agreementRefreshPlugin(store: AgreementStore): Plugin {
  return overviewRefreshPlugin(store, agreementChangedKey, drawnState);
}
