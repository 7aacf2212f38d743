import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/legacy-store-1790a7f.sql',
);

/** What the legacy store holds, for checking that an upgrade or a copy kept all of it. */
export const LEGACY_STORE = {
  treaties: ['t-wj92sbqyu24q', 't-ewun2267hniu'],
  sampleTreaty: 't-wj92sbqyu24q',
  auditEntries: { 't-wj92sbqyu24q': 6, 't-ewun2267hniu': 1 },
  member: 'm-38f0d7e120a305ab',
  memberSessionTokenHash: '5b88d3d4b6bebaa5b466c9678aa5ed92737efedeecea66459ab3031c3d67eea2',
  namedVersion: 'v-cmdq8awnrk3b',
  exportStamp: '1f2c1f22bd3340f7f93529028554bb4bf7e0eedb5c5ad080b82eb8dd2e2a8fb3',
} as const;

/**
 * A data directory holding the store that the server at commit 1790a7f made
 * (before numbered migrations), rebuilt from its SQL dump.
 */
export function legacyDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-legacy-'));
  const db = new Database(path.join(dir, 'pactum.db'));
  db.exec(fs.readFileSync(FIXTURE, 'utf8'));
  db.close();
  return dir;
}
