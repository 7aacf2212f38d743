import { useCallback, useState } from 'react';
import { errorMessage } from './errorMessage.ts';

export interface ActionState {
  busy: boolean;
  /** Why the last run failed, in the interface language, shown next to the control. */
  error: string | null;
  /** Runs the call; resolves true when it succeeded. */
  run: (call: () => Promise<unknown>) => Promise<boolean>;
}

/**
 * One workflow control's request: busy while it runs, the error of its last
 * failure — worded by `describe` when the control knows better than the code alone.
 */
export function useAction(describe: (error: unknown) => string = errorMessage): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (call: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      try {
        await call();
        return true;
      } catch (caught) {
        setError(describe(caught));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [describe],
  );
  return { busy, error, run };
}
