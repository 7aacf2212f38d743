import { i18next } from '../i18n/i18n.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(locale, format);
  }
  return format;
}

/** "12 Mar 2026, 14:05" in the interface language and the reader's time zone. */
export function formatWhen(iso: string, locale: string = i18next.language || 'en'): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatFor(locale).format(date);
}
