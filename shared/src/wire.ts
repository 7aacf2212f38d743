/**
 * The collaboration wire protocol between the client and `/collab/<treatyId>`.
 *
 * Message frames are y-websocket frames: a varuint message type followed by its
 * payload. Types 0–3 are the y-websocket/y-protocols ones; ours start at 100 so
 * they never collide with upstream additions.
 */
export const MessageType = {
  /** y-protocols sync: step 1, step 2, update. */
  Sync: 0,
  /** y-protocols awareness update. */
  Awareness: 1,
  /** y-protocols auth (permission denied); reserved, the server never sends it. */
  Auth: 2,
  /** Ask the peer to re-send its awareness states. */
  QueryAwareness: 3,
  /**
   * Server → client, answering a {@link MessageType.Barrier}: everything the
   * client sent before barrier `n` is committed to disk. Payload: varuint `n`.
   */
  Durable: 100,
  /**
   * Client → server: "tell me when everything I sent before this is on disk".
   * Payload: varuint `n`, increasing per connection. The socket is ordered, so
   * the barrier follows every update it covers, insertions and deletions alike.
   */
  Barrier: 101,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/**
 * WebSocket close codes. 4400–4499 are final for the y-websocket client (it
 * stops reconnecting); the others let it retry.
 */
export const CloseCode = {
  /** The room was unloaded; clients reconnect. */
  GoingAway: 1001,
  /** Frame larger than {@link Limits.maxMessageBytes}. Set by `ws` itself. */
  MessageTooBig: 1009,
  /**
   * Server stopping (SIGTERM) after storing and confirming everything it had
   * received; clients reconnect by themselves and resend what was unconfirmed.
   */
  ServiceRestart: 1012,
  /** The client cannot keep up with the room's traffic; it resyncs on reconnect. */
  TryAgainLater: 1013,
  /** Invalid treaty id in the URL. */
  BadRequest: 4400,
  Unauthorized: 4401,
  Forbidden: 4403,
  /** No treaty with that id. */
  NotFound: 4404,
  /**
   * The treaty's document was replaced (restored) since the page loaded it:
   * the `epoch` the socket asked for is not the treaty's. Reload; never resync.
   */
  Replaced: 4409,
  /**
   * A document update or state vector beyond the work one message may cost
   * (structs, clients, deletions, values, nesting, clocks: see {@link Limits}),
   * refused before it is decoded in full. No editor sends one.
   */
  UpdateTooLarge: 4413,
  /** A message that is not a well-formed Yjs sync/awareness message. */
  MalformedMessage: 4422,
  /**
   * Repeated awareness states that do not fit the awareness schema (see
   * `awareness/awarenessState.ts`); single invalid states are only dropped.
   */
  InvalidAwareness: 4423,
  /**
   * Document updates faster than {@link Limits.updateMessagesPerSecond} or
   * {@link Limits.updateBytesPerSecond} once their bursts are spent.
   */
  TooManyUpdates: 4429,
  /** The session already has {@link Limits.maxSocketsPerSession} sockets open (tabs). */
  TooManySockets: 4430,
  /**
   * The caller already has {@link Limits.maxRoomsPerSession} treaties open
   * ({@link Limits.maxRoomsPerOperator} for the operator token).
   */
  TooManyRooms: 4431,
  /** The stored document could not be loaded; nothing was created or changed. */
  LoadFailed: 4500,
  /** An edit could not be written to disk; reconnect and send it again. */
  StoreFailed: 4503,
  /**
   * An update that deletes, or attaches to, another client's changes the
   * server does not have: nothing of it is kept. The client reconnects, and
   * its handshake sends all it has in order (an editor's newest edit can
   * overtake that handshake just after a reconnect).
   */
  Resync: 4509,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const Limits = {
  /** Largest WebSocket frame the server accepts (ws `maxPayload`). */
  maxMessageBytes: 8 * 1024 * 1024,
  /** Largest awareness payload a connection may send. */
  maxAwarenessBytes: 16 * 1024,
  /**
   * Largest amount of received changes the server holds while waiting for
   * changes they depend on; see server/src/collab/PendingBound.ts.
   */
  maxPendingBytes: 1024 * 1024,
  /** Of which deletions (tried again on every update, so kept far smaller). */
  maxPendingDeleteBytes: 64 * 1024,
  /** Largest HTTP JSON body. */
  maxJsonBodyBytes: 256 * 1024,
  /** Longest treaty id. */
  maxTreatyIdLength: 64,
  /** Longest treaty title. */
  maxTitleLength: 300,
  /**
   * What one update may hold, checked before Yjs decodes it: Yjs' decoding
   * and integration cost grows with the number of structs, not bytes (a 2-byte
   * struct costs as much as a paragraph), and some shapes cost quadratically.
   * Structs (and client sections) per update:
   */
  maxUpdateStructs: 10_000,
  /**
   * Clients whose structs one update carries: an editor's update carries its
   * own, an offline copy a few; each new one costs the document a client entry.
   */
  maxUpdateAuthors: 100,
  /**
   * Clients new to the document one connection may add (a page writes as
   * one; an offline copy brings a few more): each stays in the document and
   * costs every later transaction a step.
   */
  maxNewClientsPerConnection: 32,
  /** Clients in one state vector or one delete set (every session that edited adds one). */
  maxUpdateClients: 100_000,
  /** Deleted ranges in one update's delete set. */
  maxUpdateDeleteRanges: 100_000,
  /** Values (map and array entries, JSON, attributes) in one update's contents. */
  maxUpdateValues: 100_000,
  /** Nesting of values inside one struct (arrays, objects). */
  maxUpdateNesting: 32,
  /**
   * Steps Yjs' conflict resolution may take to place one update's items, as
   * estimated before it is applied (see server/src/collab/ConflictBudget.ts):
   * an editor's own edits take none; items crafted to pile up at one place
   * take one step per item already there, deleted ones included.
   */
  maxUpdateConflictSteps: 20_000,
  /**
   * Deleted ranges in one update naming changes the server does not have
   * (yet): they wait with the document and are tried again on every later
   * update. An editor deletes what it has received from the server.
   */
  maxUpdatePendingDeletes: 1_000,
  /**
   * Deleted ranges in one update that reach content not yet deleted (each
   * splits items, and the guards look at it); an editor deletes a selection,
   * one range or a few.
   */
  maxUpdateLiveDeletes: 2_000,
  /** Highest client id, clock or length in an update (Yjs client ids are 32-bit). */
  maxUpdateClock: 2 ** 32,
  /** Document updates a connection may send at once, and per second after that. */
  updateBurstMessages: 300,
  updateMessagesPerSecond: 60,
  /** Bytes of document updates a connection may send at once, and per second after that. */
  updateBurstBytes: 8 * 1024 * 1024,
  updateBytesPerSecond: 512 * 1024,
  /** Open sockets of one browser session (tabs × treaties). The operator token is not limited. */
  maxSocketsPerSession: 20,
  /** Treaties one session may have open at once. */
  maxRoomsPerSession: 10,
  /** Treaties the operator token may have open at once: the scale the server is tested at. */
  maxRoomsPerOperator: 1_000,
} as const;

/** Path prefix of the collaboration WebSocket: `ws://host/collab/<treatyId>`. */
export const COLLAB_PATH = '/collab';
