import { ApiRequestError } from '../api/treatyApi.ts';
import { i18next } from '../i18n/i18n.ts';

/**
 * What a person reads when a call failed, in the interface language: worded
 * from the server's stable error code (with its params), never from the
 * server's English message.
 */
export function errorMessage(error: unknown): string {
  const t = i18next.t;
  if (error instanceof ApiRequestError) {
    if (error.status === 0) return t('errors:unreachable');
    if (error.code && i18next.exists(`errors:code.${error.code}`)) {
      return t(`errors:code.${error.code}` as 'errors:code.internal', error.params ?? {});
    }
    return t('errors:status', { status: error.status });
  }
  return t('errors:unexpected');
}
