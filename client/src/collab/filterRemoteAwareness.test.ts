import { MessageType } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { filterRemoteAwareness } from './filterRemoteAwareness.ts';

/** A provider that never connects: frames are handed to its handlers as y-websocket would. */
function offlineProvider(): WebsocketProvider {
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'treaty', new Y.Doc(), {
    connect: false,
    disableBc: true,
    // Never constructed (connect: false); Node 20 has no global WebSocket for the provider to check.
    WebSocketPolyfill: class {} as unknown as typeof WebSocket,
  });
  filterRemoteAwareness(provider);
  return provider;
}

function receive(provider: WebsocketProvider, update: Uint8Array): void {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, update);
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  const type = decoding.readVarUint(decoder);
  provider.messageHandlers[type]?.(encoding.createEncoder(), decoder, provider, true, type);
}

/** An awareness update written by hand: any JSON text under any client id, as a foreign server could send. */
function rawUpdate(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

const user = { name: 'Claire Dubois', delegation: 'FR', color: '#3b6ea5', role: 'drafter' };

/** Someone else's real caret in a real document, as their awareness encodes it. */
function remoteParticipant() {
  const doc = new Y.Doc();
  const text = new Y.XmlText();
  doc.getXmlFragment('treaty').insert(0, [text]);
  text.insert(0, 'The Parties shall consult.');
  const awareness = new Awareness(doc);
  const position = Y.createRelativePositionFromTypeIndex(text, 4);
  awareness.setLocalState({ user, cursor: { anchor: position, head: position } });
  return { awareness, update: () => encodeAwarenessUpdate(awareness, [awareness.clientID]) };
}

describe('filterRemoteAwareness', () => {
  it('applies a valid state from the server, as a remote change', () => {
    const provider = offlineProvider();
    const remote = remoteParticipant();
    const origins: unknown[] = [];
    provider.awareness.on('change', (_changes: unknown, origin: unknown) => origins.push(origin));
    receive(provider, remote.update());
    const state = provider.awareness.getStates().get(remote.awareness.clientID);
    expect(state).toEqual(JSON.parse(JSON.stringify(remote.awareness.getLocalState())));
    expect(origins).toEqual([provider]);
    provider.destroy();
  });

  it('drops the numbers caret of the issue and other invalid entries, keeping the valid ones of the same update', () => {
    const provider = offlineProvider();
    const remote = remoteParticipant();
    const valid = JSON.stringify(remote.awareness.getLocalState());
    receive(
      provider,
      rawUpdate([
        { clientId: 1001, clock: 1, json: JSON.stringify({ user, cursor: { anchor: 5, head: 5 } }) },
        { clientId: 1002, clock: 1, json: JSON.stringify({ cursor: { anchor: 5, head: 5 } }) },
        { clientId: 1003, clock: 1, json: JSON.stringify({ user: { ...user, color: 'red' } }) },
        { clientId: 1004, clock: 1, json: '{"user":' },
        { clientId: 1005, clock: 1, json: JSON.stringify({ user, pad: 'x'.repeat(20_000) }) },
        { clientId: 1006, clock: 1, json: '5' },
        { clientId: remote.awareness.clientID, clock: 1, json: valid },
      ]),
    );
    expect([...provider.awareness.getStates().keys()].sort()).toEqual(
      [provider.awareness.clientID, remote.awareness.clientID].sort(),
    );
    provider.destroy();
  });

  it('keeps only user and cursor of a state, and lets a removal through', () => {
    const provider = offlineProvider();
    receive(provider, rawUpdate([{ clientId: 77, clock: 1, json: JSON.stringify({ user, extra: [1, 2] }) }]));
    expect(provider.awareness.getStates().get(77)).toEqual({ user, cursor: null });
    receive(provider, rawUpdate([{ clientId: 77, clock: 2, json: 'null' }]));
    expect(provider.awareness.getStates().has(77)).toBe(false);
    provider.destroy();
  });

  it('never takes our own state from the server', () => {
    const provider = offlineProvider();
    provider.awareness.setLocalState({ cursor: null });
    const own = provider.awareness.clientID;
    receive(
      provider,
      rawUpdate([{ clientId: own, clock: 99, json: JSON.stringify({ user, cursor: null }) }]),
    );
    expect(provider.awareness.getLocalState()).toEqual({ cursor: null });
    provider.destroy();
  });

  it('ignores a truncated update as a whole, without throwing', () => {
    const provider = offlineProvider();
    const remote = remoteParticipant();
    const update = remote.update();
    expect(() => receive(provider, update.slice(0, update.length - 5))).not.toThrow();
    expect(provider.awareness.getStates().has(remote.awareness.clientID)).toBe(false);
    provider.destroy();
  });
});
