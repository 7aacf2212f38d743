import { ApiErrorCode } from '@pactum/shared';

/** Why a service refused; only `http/` turns a kind into a status code. */
export type DomainErrorKind = 'not-found' | 'forbidden' | 'conflict' | 'invalid' | 'gone';

/** What the client's sentence for a code names (a delegation, a language code, a count); never a secret. */
export type ErrorParams = Record<string, string | number>;

/** A service's refusal: its kind, the stable code the client words it from, and that sentence's values. */
export abstract class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: ApiErrorCode,
    message: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.NotFound, params?: ErrorParams) {
    super('not-found', code, message, params);
  }
}

/** The caller may not do this. */
export class ForbiddenError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.Forbidden, params?: ErrorParams) {
    super('forbidden', code, message, params);
  }
}

/** The request clashes with the treaty's current state. */
export class ConflictError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.Conflict, params?: ErrorParams) {
    super('conflict', code, message, params);
  }
}

/** The request itself is malformed or asks for something impossible. */
export class InvalidError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.BadRequest, params?: ErrorParams) {
    super('invalid', code, message, params);
  }
}

/** The thing existed but can no longer be used (an expired or used-up invite). */
export class GoneError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.Gone, params?: ErrorParams) {
    super('gone', code, message, params);
  }
}
