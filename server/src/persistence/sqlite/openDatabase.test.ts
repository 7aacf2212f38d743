import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { UnusableStoreError } from '../UnusableStoreError.ts';
import { openDatabase, PACTUM_APPLICATION_ID } from './openDatabase.ts';

const fileIn = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-open-')), 'pactum.db');

/** A file holding an SQLite database made by `make`. */
function databaseFile(make: (db: Database.Database) => void): string {
  const file = fileIn();
  const db = new Database(file);
  make(db);
  db.close();
  return file;
}

describe('openDatabase', () => {
  it('creates a new store marked as Pactum’s, with nothing left under a temporary name', () => {
    const file = fileIn();
    const db = openDatabase(file);
    expect(db.pragma('application_id', { simple: true })).toBe(PACTUM_APPLICATION_ID);
    db.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['pactum.db']);
  });

  it('marks a store from before the application id, recognised by its tables', () => {
    const file = databaseFile((db) =>
      db.exec('CREATE TABLE treaties (id TEXT); CREATE TABLE treaty_updates (data BLOB)'),
    );
    openDatabase(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(PACTUM_APPLICATION_ID);
    db.close();
  });

  it.each([
    [
      'an empty file',
      () => {
        const file = fileIn();
        fs.writeFileSync(file, '');
        return file;
      },
      /is empty \(0 bytes\)/,
    ],
    [
      'text',
      () => {
        const file = fileIn();
        fs.writeFileSync(file, 'not a database at all, but long enough to have a header '.repeat(100));
        return file;
      },
      /cannot be read as an SQLite database \(file is not a database\)/,
    ],
    [
      'another application’s database',
      () => databaseFile((db) => db.exec('CREATE TABLE notes (body TEXT)')),
      /made by another application \(tables: notes\)/,
    ],
    [
      'a database with another application id',
      () =>
        databaseFile((db) => {
          db.pragma('application_id = 42');
          db.exec('CREATE TABLE treaties (id TEXT); CREATE TABLE treaty_updates (data BLOB)');
        }),
      /made by application id 0x0000002a/,
    ],
  ])('refuses %s and leaves it as it was', (_name, make, message) => {
    const file = make();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(UnusableStoreError);
    expect(() => openDatabase(file)).toThrow(message);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
