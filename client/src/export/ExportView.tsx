import { useId } from 'react';
import type { CollabSession } from '../collab/CollabSession.ts';
import { ExportForm } from './ExportForm.tsx';
import { VerifyExportForm } from './VerifyExportForm.tsx';

/** Download the treaty as a file, and check which export a file is. */
export function ExportView({ session }: { session: CollabSession }) {
  const titleId = useId();
  return (
    <section className="view-sheet export-view" aria-labelledby={titleId}>
      <h1 id={titleId}>Export</h1>
      <p className="view-intro">
        Download the treaty to circulate, archive or work on elsewhere. PDF, Word and XML exports are recorded
        in the audit log.
      </p>
      <ExportForm session={session} />
      <VerifyExportForm treatyId={session.treatyId} />
    </section>
  );
}
