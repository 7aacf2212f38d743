/**
 * A check a room runs on what one client's update wrote. It reverts what the
 * client may not write with a server edit that is committed and broadcast in
 * the same batch, and says what it reverted.
 */
export interface ClientWriteGuard {
  /** Called right after a client's update is applied; returns one reason per reverted write. */
  afterClientUpdate(): string[];
}
