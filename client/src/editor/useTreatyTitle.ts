import { treatyTitleFromYDoc } from '@pactum/shared';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';

/** The treaty title as it stands in the shared document; also the tab title. */
export function useTreatyTitle(doc: Y.Doc): string {
  const { t } = useTranslation(['editor', 'common']);
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on('update', onChange);
      return () => doc.off('update', onChange);
    },
    [doc],
  );
  const title = useSyncExternalStore(subscribe, () => treatyTitleFromYDoc(doc));
  useEffect(() => {
    document.title = t('common:pageTitle', { page: title || t('untitledTreaty') });
  }, [title, t]);
  return title;
}
