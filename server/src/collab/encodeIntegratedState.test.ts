import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeIntegratedState } from './encodeIntegratedState.ts';

describe('encodeIntegratedState', () => {
  it('leaves out what waits for a missing change, and keeps it waiting', () => {
    const author = new Y.Doc();
    const text = author.getText('t');
    const updates: Uint8Array[] = [];
    author.on('update', (update: Uint8Array) => updates.push(update));
    text.insert(0, 'held back');
    text.insert(4, ' received');
    const [held, received] = updates as [Uint8Array, Uint8Array];

    const server = new Y.Doc();
    server.getText('t').insert(0, 'base ');
    Y.applyUpdate(server, received);
    expect(server.store.pendingStructs).not.toBeNull();

    // Yjs' own encoding carries the waiting change; a reader holding the missing one integrates it.
    const reader = new Y.Doc();
    Y.applyUpdate(reader, held);
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(server));
    expect(reader.getText('t').toString()).toContain('received');

    const integrated = new Y.Doc();
    Y.applyUpdate(integrated, held);
    Y.applyUpdate(integrated, encodeIntegratedState(server));
    expect(integrated.getText('t').toString()).not.toContain('received');
    expect(integrated.getText('t').toString()).toContain('base');
    // Nothing was dropped from the server: the missing change still completes it.
    Y.applyUpdate(server, held);
    expect(server.getText('t').toString()).toContain('held received back');
  });
});
