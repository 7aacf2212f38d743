import { TagInputError } from '@pactum/shared';

/**
 * Runs a tag write; returns null when it went through, or what to show next
 * to the field. The shared write functions name the field first ("quantity
 * must not be negative"); next to that field, `field` drops the name.
 */
export function writeResult(write: () => void, field?: string): string | null {
  try {
    write();
    return null;
  } catch (error) {
    if (!(error instanceof TagInputError)) throw error;
    const { message } = error;
    return field && message.startsWith(`${field} `) ? message.slice(field.length + 1) : message;
  }
}
