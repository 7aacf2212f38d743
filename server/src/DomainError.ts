import { ApiErrorCode } from '@pactum/shared';

/** Why a service refused; only `http/` turns a kind into a status code. */
export type DomainErrorKind = 'not-found' | 'forbidden' | 'conflict' | 'invalid' | 'gone';

/** A service's refusal: its kind, and the stable code the client words it from. */
export abstract class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.NotFound) {
    super('not-found', code, message);
  }
}

/** The caller may not do this. */
export class ForbiddenError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.Forbidden) {
    super('forbidden', code, message);
  }
}

/** The request clashes with the treaty's current state. */
export class ConflictError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.Conflict) {
    super('conflict', code, message);
  }
}

/** The request itself is malformed or asks for something impossible. */
export class InvalidError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.BadRequest) {
    super('invalid', code, message);
  }
}

/** The thing existed but can no longer be used (an expired or used-up invite). */
export class GoneError extends DomainError {
  constructor(message: string, code: ApiErrorCode = ApiErrorCode.Gone) {
    super('gone', code, message);
  }
}
