import { ApiErrorCode, CreateTreatyRequest } from '@pactum/shared';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../DomainError.ts';
import { chooseLanguage } from '../versions/chooseLanguage.ts';
import { errorHandler, HttpError } from './HttpError.ts';
import { parseBody } from './parseBody.ts';

/** What the error handler answers to `error`: status and JSON body. */
function answer(error: unknown): { status: number; body: unknown } {
  const sent = { status: 0, body: undefined as unknown };
  const response = {
    set: () => response,
    status: (status: number) => {
      sent.status = status;
      return response;
    },
    json: (body: unknown) => {
      sent.body = body;
      return response;
    },
  };
  const handle = errorHandler(pino({ level: 'silent' }));
  // biome-ignore lint/suspicious/noExplicitAny: a stand-in for express's request and response
  handle(error, {} as any, response as any, () => {});
  return sent;
}

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('errorHandler', () => {
  it("sends a service's code and params with its status", () => {
    expect(
      answer(
        new ConflictError('a chair cannot revoke their own membership', ApiErrorCode.ChairCannotRevokeSelf),
      ),
    ).toEqual({
      status: 409,
      body: {
        error: { code: 'chair_cannot_revoke_self', message: 'a chair cannot revoke their own membership' },
      },
    });
    expect(
      answer(
        new NotFoundError('UA has not signed this article', ApiErrorCode.NotSigned, { delegation: 'UA' }),
      ),
    ).toEqual({
      status: 404,
      body: {
        error: {
          code: 'not_signed',
          message: 'UA has not signed this article',
          params: { delegation: 'UA' },
        },
      },
    });
  });

  it('keeps the generic code of a refusal that names none, and sends no empty params', () => {
    expect(answer(new NotFoundError('gone away'))).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'gone away' } },
    });
    expect(answer(new HttpError(429, ApiErrorCode.TooManyRequests, 'wait', {}, {}))).toEqual({
      status: 429,
      body: { error: { code: 'too_many_requests', message: 'wait' } },
    });
  });

  it('names the first invalid field of a request', () => {
    const refused = thrown(() => parseBody(CreateTreatyRequest, { title: '', delegation: 'not a code' }));
    expect(answer(refused)).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request', params: { field: 'title' } } },
    });
    const whole = thrown(() => parseBody(CreateTreatyRequest, 'not an object'));
    expect(answer(whole)).toEqual({
      status: 400,
      body: { error: { code: 'bad_request', message: expect.stringMatching(/^body: /) } },
    });
  });

  it("names the language asked for and the treaty's languages", () => {
    expect(answer(thrown(() => chooseLanguage('fr', ['en', 'uk'])))).toEqual({
      status: 400,
      body: {
        error: {
          code: 'language_not_in_treaty',
          message: '"fr" is not a language of this treaty (en, uk)',
          params: { language: 'fr', languages: 'en,uk' },
        },
      },
    });
  });
});
