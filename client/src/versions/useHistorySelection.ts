import { useState } from 'react';
import type { TimelineEntry } from './historyTimeline.ts';

/**
 * What is compared by default: the last recorded state in which the clause
 * was in the text, against the live text — the changes since, or what a
 * deletion took away.
 */
function defaultPair(entries: readonly TimelineEntry[]): string[] {
  const live = entries.at(-1);
  const present = entries.slice(0, -1).findLast((entry) => !entry.removed);
  return [present?.key, live?.key].filter((key): key is string => key !== undefined);
}

/** Which two entries of a timeline are compared: the reader's last two picks, or a useful default. */
export function useHistorySelection(entries: readonly TimelineEntry[]) {
  const [picked, setPicked] = useState<string[] | null>(null);
  const keys = entries.map((entry) => entry.key);
  const chosen = (picked ?? defaultPair(entries)).filter((key) => keys.includes(key));

  const select = (key: string, on: boolean) => {
    const without = chosen.filter((k) => k !== key);
    setPicked(on ? [...without, key].slice(-2) : without);
  };
  // Older first, whatever order they were picked in.
  const pair = entries.filter((entry) => chosen.includes(entry.key));
  return { isSelected: (key: string) => chosen.includes(key), select, pair };
}
