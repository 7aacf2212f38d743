import { deleteLocalCopy } from './deleteLocalCopy.ts';
import { listLocalCopies } from './listLocalCopies.ts';
import { type LocalCopyKey, localCopyName } from './localCopyName.ts';
import { readLocalCopy } from './readLocalCopy.ts';

/** A copy of this treaty that must not be merged, holding changes the server never confirmed. */
export interface StaleCopy {
  name: string;
  /**
   * `replaced`: the server's document was replaced since; `other-member`:
   * another membership's copy; `session-ended`: nobody here may open the treaty now.
   */
  reason: 'replaced' | 'other-member' | 'session-ended';
  unsaved: number;
  update: Uint8Array;
}

/**
 * The copies of `treatyId` on this device other than `current` (another
 * epoch, another member; every one when this browser is not let in):
 * never merged. Those without unconfirmed changes are deleted at once; the
 * others are returned, to be offered as a download before they are deleted.
 */
export async function staleLocalCopies(treatyId: string, current: LocalCopyKey | null): Promise<StaleCopy[]> {
  const currentName = current && localCopyName(current);
  const others = (await listLocalCopies()).filter(
    (copy) => copy.treatyId === treatyId && copy.name !== currentName,
  );
  const stale: StaleCopy[] = [];
  for (const copy of others) {
    const contents = await readLocalCopy(copy.name);
    if (!contents || contents.unsaved === 0) {
      await deleteLocalCopy(copy.name);
      continue;
    }
    const reason = !current ? 'session-ended' : copy.epoch === current.epoch ? 'other-member' : 'replaced';
    stale.push({ name: copy.name, reason, ...contents });
  }
  return stale;
}
