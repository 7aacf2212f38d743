import * as z from 'zod/mini';
import { MAX_DEADLINE_HOURS, MAX_SEVERITY, MIN_SEVERITY } from './vocabulary.ts';

// The fields of a tag, in zod's tree-shakable form: the editor checks every tag entry it reads
// from the document with them (validateTagEntry) and loads only these parts of zod for it.
// tagSchemas.ts builds the API's objects from the same fields, so both check the same rules.

export const DomainKey = z
  .string()
  .check(
    z.regex(
      /^[a-z][a-z0-9-]{1,47}$/,
      'must be 2-48 lowercase letters, digits or dashes, starting with a letter',
    ),
  );

export const PartyCode = z
  .string()
  .check(z.regex(/^[A-Z][A-Z0-9]{1,5}$/, 'must be 2-6 capital letters or digits, e.g. UA'));

export const Hours = z
  .number('must be a number of hours')
  .check(
    z.int('must be a whole number of hours'),
    z.gte(0, 'must not be negative'),
    z.lte(MAX_DEADLINE_HOURS, `must be at most ${MAX_DEADLINE_HOURS} hours`),
  );

export const Severity = z
  .number('must be a number')
  .check(
    z.int('must be a whole number'),
    z.gte(MIN_SEVERITY, `must be at least ${MIN_SEVERITY}`),
    z.lte(MAX_SEVERITY, `must be at most ${MAX_SEVERITY}`),
  );

export const VerifierName = z.string().check(z.maxLength(200, 'must be at most 200 characters'));

export const Capability = z.string().check(z.maxLength(500, 'must be at most 500 characters'));
export const Quantity = z.number('must be a number').check(z.gte(0, 'must not be negative'));
export const Unit = z.string().check(z.maxLength(40, 'must be at most 40 characters'));

export const PartyName = z
  .string()
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(120, 'must be at most 120 characters'));

export const DomainLabel = z
  .string()
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80, 'must be at most 80 characters'));

export const DomainColor = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'must be a hex colour like #336699'));
