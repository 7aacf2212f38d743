// Preloaded into the server process (`node --import`) by the durability check only, never by the
// product. It reports on stderr when each compaction and version write starts and ends, and can
// SIGKILL the process inside the Nth one: either at a random moment, from a thread that does not
// wait for the event loop (so the kill lands inside the synchronous SQLite work, commit and fsync
// included), or right after its first statement, in the middle of its transaction.
// It patches the store classes by path because it stands in for a crash, not for a client of them.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { SqliteTreatyLog } from '../../../../server/src/persistence/sqlite/SqliteTreatyLog.ts';
import { SqliteVersionRepository } from '../../../../server/src/persistence/sqlite/SqliteVersionRepository.ts';
import { type Operation, operationMarker } from './operationMarkers.ts';

const target = process.env.SOAK_KILL_IN as Operation | 'none' | undefined;
const killAt = Number(process.env.SOAK_KILL_AT ?? 0);
const fraction = Number(process.env.SOAK_KILL_FRACTION ?? 0);
const point = process.env.SOAK_KILL_POINT === 'statement' ? 'statement' : 'timed';
/** While the aimed operation runs in `statement` mode: statements left before the kill. */
let statementsLeft = 0;
let statementsWatched = false;

/** Counts statement runs of every prepared statement, so a kill can follow the one it waits for. */
function watchStatements(db: { prepare(sql: string): object }): void {
  if (statementsWatched) return;
  statementsWatched = true;
  const prototype = Object.getPrototypeOf(db.prepare('SELECT 1')) as { run: (...args: unknown[]) => unknown };
  const run = prototype.run;
  prototype.run = function (this: unknown, ...args: unknown[]) {
    const result = run.apply(this, args);
    if (statementsLeft > 0 && --statementsLeft === 0) process.kill(process.pid, 'SIGKILL');
    return result;
  };
}

// [0]: armed (0/1), [1]: delay in microseconds.
const trigger = new Int32Array(new SharedArrayBuffer(8));
if ((target === 'compaction' || target === 'checkpoint') && point === 'timed') {
  const killer = new Worker(
    `const { workerData: trigger } = require('node:worker_threads');
     Atomics.wait(trigger, 0, 0);
     const delayUs = Atomics.load(trigger, 1);
     if (delayUs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delayUs / 1000);
     process.kill(process.pid, 'SIGKILL');`,
    { eval: true, workerData: trigger },
  );
  killer.unref();
}

function watch<T extends object>(prototype: T, method: keyof T, operation: Operation): void {
  const original = prototype[method] as (...args: unknown[]) => unknown;
  let calls = 0;
  let totalMs = 0;
  const patched = function (this: unknown, ...args: unknown[]) {
    calls += 1;
    const n = calls;
    fs.writeSync(2, operationMarker('start', operation, n));
    if (operation === target && n === killAt && point === 'statement') {
      watchStatements((this as { db: { prepare(sql: string): object } }).db);
      statementsLeft = 1;
    } else if (operation === target && n === killAt) {
      // A random point of an operation as long as the earlier ones took on average.
      const delayUs = Math.round((totalMs / Math.max(1, n - 1)) * fraction * 1000);
      Atomics.store(trigger, 1, delayUs);
      Atomics.store(trigger, 0, 1);
      Atomics.notify(trigger, 0);
    }
    const started = performance.now();
    // The store's methods are asynchronous: the operation ends when its promise settles.
    return (original.apply(this, args) as Promise<unknown>).finally(() => {
      statementsLeft = 0;
      totalMs += performance.now() - started;
      fs.writeSync(2, operationMarker('end', operation, n));
    });
  };
  prototype[method] = patched as T[keyof T];
}

watch(SqliteTreatyLog.prototype, 'compact', 'compaction');
watch(SqliteVersionRepository.prototype, 'add', 'checkpoint');
