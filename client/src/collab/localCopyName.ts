const PREFIX = 'pactum-treaty';

/** Whose copy of which document: a copy is merged only into the same treaty, epoch and member. */
export interface LocalCopyKey {
  treatyId: string;
  /** The treaty's document epoch (GET /me): renewed when the server's document is replaced. */
  epoch: string;
  memberId: string;
}

/** The IndexedDB database that keeps this member's copy of this document on the device. */
export function localCopyName({ treatyId, epoch, memberId }: LocalCopyKey): string {
  return [PREFIX, treatyId, epoch, memberId].join('/');
}

/** The key of a database named by {@link localCopyName}, or null for any other database. */
export function parseLocalCopyName(name: string): LocalCopyKey | null {
  const [prefix, treatyId, epoch, memberId, ...rest] = name.split('/');
  if (prefix !== PREFIX || !treatyId || !epoch || !memberId || rest.length > 0) return null;
  return { treatyId, epoch, memberId };
}
