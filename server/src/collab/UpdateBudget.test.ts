import { Limits, writeTreatyToYDoc } from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sampleTreaty } from '../seed/sampleTreaty.ts';
import { checkStateVectorBudget, checkUpdateBudget, UpdateTooLargeError } from './UpdateBudget.ts';

/** A document with every kind of content Yjs encodes, edited at random. */
function randomDoc(seed: number): { doc: Y.Doc; update: Uint8Array } {
  const gen = prng.create(seed);
  const doc = new Y.Doc();
  const base = new Y.Doc();
  const text = doc.getText('text');
  const map = doc.getMap('map');
  const array = doc.getArray<unknown>('array');
  const xml = doc.getXmlFragment('xml');
  for (let i = 0; i < 60; i++) {
    doc.transact(() => {
      switch (prng.int32(gen, 0, 7)) {
        case 0:
          text.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 8), {
            bold: prng.bool(gen) || null,
          });
          break;
        case 1:
          if (text.length > 2) text.delete(prng.int32(gen, 0, text.length - 2), 2);
          break;
        case 2:
          text.insertEmbed(prng.int32(gen, 0, text.length), { image: prng.word(gen) });
          break;
        case 3:
          map.set(prng.word(gen, 1, 3), { nested: [1, 2.5, null, true, prng.word(gen)], n: 2n ** 40n });
          break;
        case 4:
          array.insert(0, [new Uint8Array([1, 2, 3]), 'x', 7, { deep: { deeper: [[]] } }]);
          break;
        case 5: {
          const element = new Y.XmlElement(prng.oneOf(gen, ['p', 'clause']));
          element.setAttribute('id', prng.word(gen));
          element.insert(0, [new Y.XmlText(prng.word(gen))]);
          xml.insert(0, [element]);
          break;
        }
        case 6:
          // Y.XmlHook is a valid child at run time; its type is missing from the insert signature.
          xml.insert(0, [new Y.XmlHook('hook') as unknown as Y.XmlElement]);
          break;
        case 7:
          if (array.length > 0) array.delete(0, 1);
          break;
      }
    });
  }
  // What a client that knew `base` sends: everything, with its delete set.
  return { doc, update: Y.encodeStateAsUpdate(doc, Y.encodeStateVector(base)) };
}

function gcStructs(count: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, count);
  encoding.writeVarUint(encoder, 42); // client id
  encoding.writeVarUint(encoder, 0); // clock
  for (let i = 0; i < count; i++) {
    encoding.writeUint8(encoder, 0); // GC
    encoding.writeVarUint(encoder, 1);
  }
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

describe('checkUpdateBudget', () => {
  it('reads real updates as Yjs does: the same structs and deleted ranges', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { update } = randomDoc(seed);
      const decoded = Y.decodeUpdate(update);
      const sections = new Set(decoded.structs.map((struct) => struct.id.client)).size;
      let ranges = 0;
      for (const deletes of decoded.ds.clients.values()) ranges += deletes.length;
      const cost = checkUpdateBudget(update);
      expect({ seed, structs: cost.structs, ranges: cost.deleteRanges }).toEqual({
        seed,
        structs: decoded.structs.length + sections,
        ranges,
      });
    }
  });

  it('passes a whole treaty written at once, and its state vector', () => {
    const doc = new Y.Doc();
    writeTreatyToYDoc(doc, sampleTreaty);
    const update = Y.encodeStateAsUpdate(doc);
    expect(checkUpdateBudget(update).structs).toBeGreaterThan(100);
    expect(checkStateVectorBudget(Y.encodeStateVector(doc))).toBe(1);
  });

  it('refuses updates that declare more work than the budget, without reading past it', () => {
    expect(checkUpdateBudget(gcStructs(Limits.maxUpdateStructs - 1)).structs).toBe(Limits.maxUpdateStructs);
    expect(() => checkUpdateBudget(gcStructs(Limits.maxUpdateStructs))).toThrow(UpdateTooLargeError);
    // Declared counts are refused before the bytes that would back them are read (none follow here).
    const declaredStructs = new Uint8Array([1, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    expect(() => checkUpdateBudget(declaredStructs)).toThrow(UpdateTooLargeError);
    const emptySections = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0, 1, 0]);
    expect(() => checkUpdateBudget(emptySections)).toThrow(UpdateTooLargeError);
  });

  it('refuses clocks past 32 bits, deep values, subdocuments and huge delete sets', () => {
    const clock = encoding.createEncoder();
    for (const value of [1, 1, 7, 0, 0]) encoding.writeVarUint(clock, value); // 1 client, 1 GC at clock 0
    encoding.writeVarUint(clock, 2 ** 52); // of length 2^52
    encoding.writeVarUint(clock, 0);
    expect(() => checkUpdateBudget(encoding.toUint8Array(clock))).toThrow(/clock/);

    const deep = new Y.Doc();
    let value: unknown[] = [];
    for (let i = 0; i < Limits.maxUpdateNesting + 1; i++) value = [value];
    deep.getMap('m').set('deep', value);
    expect(() => checkUpdateBudget(Y.encodeStateAsUpdate(deep))).toThrow(/nesting/);

    const parent = new Y.Doc();
    parent.getMap('m').set('sub', new Y.Doc());
    expect(() => checkUpdateBudget(Y.encodeStateAsUpdate(parent))).toThrow(/subdocuments/);

    const deletes = encoding.createEncoder();
    encoding.writeVarUint(deletes, 0); // no structs
    encoding.writeVarUint(deletes, 1); // one client in the delete set
    encoding.writeVarUint(deletes, 9);
    encoding.writeVarUint(deletes, Limits.maxUpdateDeleteRanges + 1);
    expect(() => checkUpdateBudget(encoding.toUint8Array(deletes))).toThrow(/deleted ranges/);

    const stateVector = encoding.createEncoder();
    encoding.writeVarUint(stateVector, Limits.maxUpdateClients + 1);
    expect(() => checkStateVectorBudget(encoding.toUint8Array(stateVector))).toThrow(UpdateTooLargeError);
  });

  it('throws a plain error at the end of truncated bytes, never loops', () => {
    const { update } = randomDoc(3);
    for (let cut = 0; cut < update.length; cut += 7) {
      expect(() => checkUpdateBudget(update.slice(0, cut))).toThrow();
    }
    expect(() => checkUpdateBudget(new Uint8Array())).toThrow(/end of update/);
  });
});
