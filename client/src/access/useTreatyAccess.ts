import { ApiErrorCode, type MeJSON } from '@pactum/shared';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../api/treatyApi.ts';
import { errorMessage } from '../lib/errorMessage.ts';
import { readMe } from './accessApi.ts';
import { accessMessage } from './accessMessages.ts';

export type TreatyAccess =
  | { status: 'loading' }
  | { status: 'refused'; message: string; httpStatus: number | null }
  | { status: 'ready'; me: MeJSON };

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

/** Who the signed-in person is in the treaty, asked before anything of it is opened. */
export function useTreatyAccess(treatyId: string): TreatyAccess {
  const [access, setAccess] = useState<TreatyAccess>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setAccess({ status: 'loading' });
    readMe(treatyId).then(
      (me) => current && setAccess({ status: 'ready', me }),
      (error: unknown) =>
        current &&
        setAccess({
          status: 'refused',
          message: refusal(error),
          httpStatus: error instanceof ApiRequestError ? error.status : null,
        }),
    );
    return () => {
      current = false;
    };
  }, [treatyId]);
  return access;
}
