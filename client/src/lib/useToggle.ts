import { useCallback, useState } from 'react';

/** A form that opens from a button and closes again (after sending, or on Cancel). */
export function useToggle(): [open: boolean, show: () => void, hide: () => void] {
  const [open, setOpen] = useState(false);
  return [open, useCallback(() => setOpen(true), []), useCallback(() => setOpen(false), [])];
}
