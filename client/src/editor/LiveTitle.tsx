import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../collab/CollabSession.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import { useTreatyTitle } from './useTreatyTitle.ts';

export function LiveTitle({ session }: { session: CollabSession }) {
  const { t } = useTranslation('editor');
  const title = useTreatyTitle(session.doc);
  const loaded = useSessionState(session, 'loaded');
  return (
    <span className="header-title" title={title}>
      {loaded && (title || t('untitledTreaty'))}
    </span>
  );
}
