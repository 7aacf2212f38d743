import type { ColumnType } from './postgres/copyRows.ts';

/** Rows copied by migrateStore, per table. */
export interface MigratedCounts {
  treaties: number;
  treatyUpdates: number;
  versions: number;
  clauseStates: number;
  clauseHistory: number;
  sessions: number;
  invites: number;
  members: number;
  auditEntries: number;
  exports: number;
}

/** One table as the copier reads it from SQLite and writes it to Postgres. */
export interface TableCopy {
  count: keyof MigratedCounts;
  table: string;
  columns: readonly ColumnType[];
  /** Reads the columns in the order given; `rowid` keeps the order SQLite listed versions in. */
  select: string;
}

const text = (name: string): ColumnType => [name, 'text'];
const integer = (name: string): ColumnType => [name, 'integer'];
const seq: ColumnType = ['seq', 'bigint'];

/** Every table, parents before children; the column lists are those of both backends' first migration. */
export const COPIED_TABLES: readonly TableCopy[] = [
  {
    count: 'treaties',
    table: 'treaties',
    columns: [
      text('id'),
      text('title'),
      integer('clause_count'),
      text('created_at'),
      text('updated_at'),
      text('epoch'),
    ],
    // A treaty not given an epoch yet gets one, as the upgrade of the SQLite store would.
    select: `SELECT id, title, clause_count, created_at, updated_at,
      CASE epoch WHEN '' THEN lower(hex(randomblob(16))) ELSE epoch END FROM treaties ORDER BY id`,
  },
  {
    count: 'treatyUpdates',
    table: 'treaty_updates',
    columns: [seq, text('treaty_id'), ['data', 'bytea']],
    select: 'SELECT seq, treaty_id, data FROM treaty_updates ORDER BY seq',
  },
  {
    count: 'versions',
    table: 'versions',
    columns: [
      seq,
      text('id'),
      text('treaty_id'),
      text('kind'),
      text('name'),
      text('note'),
      text('created_at'),
      text('created_by'),
      integer('clause_count'),
      ['state', 'bytea'],
      text('treaty_json'),
    ],
    select: `SELECT rowid, id, treaty_id, kind, name, note, created_at, created_by, clause_count, state, treaty_json
      FROM versions ORDER BY rowid`,
  },
  {
    count: 'clauseStates',
    table: 'clause_states',
    columns: [text('hash'), text('content')],
    select: 'SELECT hash, content FROM clause_states ORDER BY hash',
  },
  {
    count: 'clauseHistory',
    table: 'clause_history',
    columns: [
      seq,
      text('treaty_id'),
      text('clause_id'),
      text('version_id'),
      text('hash'),
      text('recorded_at'),
      text('editors'),
      ['removed', 'boolean'],
    ],
    select: `SELECT seq, treaty_id, clause_id, version_id, hash, recorded_at, editors, removed <> 0
      FROM clause_history ORDER BY seq`,
  },
  {
    count: 'sessions',
    table: 'sessions',
    columns: [text('id'), text('token_hash'), text('display_name'), text('created_at'), text('expires_at')],
    select: 'SELECT id, token_hash, display_name, created_at, expires_at FROM sessions ORDER BY id',
  },
  {
    count: 'invites',
    table: 'invites',
    columns: [
      text('id'),
      text('treaty_id'),
      text('token_hash'),
      text('delegation'),
      text('role'),
      text('created_by'),
      text('created_at'),
      text('expires_at'),
      integer('max_uses'),
      integer('uses'),
      text('revoked_at'),
    ],
    select: `SELECT id, treaty_id, token_hash, delegation, role, created_by, created_at, expires_at, max_uses, uses,
      revoked_at FROM invites ORDER BY id`,
  },
  {
    count: 'members',
    table: 'members',
    columns: [
      text('id'),
      text('treaty_id'),
      text('session_id'),
      text('display_name'),
      text('delegation'),
      text('role'),
      text('invite_id'),
      text('joined_at'),
      text('revoked_at'),
    ],
    select: `SELECT id, treaty_id, session_id, display_name, delegation, role, invite_id, joined_at, revoked_at
      FROM members ORDER BY id`,
  },
  {
    count: 'auditEntries',
    table: 'audit_log',
    columns: [
      text('treaty_id'),
      seq,
      text('at'),
      text('actor'),
      text('event'),
      text('details'),
      text('prev_hash'),
      text('hash'),
    ],
    select: `SELECT treaty_id, seq, at, actor, event, details, prev_hash, hash FROM audit_log
      ORDER BY treaty_id, seq`,
  },
  {
    count: 'exports',
    table: 'exports',
    columns: [
      seq,
      text('treaty_id'),
      text('stamp'),
      text('scope'),
      text('format'),
      text('version_id'),
      text('version_name'),
      text('compared_with'),
      text('exported_at'),
      text('exported_by'),
    ],
    select: `SELECT seq, treaty_id, stamp, scope, format, version_id, version_name, compared_with, exported_at,
      exported_by FROM exports ORDER BY seq`,
  },
];

/** Tables whose seq Postgres generates: after the copy, it goes on after the highest copied one. */
export const GENERATED_SEQS = ['treaty_updates', 'versions', 'clause_history', 'exports'];
