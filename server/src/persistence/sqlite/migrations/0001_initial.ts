import type Database from 'better-sqlite3';
import type { SqliteMigration } from '../migrateSqlite.ts';

/**
 * The schema as it stood before numbered migrations. Every statement is
 * conditional, so a data directory made then (with or without the epoch
 * column) is upgraded in place and one made now starts from nothing.
 */
export const initialSchema: SqliteMigration = {
  version: 1,
  name: 'treaties and update logs, versions and clause history, access, audit, exports',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS treaties (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        clause_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        epoch TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE TABLE IF NOT EXISTS treaty_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS treaty_updates_by_treaty ON treaty_updates (treaty_id, seq);
      CREATE TABLE IF NOT EXISTS versions (
        id TEXT PRIMARY KEY,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'checkpoint')),
        name TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT,
        clause_count INTEGER NOT NULL,
        state BLOB NOT NULL,
        treaty_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS versions_by_treaty ON versions (treaty_id, created_at);
      CREATE TABLE IF NOT EXISTS clause_states (
        hash TEXT PRIMARY KEY,
        content TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS clause_history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        clause_id TEXT NOT NULL,
        version_id TEXT NOT NULL,
        hash TEXT NOT NULL REFERENCES clause_states(hash),
        recorded_at TEXT NOT NULL,
        editors TEXT NOT NULL,
        removed INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX IF NOT EXISTS clause_history_by_clause ON clause_history (treaty_id, clause_id, seq);
      CREATE TABLE IF NOT EXISTS sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS invites (
        id TEXT PRIMARY KEY,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        delegation TEXT NOT NULL,
        role TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        max_uses INTEGER,
        uses INTEGER NOT NULL DEFAULT 0,
        revoked_at TEXT
      ) STRICT;
      CREATE TABLE IF NOT EXISTS members (
        id TEXT PRIMARY KEY,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        delegation TEXT NOT NULL,
        role TEXT NOT NULL,
        invite_id TEXT,
        joined_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX IF NOT EXISTS one_active_membership
        ON members (session_id, treaty_id) WHERE revoked_at IS NULL;
      CREATE INDEX IF NOT EXISTS members_by_treaty ON members (treaty_id, joined_at);
      CREATE INDEX IF NOT EXISTS members_by_session ON members (session_id);
      CREATE INDEX IF NOT EXISTS invites_by_treaty ON invites (treaty_id, created_at);
      CREATE TABLE IF NOT EXISTS audit_log (
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        event TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (treaty_id, seq)
      ) STRICT;
      CREATE TABLE IF NOT EXISTS exports (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        stamp TEXT NOT NULL,
        scope TEXT NOT NULL,
        format TEXT NOT NULL,
        version_id TEXT NOT NULL,
        version_name TEXT NOT NULL,
        compared_with TEXT,
        exported_at TEXT NOT NULL,
        exported_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS exports_by_stamp ON exports (stamp);
    `);
    addMissingEpochs(db);
  },
};

/** Data dirs made before treaties had an epoch gain the column, each treaty a fresh epoch. */
function addMissingEpochs(db: Database.Database): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('treaties')").pluck().all();
  if (!columns.includes('epoch')) db.exec("ALTER TABLE treaties ADD COLUMN epoch TEXT NOT NULL DEFAULT ''");
  db.exec("UPDATE treaties SET epoch = lower(hex(randomblob(16))) WHERE epoch = ''");
}
