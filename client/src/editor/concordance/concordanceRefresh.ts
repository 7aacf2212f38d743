import type { AgreementOverview } from '@pactum/shared';
import { type Plugin, PluginKey } from '@tiptap/pm/state';
import type { AgreementStore } from '../../agreement/AgreementStore.ts';
import { overviewRefreshPlugin } from '../../agreement/overviewRefreshPlugin.ts';

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

/** One meta transaction when the concordance of an article changes in the agreement store's overview. */
export function concordanceRefreshPlugin(store: AgreementStore): Plugin {
  return overviewRefreshPlugin(store, concordanceChangedKey, drawnState);
}
