import { languageName } from '@pactum/shared';
import { ApiRequestError } from '../api/treatyApi.ts';
import { i18next } from '../i18n/i18n.ts';
import { formatList } from './formatList.ts';
import { formatWhen } from './formatWhen.ts';

/** i18next reads these as options, not values: a server's params never set them. */
const RESERVED = new Set([
  'lng',
  'lngs',
  'ns',
  'context',
  'defaultValue',
  'returnObjects',
  'returnDetails',
  'replace',
]);

/**
 * The codes worded per value of one param (i18next context, falling back to
 * the code's own sentence): `role_forbids_edit`, `bad_request_title`…
 */
const CONTEXT_PARAM: Readonly<Record<string, string>> = { role_forbids: 'action', bad_request: 'field' };

/**
 * What a person reads when a call failed, in the interface language: worded
 * from the server's stable error code (with its params), never from the
 * server's English message.
 */
export function errorMessage(error: unknown): string {
  const t = i18next.t;
  if (error instanceof ApiRequestError) {
    if (error.status === 0) return t('errors:unreachable');
    if (error.code) {
      const key = `errors:code.${error.code}`;
      const options = wordingOptions(error.code, error.params ?? {});
      if (i18next.exists(key, options)) return t(key as 'errors:code.internal', options);
    }
    return t('errors:status', { status: error.status });
  }
  return t('errors:unexpected');
}

/**
 * The values a code's sentence names, with what the interface words itself:
 * `language` → `languageName`, `languages` (codes, comma-separated) →
 * `languageNames` (a list), `at` (ISO 8601) → `when`, all in the interface language.
 */
function wordingOptions(
  code: string,
  params: Record<string, string | number>,
): Record<string, string | number> {
  const options: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) if (!RESERVED.has(name)) options[name] = value;
  const locale = i18next.language || 'en';
  if (typeof params.language === 'string') options.languageName = languageName(params.language, locale);
  if (typeof params.languages === 'string') {
    const codes = params.languages.split(',').filter((lang) => lang !== '');
    options.languageNames = formatList(codes.map((lang) => languageName(lang, locale)));
  }
  if (typeof params.at === 'string') options.when = formatWhen(params.at);
  const contextParam = CONTEXT_PARAM[code];
  // A field inside a list ("paragraphs.0") is worded as the list.
  const context = contextParam === undefined ? undefined : String(params[contextParam] ?? '').split('.')[0];
  if (context && /^[A-Za-z]+$/.test(context)) options.context = context;
  return options;
}
