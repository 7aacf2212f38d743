import type pg from 'pg';

/**
 * Where a repository's SQL runs: on the pool (each call on any free
 * connection) or on the one connection of a transaction.
 */
export interface PostgresSession {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
  /** Runs `work` in a transaction: the one this session belongs to, or else a new one of its own. */
  atomically<T>(work: (session: PostgresSession) => Promise<T>): Promise<T>;
}

/** Runs on any free connection of `pool`, after `check` (which throws to refuse the call). */
export function poolSession(pool: pg.Pool, check: () => void = () => undefined): PostgresSession {
  return {
    query: async (text, values) => {
      check();
      return pool.query(text, values);
    },
    atomically: async (work) => {
      check();
      return inTransaction(pool, (client) => work(clientSession(client)));
    },
  };
}

export function clientSession(client: pg.ClientBase): PostgresSession {
  const session: PostgresSession = {
    query: (text, values) => client.query(text, values),
    atomically: (work) => work(session),
  };
  return session;
}

/** Runs `work` between BEGIN and COMMIT on one pooled connection; rolls back when it throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // A connection that cannot even roll back is closed rather than handed to the next caller.
      broken = rollbackError as Error;
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
