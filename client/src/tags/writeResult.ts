import { TagInputError } from '@pactum/shared';

/**
 * Runs a tag write; returns null when it went through, or what to show next
 * to the field: just the reason when the error is about `field` itself,
 * otherwise the whole message ("quantity must not be negative").
 */
export function writeResult(write: () => void, field?: string): string | null {
  try {
    write();
    return null;
  } catch (error) {
    if (!(error instanceof TagInputError)) throw error;
    return field !== undefined && error.field === field ? error.reason : error.message;
  }
}
