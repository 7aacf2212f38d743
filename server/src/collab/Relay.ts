/** What a relay delivers into a room: what other server processes committed or heard for the same treaty. */
export interface RelayedRoom {
  /** A document update another process stored as row `seq`. */
  applyRemoteUpdate(update: Uint8Array, seq: number): void;
  /** An awareness update from another process's connections. */
  applyRemoteAwareness(update: Uint8Array): void;
  /**
   * The awareness states this process's connections hold, as one update (null
   * when it has none): what a process that just loaded the treaty asks for.
   */
  localAwareness(): Uint8Array | null;
  /**
   * The relay lost updates (its server restarted, or they were trimmed before
   * this room read them): the room applies what the store holds, which has them.
   */
  healFromStore(): Promise<void>;
}

/** A room's link to a relay, opened before the room reads the store. */
export interface RelaySubscription {
  /**
   * Applies into `room` everything published since the subscription was
   * opened, then goes on delivering; resolves once it has caught up.
   */
  start(room: RelayedRoom): Promise<void>;
  stop(): Promise<void>;
}

/** What one process asks of the others about access, rather than about a document. */
export type RelayControl = {
  kind: 'disconnectMember';
  treatyId: string;
  memberId: string;
  /** The WebSocket close code and reason the member's connections get. */
  code: number;
  reason: string;
};

/**
 * What crosses process boundaries: a room publishes every committed update
 * (after it is stored) and its connections' awareness, and receives the
 * other processes'; access changes reach every process's connections. One
 * process needs nothing crossed: see LocalRelay.
 */
export interface Relay {
  /**
   * Starts listening for `treatyId`. Opened before the store is read, so an
   * update stored after that read is delivered by the relay, and one stored
   * before it is in what was read: none falls between.
   */
  subscribe(treatyId: string): Promise<RelaySubscription>;
  publishUpdate(treatyId: string, update: Uint8Array, seq: number): void;
  /** An awareness update (y-protocols encoding) made by this process's connections. */
  publishAwareness(treatyId: string, update: Uint8Array): void;
  /** Sends `message` to the other processes (this one has acted on it already). */
  publishControl(message: RelayControl): void;
  /** Calls `listener` with every control message another process publishes. */
  onControl(listener: (message: RelayControl) => void): void;
  /** Stops relaying; called once every room has closed. */
  close(): Promise<void>;
}
