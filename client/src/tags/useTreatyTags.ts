import type { TreatyTags } from '@pactum/shared';
import { useSyncExternalStore } from 'react';
import type { TreatyTagsStore } from './TreatyTagsStore.ts';

/** All tags of the treaty; re-renders only when a tag changes, not when text is typed. */
export function useTreatyTags(store: TreatyTagsStore): TreatyTags {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
