import type { Edit } from './Typist.ts';

/**
 * The edits the stored text contradicts: a token inserted and never deleted
 * that is not there, or a deleted token that is. With `onlyConfirmed`, only
 * edits the server confirmed count (an insert whose deletion is unconfirmed
 * may be either way); otherwise every edit must have arrived.
 */
export function missingEdits(
  edits: ReadonlyArray<Edit & { confirmed: boolean }>,
  texts: ReadonlyMap<string, readonly string[]>,
  onlyConfirmed: boolean,
): Edit[] {
  const deletions = new Map(edits.filter((edit) => edit.kind === 'delete').map((edit) => [edit.token, edit]));
  const missing: Edit[] = [];
  for (const edit of edits) {
    if (onlyConfirmed && !edit.confirmed) continue;
    const text = texts.get(edit.treatyId)?.[edit.article] ?? '';
    const present = text.includes(edit.token);
    if (edit.kind === 'delete' ? present : !present && !deletions.has(edit.token)) missing.push(edit);
  }
  return missing;
}
