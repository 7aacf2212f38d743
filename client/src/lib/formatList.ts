import { i18next } from '../i18n/i18n.ts';

/** "UA, FR and DE" / "UA, FR та DE" / "UA, FR et DE" in the interface language. */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(i18next.language || 'en', { style: 'long', type }).format(items);
}

/** A number with the interface language's digit grouping ("1,095" / "1 095"). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(i18next.language || 'en', options).format(value);
}
