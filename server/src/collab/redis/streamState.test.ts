import { describe, expect, it } from 'vitest';
import { missedEntries, type StreamPosition, type StreamState } from './streamState.ts';

const reader: StreamPosition = { epoch: 'epoch-1', id: '100-0', added: 5 };
const stream = (change: Partial<StreamState> = {}): StreamState => ({
  epoch: 'epoch-1',
  lastId: '100-0',
  added: 5,
  length: 5,
  maxDeletedId: '0-0',
  ...change,
});

describe('missedEntries', () => {
  it('sees nothing missed by a reader at the end, or behind a stream that holds all it has not read', () => {
    expect(missedEntries(reader, stream(), true)).toBe(false);
    expect(missedEntries(reader, stream({ lastId: '120-0', added: 8, length: 8 }), false)).toBe(false);
    // Old entries trimmed, every one past the reader still there.
    expect(missedEntries(reader, stream({ lastId: '120-0', added: 8, length: 3 }), false)).toBe(false);
  });

  it('sees a stream that is gone, or another stream under the same key', () => {
    expect(missedEntries(reader, null, false)).toBe(true);
    expect(missedEntries(reader, stream({ epoch: 'epoch-2' }), false)).toBe(true);
    expect(missedEntries(reader, stream({ epoch: '' }), false)).toBe(true);
  });

  it('sees entries past the reader trimmed or deleted before it read them', () => {
    expect(missedEntries(reader, stream({ lastId: '120-0', added: 8, length: 2 }), false)).toBe(true);
    expect(
      missedEntries(reader, stream({ lastId: '120-0', added: 8, length: 8, maxDeletedId: '110-0' }), false),
    ).toBe(true);
    // Read to the end, yet the stream ends further on: what lay between is gone.
    expect(missedEntries(reader, stream({ lastId: '120-0', added: 6, length: 0 }), true)).toBe(true);
    // At the end, but the stream added entries the reader never saw.
    expect(missedEntries(reader, stream({ added: 7 }), false)).toBe(true);
  });

  it('orders ids by number, not as text', () => {
    const late = { ...reader, id: '99-0', added: 4 };
    expect(
      missedEntries(late, stream({ lastId: '100-0', added: 5, length: 5, maxDeletedId: '98-0' }), false),
    ).toBe(false);
    expect(
      missedEntries(late, stream({ lastId: '100-0', added: 5, length: 5, maxDeletedId: '100-0' }), false),
    ).toBe(true);
  });
});
