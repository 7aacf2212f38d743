// Measures how much V8 heap the given Yjs documents take once loaded, in a process of its own
// (started with --expose-gc) so nothing else lives in its heap. Input on stdin: JSON
// {"states": [base64 update, …]}; output: JSON {"heapBytes": bytes}.
// Plain JavaScript: started by `node` without the TypeScript loader.
import * as Y from 'yjs';

const input = JSON.parse(await new Response(process.stdin).text());
const collect = () => {
  globalThis.gc();
  globalThis.gc();
};
const load = (states) =>
  states.map((base64) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(base64, 'base64'));
    return doc;
  });
// Each pass runs in a function of its own: a temporary of the module's still-running top level
// can stay referenced from the interpreter's registers, and its documents with it.
const warmUp = () => {
  for (const doc of load(input.states)) doc.destroy();
};
// Several copies at once, so what a collection leaves or takes by chance (up to ~1 MB) weighs less.
const COPIES = 4;
const measure = () => {
  collect();
  const before = process.memoryUsage().heapUsed;
  const docs = Array.from({ length: COPIES }, () => load(input.states)).flat();
  collect();
  const heapBytes = (process.memoryUsage().heapUsed - before) / COPIES;
  for (const doc of docs) doc.destroy();
  return Math.round(heapBytes);
};
// A first pass compiles the code and fills the caches that the measurement would count.
warmUp();
process.stdout.write(JSON.stringify({ heapBytes: measure() }));
