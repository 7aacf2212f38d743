import { type AuditActor, verifyAuditChain } from '@pactum/shared';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { retry } from '../../../tests/helpers/retry.ts';
import { testDatabase } from '../../../tests/helpers/testDatabase.ts';
import { PostgresStorage } from '../persistence/postgres/PostgresStorage.ts';
import { type CommitTarget, GroupCommit, mergeAll } from './GroupCommit.ts';

const TREATY = 't-shared';
const OPERATOR: AuditActor = { kind: 'operator', name: 'Operator' };

/** A room of `TREATY` on one node: its commits carry a derived audit entry, and it keeps their failures. */
function room(failures: Error[]): CommitTarget {
  return {
    treatyId: TREATY,
    beginCommit: (updates) => ({
      row:
        updates.length > 0
          ? { update: mergeAll(updates.map(({ update }) => update)), title: 'Accord', clauseCount: 1 }
          : null,
      audits: [{ actor: OPERATOR, event: 'write.reverted', details: {} }],
      stored: () => {},
      failed: (error) => failures.push(error),
    }),
  };
}

function edit(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('GroupCommit on a store shared by several nodes', () => {
  it('a server edit with its audit entry on one node and a client edit with a derived one on another do not deadlock', async () => {
    const url = await testDatabase();
    const [one, two] = await Promise.all([PostgresStorage.open(url), PostgresStorage.open(url)]);
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    onTestFinished(async () => {
      await watcher.end();
      await Promise.all([one.close(), two.close()]);
    });
    const doc = new Y.Doc();
    await one.treaties.create(TREATY, { title: 'Accord', clauseCount: 1 }, edit(doc, 'a'));
    const failures: Error[] = [];
    const [nodeA, nodeB] = [new GroupCommit(one), new GroupCommit(two)];

    // Node A: a server edit whose audit entry is written, then waits inside the transaction.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inside = false;
    nodeA.enqueue(room(failures), edit(doc, 'b'), null);
    const serverEdit = nodeA.flush(async (scope) => {
      await scope.audit.append(TREATY, OPERATOR, 'signoff.given', {});
      inside = true;
      await gate;
    });
    await retry(() => expect(inside).toBe(true));
    // Node B: a client edit, committed while A's transaction is open, until it waits for one of A's locks.
    nodeB.enqueue(room(failures), edit(doc, 'c'), null);
    const clientEdit = nodeB.flush();
    await retry(async () => {
      const { rows } = await watcher.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      expect(rows[0].n).toBe(1);
    });
    release();

    await expect(serverEdit).resolves.toBeUndefined();
    await clientEdit;
    expect(failures).toEqual([]);
    expect(await one.treaties.load(TREATY)).toHaveLength(3);
    const entries = await one.audit.entries(TREATY);
    expect(entries.map((entry) => entry.event).sort()).toEqual([
      'signoff.given',
      'write.reverted',
      'write.reverted',
    ]);
    expect(verifyAuditChain(entries).ok).toBe(true);
  });
});
