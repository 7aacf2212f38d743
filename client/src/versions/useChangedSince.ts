import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * Whether `doc` has changed since `mark` last changed (e.g. since a compare
 * of the live text was loaded). Off while `watch` is false.
 */
export function useChangedSince(doc: Y.Doc, mark: unknown, watch: boolean): boolean {
  const [changed, setChanged] = useState<{ mark: unknown } | null>(null);

  useEffect(() => {
    if (!watch) return;
    const onUpdate = () => setChanged((current) => (current?.mark === mark ? current : { mark }));
    doc.on('update', onUpdate);
    return () => doc.off('update', onUpdate);
  }, [doc, mark, watch]);

  return watch && changed?.mark === mark;
}
