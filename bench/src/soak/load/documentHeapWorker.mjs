// Measures how much V8 heap the given Yjs documents take once loaded, in a process of its own
// (started with --expose-gc) so nothing else lives in its heap. Input on stdin: JSON
// {"sets": [[base64 update, …], …]}; output: JSON {"heapBytes": [bytes per set]}.
// Plain JavaScript: started by `node` without the TypeScript loader.
import * as Y from 'yjs';

const input = JSON.parse(await new Response(process.stdin).text());
const collect = () => {
  globalThis.gc();
  globalThis.gc();
};
const load = (set) =>
  set.map((base64) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(base64, 'base64'));
    return doc;
  });
// A first pass compiles the code and fills the caches that the first measurement would count.
for (const set of input.sets) for (const doc of load(set)) doc.destroy();
const heapBytes = [];
for (const set of input.sets) {
  collect();
  const before = process.memoryUsage().heapUsed;
  const docs = load(set);
  collect();
  heapBytes.push(process.memoryUsage().heapUsed - before);
  for (const doc of docs) doc.destroy();
}
process.stdout.write(JSON.stringify({ heapBytes }));
