import type { ExportScope } from '@pactum/shared';

/** `label` names the choice; `noun` names a file of that scope. */
export const SCOPE_INFO: Record<ExportScope, { label: string; hint: string; noun: string }> = {
  agreed: {
    label: 'Agreed text',
    hint: 'Only the articles every party has agreed; the others are listed as still open.',
    noun: 'Agreed text',
  },
  full: {
    label: 'Full negotiating text',
    hint: 'Every article as it stands, with square brackets, alternative wordings and reservations.',
    noun: 'Full negotiating text',
  },
  compare: {
    label: 'Compare two versions',
    hint: 'What changed between two versions: insertions underlined, deletions struck through.',
    noun: 'Comparison',
  },
};
