import { ApiErrorCode, type MeJSON } from '@pactum/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/treatyApi.ts';
import { errorMessage } from '../lib/errorMessage.ts';
import { readMe } from './accessApi.ts';
import { accessMessage } from './accessMessages.ts';

export type TreatyAccess =
  | { status: 'loading' }
  | { status: 'refused'; message: string; httpStatus: number | null }
  | { status: 'ready'; me: MeJSON };

type Answer = { status: 'loading' } | { status: 'refused'; error: unknown } | { status: 'ready'; me: MeJSON };

function refusal(error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 401) {
      return accessMessage(error.code === ApiErrorCode.SessionEnded ? 'sessionEnded' : 'notSignedIn');
    }
    if (error.status === 403) return accessMessage('forbidden');
    if (error.status === 404) return accessMessage('notFound');
  }
  return errorMessage(error);
}

/**
 * Who the signed-in person is in the treaty, asked before anything of it is
 * opened. A refusal is worded at each render, so it follows a language switch.
 */
export function useTreatyAccess(treatyId: string): TreatyAccess {
  const [answer, setAnswer] = useState<Answer>({ status: 'loading' });
  useTranslation('access');
  useEffect(() => {
    let current = true;
    setAnswer({ status: 'loading' });
    readMe(treatyId).then(
      (me) => current && setAnswer({ status: 'ready', me }),
      (error: unknown) => current && setAnswer({ status: 'refused', error }),
    );
    return () => {
      current = false;
    };
  }, [treatyId]);
  if (answer.status !== 'refused') return answer;
  return {
    status: 'refused',
    message: refusal(answer.error),
    httpStatus: answer.error instanceof ApiRequestError ? answer.error.status : null,
  };
}
