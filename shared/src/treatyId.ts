import * as random from 'lib0/random';
import { Limits } from './wire.ts';

const TREATY_ID_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{0,${Limits.maxTreatyIdLength - 1}}$`);

/**
 * A treaty id is exactly its storage key, so it is restricted to a safe
 * alphabet: no dots, slashes, percent signs or NUL can ever reach the store.
 */
export function isValidTreatyId(value: string): boolean {
  return TREATY_ID_PATTERN.test(value);
}

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A random id of `length` characters from an unambiguous lowercase alphabet. */
export function randomId(length: number): string {
  let id = '';
  for (let i = 0; i < length; i++) {
    id += ID_ALPHABET[random.uint32() % ID_ALPHABET.length];
  }
  return id;
}

export function newTreatyId(): string {
  return `t-${randomId(12)}`;
}

const CLAUSE_ID_PATTERN = /^c-[a-z0-9]{4,40}$/;

/** A clause id as the editor, the seed and imports write it (`c-` and a random suffix). */
export function isValidClauseId(value: unknown): value is string {
  return typeof value === 'string' && CLAUSE_ID_PATTERN.test(value);
}

export function newClauseId(): string {
  return `c-${randomId(12)}`;
}
