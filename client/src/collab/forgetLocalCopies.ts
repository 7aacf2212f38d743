import { deleteLocalCopy } from './deleteLocalCopy.ts';
import { listLocalCopies } from './listLocalCopies.ts';

/**
 * Deletes the treaty copies kept on this device: every one (signing out), or
 * those of one treaty (the server said this browser may no longer read it).
 */
export async function forgetLocalCopies(treatyId?: string): Promise<void> {
  const copies = await listLocalCopies();
  await Promise.all(
    copies
      .filter((copy) => treatyId === undefined || copy.treatyId === treatyId)
      .map((copy) => deleteLocalCopy(copy.name)),
  );
}
