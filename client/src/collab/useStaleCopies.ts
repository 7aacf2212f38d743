import { useCallback, useEffect, useState } from 'react';
import { deleteLocalCopy } from './deleteLocalCopy.ts';
import type { LocalCopyKey } from './localCopyName.ts';
import { type StaleCopy, staleLocalCopies } from './staleLocalCopies.ts';

/**
 * The stale copies of this treaty with unconfirmed changes (see
 * {@link staleLocalCopies}), and `discard` to delete one once the person has
 * downloaded or declined it.
 */
export function useStaleCopies(
  treatyId: string,
  current: LocalCopyKey | null,
): {
  copies: StaleCopy[];
  discard: (name: string) => void;
} {
  const [copies, setCopies] = useState<StaleCopy[]>([]);
  const { epoch, memberId } = current ?? {};
  useEffect(() => {
    let live = true;
    const key = epoch && memberId ? { treatyId, epoch, memberId } : null;
    staleLocalCopies(treatyId, key).then(
      (found) => live && setCopies(found),
      (error: unknown) => console.warn('Could not look for older copies on this device:', error),
    );
    return () => {
      live = false;
    };
  }, [treatyId, epoch, memberId]);
  const discard = useCallback((name: string) => {
    setCopies((shown) => shown.filter((copy) => copy.name !== name));
    deleteLocalCopy(name).catch((error: unknown) => console.warn('Could not delete the copy:', error));
  }, []);
  return { copies, discard };
}
