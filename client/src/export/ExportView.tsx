import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../collab/CollabSession.ts';
import { ExportForm } from './ExportForm.tsx';
import { VerifyExportForm } from './VerifyExportForm.tsx';

/** Download the treaty as a file, and check which export a file is. */
export function ExportView({ session }: { session: CollabSession }) {
  const { t } = useTranslation('export');
  const titleId = useId();
  return (
    <section className="view-sheet export-view" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('title')}</h1>
      <p className="view-intro">{t('intro')}</p>
      <ExportForm session={session} />
      <VerifyExportForm treatyId={session.treatyId} />
    </section>
  );
}
