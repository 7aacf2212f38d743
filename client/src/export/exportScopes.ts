import type { ExportScope } from '@pactum/shared';

export const SCOPE_INFO: Record<ExportScope, { label: string; hint: string }> = {
  agreed: {
    label: 'Agreed text',
    hint: 'Only the articles every party has agreed; the others are listed as still open.',
  },
  full: {
    label: 'Full negotiating text',
    hint: 'Every article as it stands, with square brackets, alternative wordings and reservations.',
  },
  compare: {
    label: 'Compare two versions',
    hint: 'What changed between two versions: insertions underlined, deletions struck through.',
  },
};
