import * as Y from 'yjs';
import type { StoredUpdate } from '../TreatyLog.ts';

/** Appends `text` to the doc's text `t` and returns that change as a Yjs update. */
export function edit(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

/** The text `t` of the document that `rows` merge into. */
export function textOf(rows: readonly StoredUpdate[]): string {
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return doc.getText('t').toString();
}
