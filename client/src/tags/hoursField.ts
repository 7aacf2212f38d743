/** Hours are typed as text so that "abc" or "1.5" get a message instead of silently becoming empty. */
export const HOURS_INPUT = { inputMode: 'numeric', maxLength: 6 } as const;

/** An optional deadline in hours: empty means none; anything else is left to the shared validation. */
export function parseHours(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}

export function hoursValue(hours: number | null): string {
  return hours === null ? '' : String(hours);
}
