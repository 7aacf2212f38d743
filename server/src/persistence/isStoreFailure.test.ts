import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isStoreFailure } from './isStoreFailure.ts';

function postgresError(code: string): pg.DatabaseError {
  const error = new pg.DatabaseError('from the server', 0, 'error');
  error.code = code;
  return error;
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });
}

describe('isStoreFailure', () => {
  it('counts a store that cannot write now, not a request it refuses', () => {
    expect(isStoreFailure(new Database.SqliteError('full', 'SQLITE_FULL'))).toBe(true);
    expect(isStoreFailure(new Database.SqliteError('io', 'SQLITE_IOERR_WRITE'))).toBe(true);
    expect(isStoreFailure(new Database.SqliteError('fk', 'SQLITE_CONSTRAINT_FOREIGNKEY'))).toBe(false);
  });

  it('counts a Postgres that is down, restarting, out of resources or asks for a retry', () => {
    for (const code of [
      '08006',
      '08001',
      '53100',
      '53300',
      '57P01',
      '57P02',
      '57P03',
      '58030',
      '40001',
      '40P01',
    ]) {
      expect(isStoreFailure(postgresError(code)), code).toBe(true);
    }
    for (const code of ['23505', '23503', '42P01', '22P02', '57014']) {
      expect(isStoreFailure(postgresError(code)), code).toBe(false);
    }
  });

  it('counts a database server that cannot be reached, or a connection that ended', () => {
    expect(isStoreFailure(socketError('ECONNREFUSED'))).toBe(true);
    expect(isStoreFailure(socketError('ECONNRESET'))).toBe(true);
    expect(
      isStoreFailure(new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')])),
    ).toBe(true);
    expect(isStoreFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isStoreFailure(new Error('no treaty t-x'))).toBe(false);
    expect(isStoreFailure('ECONNREFUSED')).toBe(false);
  });
});
