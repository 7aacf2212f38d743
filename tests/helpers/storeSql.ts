import path from 'node:path';
import { treatyFromYDoc } from '@pactum/shared';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as Y from 'yjs';
import { fromStoredForm } from '../../server/src/persistence/postgres/storedUpdate.ts';
import { storeEnv } from './storeEnv.ts';

/** SQL on the store of a test server, beside it, whichever backend the run uses. */
export interface StoreSql {
  /** The rows of a query written with `?` placeholders (both schemas have the same tables and columns). */
  all<Row>(sql: string, ...params: unknown[]): Promise<Row[]>;
  run(sql: string, ...params: unknown[]): Promise<void>;
  /** The update rows of a treaty's log, in order, each as the Yjs update it holds (Postgres deflates large ones). */
  updates(treatyId: string): Promise<{ seq: number; data: Uint8Array }[]>;
  close(): Promise<void>;
}

const UPDATES = 'SELECT seq, data FROM treaty_updates WHERE treaty_id = ? ORDER BY seq';

/**
 * Opens the store of the server(s) on `dataDir`: its SQLite file, or its
 * Postgres database in the Postgres run. Values come back as each driver
 * gives them (a Postgres bigint or count is a string, a SQLite one a number),
 * so compare rows of one store with each other, or convert.
 */
export async function openStoreSql(dataDir: string): Promise<StoreSql> {
  const url = (await storeEnv(dataDir)).PACTUM_DATABASE_URL;
  if (url) return postgresSql(url);
  const db = new Database(path.join(dataDir, 'pactum.db'));
  db.pragma('busy_timeout = 5000');
  return {
    all: async <Row>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[],
    run: async (sql, ...params) => {
      db.prepare(sql).run(...params);
    },
    updates: async (treatyId) => db.prepare(UPDATES).all(treatyId) as { seq: number; data: Uint8Array }[],
    close: async () => {
      db.close();
    },
  };
}

/** The article texts of `treatyId` as stored (every row of its log, merged or not). */
export async function storedTexts(dataDir: string, treatyId: string): Promise<string[]> {
  const store = await openStoreSql(dataDir);
  const rows = await store.updates(treatyId);
  await store.close();
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return treatyFromYDoc(doc).clauses.map((clause) => clause.text);
}

async function postgresSql(url: string): Promise<StoreSql> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const query = (sql: string, params: unknown[]) => {
    let n = 0;
    return client.query(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
  };
  return {
    all: async <Row>(sql: string, ...params: unknown[]) => (await query(sql, params)).rows as Row[],
    run: async (sql, ...params) => {
      await query(sql, params);
    },
    updates: async (treatyId) => {
      const { rows } = await query(UPDATES.replace('data', 'data, compressed'), [treatyId]);
      return rows.map((row) => ({ seq: Number(row.seq), data: fromStoredForm(row) }));
    },
    close: () => client.end(),
  };
}
