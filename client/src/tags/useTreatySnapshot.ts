import { type TreatyJSON, treatyFromYDoc } from '@pactum/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** Reading a whole treaty is O(document): at most this often while others type. */
const REFRESH_MS = 300;

/** The whole treaty (text, tags, parties) as plain data, refreshed shortly after the document changes. */
export function useTreatySnapshot(doc: Y.Doc): TreatyJSON {
  const [treaty, setTreaty] = useState(() => treatyFromYDoc(doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        setTreaty(treatyFromYDoc(doc));
      }, REFRESH_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      clearTimeout(timer);
    };
  }, [doc]);
  return treaty;
}
