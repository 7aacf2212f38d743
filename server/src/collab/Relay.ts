/** What a relay delivers into a room: what other server processes committed or heard for the same treaty. */
export interface RelayedRoom {
  /** A document update another process stored as row `seq`. */
  applyRemoteUpdate(update: Uint8Array, seq: number): void;
  /** An awareness update from another process's connections. */
  applyRemoteAwareness(update: Uint8Array): void;
}

/**
 * What crosses process boundaries: a room publishes every committed update
 * (after it is stored) and its connections' awareness, and receives the
 * other processes'. One process needs nothing crossed: see LocalRelay.
 */
export interface Relay {
  /** Starts delivering into `room` what others publish for `treatyId`; the returned function stops it. */
  subscribe(treatyId: string, room: RelayedRoom): Promise<() => Promise<void>>;
  publishUpdate(treatyId: string, update: Uint8Array, seq: number): void;
  publishAwareness(treatyId: string, update: Uint8Array): void;
}
