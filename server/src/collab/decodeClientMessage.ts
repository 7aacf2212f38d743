import { type AwarenessEntry, CloseCode, decodeAwarenessEntries, Limits, MessageType } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  checkStateVectorBudget,
  checkUpdateBudget,
  type UpdateCost,
  UpdateTooLargeError,
} from './UpdateBudget.ts';

/** A client frame, fully decoded and checked before anything acts on it. */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | {
      kind: 'update';
      update: Uint8Array;
      /** Carries no insertion and no deletion (e.g. the sync step 2 of an up-to-date client). */
      empty: boolean;
      /**
       * Where its items go and what it deletes, for the checks against the
       * room's document before it is applied (every decoded frame has it).
       */
      cost?: UpdateCost;
    }
  | { kind: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { kind: 'queryAwareness' }
  | { kind: 'barrier'; seq: number };

/** A frame refused before anything acted on it; `code` is the close code that says why. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';

  constructor(
    message: string,
    readonly code: number = CloseCode.MalformedMessage,
  ) {
    super(message);
  }
}

/**
 * Decodes one frame of the y-websocket protocol. Any frame that is truncated,
 * has trailing bytes, or carries an undecodable Yjs update, state vector or
 * awareness state throws {@link MalformedMessageError}; nothing has been
 * applied at that point, so the caller can drop the connection safely.
 * Updates and state vectors are checked against the budget of one message
 * (`UpdateBudget.ts`) before Yjs decodes them, so decoding is bounded too.
 */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after message');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    if (error instanceof UpdateTooLargeError)
      throw new MalformedMessageError(`update too large: ${error.message}`, CloseCode.UpdateTooLarge);
    throw new MalformedMessageError(`undecodable message: ${(error as Error).message}`);
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.Sync:
      return readSync(decoder);
    case MessageType.Awareness: {
      const update = decoding.readVarUint8Array(decoder);
      // Checked before its JSON is parsed: a frame may be far larger than a caret.
      if (update.byteLength > Limits.maxAwarenessBytes)
        throw new MalformedMessageError('awareness state too large', CloseCode.MessageTooBig);
      return { kind: 'awareness', update, entries: decodeAwarenessEntries(update) };
    }
    case MessageType.QueryAwareness:
      return { kind: 'queryAwareness' };
    case MessageType.Barrier:
      return { kind: 'barrier', seq: decoding.readVarUint(decoder) };
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
}

function readSync(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1: {
      const stateVector = decoding.readVarUint8Array(decoder);
      checkStateVectorBudget(stateVector);
      Y.decodeStateVector(stateVector);
      return { kind: 'syncStep1', stateVector };
    }
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate: {
      const update = decoding.readVarUint8Array(decoder);
      const cost = checkUpdateBudget(update);
      const { structs, ds } = Y.decodeUpdate(update);
      return { kind: 'update', update, empty: structs.length === 0 && ds.clients.size === 0, cost };
    }
    default:
      throw new MalformedMessageError(`unknown sync message type ${syncType}`);
  }
}
