import type pg from 'pg';

/** A column of a copied table and its Postgres type, e.g. `['data', 'bytea']`. */
export type ColumnType = readonly [name: string, type: string];

const BATCH_ROWS = 500;
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * Inserts `rows` (values in the order of `columns`) into `table` on `client`,
 * a few hundred rows per statement: one array parameter per column, unnested.
 * Returns how many rows it inserted.
 */
export async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly ColumnType[],
  rows: Iterable<readonly unknown[]>,
): Promise<number> {
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const insert = `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
  let batch: unknown[][] = columns.map(() => []);
  let batchRows = 0;
  let batchBytes = 0;
  let copied = 0;
  const flush = async () => {
    if (batchRows === 0) return;
    await client.query(insert, batch);
    copied += batchRows;
    batch = columns.map(() => []);
    batchRows = 0;
    batchBytes = 0;
  };
  for (const row of rows) {
    row.forEach((value, i) => {
      batch[i]?.push(value);
      if (value instanceof Uint8Array || typeof value === 'string') batchBytes += value.length;
    });
    batchRows += 1;
    if (batchRows >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await flush();
  }
  await flush();
  return copied;
}
