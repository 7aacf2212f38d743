import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from './errorMessage.ts';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: T };

/**
 * The result of `load`, run again whenever `key` changes or `reload` is
 * called. A reload keeps showing the previous value until the new one is in;
 * an answer that arrives after a newer request started is dropped.
 */
export function useLoaded<T>(key: string, load: () => Promise<T>): [Loaded<T>, reload: () => void] {
  const [result, setResult] = useState<{ key: string; loaded: Loaded<T> } | null>(null);
  const [round, setRound] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches; a new closure alone is no reason to fetch again.
  useEffect(() => {
    let current = true;
    const settle = (loaded: Loaded<T>) => current && setResult({ key, loaded });
    load().then(
      (value) => settle({ status: 'ready', value }),
      (error: unknown) => settle({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [result?.key === key ? result.loaded : { status: 'loading' }, reload];
}
