import type { ClauseJSON, ClauseStateIn } from '@pactum/shared';
import { clauseInLanguage, clauseStateOf } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';
import type { HistoryState } from './versionApi.ts';

/** One point on a clause's timeline: a state a version recorded, or the live text. */
export interface TimelineEntry {
  /** The version id, or `live`. */
  key: string;
  title: string;
  kind: 'named' | 'checkpoint' | 'live';
  /** ISO 8601; null for the live text. */
  recordedAt: string | null;
  editors: string[];
  /** The clause was not in the text at this point. */
  removed: boolean;
  /** What the clause was, read in the history's language; for a removed entry, what it was just before. Null: never seen. */
  state: ClauseStateIn | null;
}

export const LIVE_KEY = 'live';

/**
 * Only the state's own fields, and the language they are in (a restore puts
 * each text back in its own language); one recorded before language
 * versions stays without `texts`.
 */
function recordedState(state: ClauseStateIn): ClauseStateIn {
  const { texts, ...rest } = clauseStateOf({
    ...state,
    clauseId: '',
    label: '',
    texts: state.texts ?? {},
  });
  return state.texts ? { ...rest, texts, lang: state.lang } : { ...rest, lang: state.lang };
}

/** The recorded states (read in `lang`), oldest first, then the live text in `lang` (where the clause may be gone). */
export function historyTimeline(
  states: readonly HistoryState[],
  live: ClauseJSON | undefined,
  lang: string,
): TimelineEntry[] {
  const liveState = live && { ...clauseStateOf(clauseInLanguage(live, lang, live.lang)), lang };
  const recorded = states.map(
    ({ versionId, versionKind, versionName, recordedAt, editors, removed, hash: _hash, ...state }) => ({
      key: versionId,
      title: versionKind === 'named' && versionName ? versionName : i18next.t('versions:checkpoint'),
      kind: versionKind === 'named' ? ('named' as const) : ('checkpoint' as const),
      recordedAt,
      editors,
      removed,
      state: recordedState(state),
    }),
  );
  const last = recorded.at(-1);
  return [
    ...recorded,
    {
      key: LIVE_KEY,
      title: i18next.t('versions:liveTextNow'),
      kind: 'live',
      recordedAt: null,
      editors: [],
      removed: live === undefined,
      state: liveState ?? last?.state ?? null,
    },
  ];
}
